// trimmed(): the whitespace rule every spec, CSV and stack-list parser shares.
#include "common/text.h"
#include "test_support.h"

#include <QtTest>

#include <string>

using namespace insar;

class TstText : public QObject {
    Q_OBJECT
private slots:
    void trimmed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addRow("empty") << ""
                               << "";
        QTest::addRow("only whitespace") << " \t\r\n "
                                         << "";
        QTest::addRow("untouched") << "deramp"
                                   << "deramp";
        QTest::addRow("both ends") << "  linear:1+plane \t"
                                   << "linear:1+plane";
        QTest::addRow("CRLF line") << "20200101,20200113\r\n"
                                   << "20200101,20200113";
        QTest::addRow("inner spaces kept") << " a  b "
                                           << "a  b";
        QTest::addRow("one character") << "\tx\n"
                                       << "x";
    }
    void trimmed()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(insar::trimmed(text.toStdString())), expected);
    }
    void otherWhitespaceIsKept()
    {
        // Only space, tab, CR and LF are trimmed: a vertical tab or NUL is data, reported by the
        // parsers as malformed rather than silently dropped.
        const std::string withNul = std::string("a\0", 2);
        QCOMPARE(insar::trimmed(withNul), withNul);
        QCOMPARE(insar::trimmed("\va\v"), std::string("\va\v"));
    }
};

QTEST_GUILESS_MAIN(TstText)
#include "tst_text.moc"
