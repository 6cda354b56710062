// Date parsing and calendar arithmetic against hand-computed values.
#include "common/date.h"
#include "test_support.h"

#include <QtTest>

using namespace insar;

class TstDate : public QObject {
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addRow("iso") << "2014-10-03" << true;
        QTest::addRow("compact") << "20090406" << true;
        QTest::addRow("leap day") << "2016-02-29" << true;
        QTest::addRow("not a leap year") << "2015-02-29" << false;
        QTest::addRow("month 13") << "20141303" << false;
        QTest::addRow("letters") << "2014-1x-03" << false;
        QTest::addRow("too short") << "201410" << false;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(Date::parse(text.toStdString()).has_value(), valid);
    }
    void arithmetic()
    {
        const Date d = *Date::parse("20090406");
        QCOMPARE(d.toIso(), std::string("2009-04-06"));
        QCOMPARE(d.dayOfYear(), 96);
        QCOMPARE((Date{1970, 1, 1}.daysSinceEpoch()), 0L);
        QCOMPARE((Date{2000, 3, 1}.daysSinceEpoch()), 11017L);
        // 2016 is a leap year: day 61 is 1 March.
        QCOMPARE((Date{2016, 3, 1}.dayOfYear()), 61);
        INSAR_FUZZY_COMPARE((Date{2014, 7, 2}.decimalYear()), 2014.0 + 182.0 / 365.0, 1e-12, 0.0);
        QVERIFY((Date{2014, 10, 3}) < (Date{2015, 1, 1}));
    }
};

QTEST_GUILESS_MAIN(TstDate)
#include "tst_date.moc"
