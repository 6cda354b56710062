// Interferogram networks: dates and pair indices from date pairs, every malformed input named in
// its error, connected components over the pairs and the sentence naming each gap.
#include "common/error.h"
#include "timeseries/network.h"

#include <QtTest>

using namespace insar;
using namespace insar::timeseries;

namespace {

Date d(const char* iso)
{
    return *Date::parse(iso);
}

} // namespace

class TstNetwork : public QObject {
    Q_OBJECT
private slots:
    void pairsGiveSortedDatesAndIndices()
    {
        const Network n = Network::fromPairs({{d("2015-03-01"), d("2015-05-01")},
                                              {d("2015-01-01"), d("2015-03-01")},
                                              {d("2015-01-01"), d("2015-05-01")}});
        QCOMPARE(n.dateCount(), std::size_t{3});
        QCOMPARE(n.pairCount(), std::size_t{3});
        QCOMPARE(n.dates()[0], d("2015-01-01"));
        QCOMPARE(n.dates()[2], d("2015-05-01"));
        QCOMPARE(n.pairs()[0].reference, 1);
        QCOMPARE(n.pairs()[0].secondary, 2);
        QCOMPARE(n.pairs()[1].reference, 0);
        QCOMPARE(n.pairs()[1].secondary, 1);
        const auto years = n.yearsSinceFirst();
        QCOMPARE(years[0], 0.0);
        QCOMPARE(years[1], 59.0 / 365.25);
        QCOMPARE(years[2], 120.0 / 365.25);
        QCOMPARE(n.componentCount(), 1);
        QVERIFY(n.describeGaps().empty());
    }

    void badPairsAreNamed_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<QString>("message");
        QTest::addRow("reversed") << "2015-05-01"
                                  << "2015-03-01"
                                  << "2015-05-01_2015-03-01 is not in time order";
        QTest::addRow("same date") << "2015-03-01"
                                   << "2015-03-01"
                                   << "joins a date to itself";
        QTest::addRow("twice") << "2015-01-01"
                               << "2015-03-01"
                               << "2015-01-01_2015-03-01 is given twice";
    }
    void badPairsAreNamed()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(QString, message);
        std::vector<std::pair<Date, Date>> pairs{{d("2015-01-01"), d("2015-03-01")}};
        pairs.emplace_back(d(qPrintable(first)), d(qPrintable(second)));
        try {
            Network::fromPairs(pairs);
            QFAIL("no error");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains(message), e.what());
        }
    }

    void emptyOrUnsortedInputsFail()
    {
        QVERIFY_THROWS_EXCEPTION(Error, Network::fromPairs({}));
        QVERIFY_THROWS_EXCEPTION(Error, Network::fromDates({}));
        QVERIFY_THROWS_EXCEPTION(Error, Network::fromDates({d("2015-03-01"), d("2015-01-01")}));
        QVERIFY_THROWS_EXCEPTION(Error, Network::fromDates({d("2015-03-01"), d("2015-03-01")}));
        const Network series = Network::fromDates({d("2015-01-01"), d("2015-03-01"), d("2015-04-01")});
        QCOMPARE(series.pairCount(), std::size_t{0});
        QCOMPARE(series.componentCount(), 1);
        QVERIFY(series.describeGaps().empty());
    }

    void disconnectedNetworkNamesTheGap()
    {
        // Two parts: Jan-Mar and Jun-Aug; nothing links March to June.
        const Network n = Network::fromPairs({{d("2015-01-01"), d("2015-02-01")},
                                              {d("2015-02-01"), d("2015-03-01")},
                                              {d("2015-06-01"), d("2015-07-01")},
                                              {d("2015-06-01"), d("2015-08-01")}});
        QCOMPARE(n.componentCount(), 2);
        QCOMPARE(n.componentOfDate(), (std::vector<int>{0, 0, 0, 1, 1, 1}));
        const QString gaps = QString::fromStdString(n.describeGaps());
        QVERIFY2(gaps.contains(QStringLiteral(
                     "no interferogram links 2015-01-01 … 2015-03-01 to 2015-06-01 … 2015-08-01")),
                 qPrintable(gaps));
    }

    void interleavedPartsCountTheirDates()
    {
        // 01 and 03 are linked, 02 and 04 are linked: the parts overlap in time.
        const Network n =
            Network::fromPairs({{d("2015-01-01"), d("2015-03-01")}, {d("2015-02-01"), d("2015-04-01")}});
        QCOMPARE(n.componentOfDate(), (std::vector<int>{0, 1, 0, 1}));
        const QString gaps = QString::fromStdString(n.describeGaps());
        QVERIFY2(gaps.contains(QStringLiteral(
                     "2015-01-01 … 2015-03-01 (2 dates) to 2015-02-01 … 2015-04-01 (2 dates)")),
                 qPrintable(gaps));
    }
};

QTEST_GUILESS_MAIN(TstNetwork)
#include "tst_network.moc"
