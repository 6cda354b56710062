// SNR-binned evaluation: bin edges (lower-inclusive, from 1e2 down to 1e-2 with under/overflow),
// per-bin means with infinite values left out, and the per-sample / binned CSV files.
#include "common/error.h"
#include "metrics/snr_binning.h"
#include "test_support.h"

#include <QtTest>

#include <cmath>
#include <fstream>
#include <limits>
#include <sstream>

using namespace insar;
using namespace insar::metrics;

namespace {

std::vector<std::string> readLines(const std::filesystem::path& path)
{
    std::ifstream in(path);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

EvaluationRecord record(const std::string& id, double snr, double ssimBefore, double ssimAfter,
                        double rmseBefore, double rmseAfter)
{
    EvaluationRecord r;
    r.sampleId = id;
    r.inputSnr = snr;
    r.before.ssimWindowed = ssimBefore;
    r.after.ssimWindowed = ssimAfter;
    r.before.rmse = rmseBefore;
    r.after.rmse = rmseAfter;
    r.before.snrDb = 10.0 * std::log10(snr);
    r.after.snrDb = std::numeric_limits<double>::infinity();
    r.after.validCount = 4;
    return r;
}

std::size_t fieldIndex(const char* name)
{
    const auto& f = QualityMetrics::fields();
    for (std::size_t i = 0; i < f.size(); ++i)
        if (std::string(f[i].name) == name)
            return i;
    return f.size();
}

} // namespace

class TstSnrBinning : public QObject {
    Q_OBJECT
private slots:
    void posterBinIndex_data()
    {
        QTest::addColumn<double>("snr");
        QTest::addColumn<int>("bin");
        QTest::addColumn<QString>("label");
        QTest::addRow("1e3 overflow") << 1e3 << 0 << ">= 1e2";
        QTest::addRow("+inf overflow") << std::numeric_limits<double>::infinity() << 0 << ">= 1e2";
        QTest::addRow("1e2 edge belongs above") << 1e2 << 0 << ">= 1e2";
        QTest::addRow("99.9") << 99.9 << 1 << "[1e1, 1e2)";
        QTest::addRow("10 edge") << 10.0 << 1 << "[1e1, 1e2)";
        QTest::addRow("9.99") << 9.99 << 2 << "[1e0, 1e1)";
        QTest::addRow("1 edge") << 1.0 << 2 << "[1e0, 1e1)";
        QTest::addRow("0.5") << 0.5 << 3 << "[1e-1, 1e0)";
        QTest::addRow("0.1 edge") << 0.1 << 3 << "[1e-1, 1e0)";
        QTest::addRow("0.05") << 0.05 << 4 << "[1e-2, 1e-1)";
        QTest::addRow("0.01 edge") << 0.01 << 4 << "[1e-2, 1e-1)";
        QTest::addRow("0.0099 underflow") << 0.0099 << 5 << "< 1e-2";
        QTest::addRow("0 underflow") << 0.0 << 5 << "< 1e-2";
    }
    void posterBinIndex()
    {
        QFETCH(double, snr);
        QFETCH(int, bin);
        QFETCH(QString, label);
        const SnrBinning b = SnrBinning::posterDecades();
        QCOMPARE(b.binCount(), std::size_t(6));
        QCOMPARE(int(b.binIndex(snr)), bin);
        QCOMPARE(QString::fromStdString(b.binLabel(std::size_t(bin))), label);
        QVERIFY(snr >= b.binLower(std::size_t(bin)));
        QVERIFY(snr < b.binUpper(std::size_t(bin)) || std::isinf(snr));
    }

    void logSpacedEdges()
    {
        const SnrBinning b = SnrBinning::logSpaced(1e2, 1e-2, 2);
        QCOMPARE(b.edges().size(), std::size_t(9));
        QCOMPARE(b.edges().front(), 1e2);
        QCOMPARE(b.edges().back(), 1e-2);
        INSAR_FUZZY_COMPARE(b.edges()[1], std::sqrt(1000.0), 1e-12, 0.0);
        INSAR_FUZZY_COMPARE(b.edges()[4], 1.0, 1e-12, 0.0);
        QCOMPARE(QString::fromStdString(b.binLabel(2)), QString("[1e1, 31.6)"));
    }

    void invalidBinning()
    {
        QVERIFY_THROWS_EXCEPTION(Error, SnrBinning({}));
        QVERIFY_THROWS_EXCEPTION(Error, SnrBinning({1.0, 10.0}));
        QVERIFY_THROWS_EXCEPTION(Error, SnrBinning({10.0, 10.0}));
        QVERIFY_THROWS_EXCEPTION(Error, SnrBinning({10.0, 0.0}));
        QVERIFY_THROWS_EXCEPTION(Error, SnrBinning::logSpaced(1e-2, 1e2, 1));
        QVERIFY_THROWS_EXCEPTION(Error, SnrBinning::logSpaced(1e2, 1e-2, 0));
        const SnrBinning b = SnrBinning::posterDecades();
        QVERIFY_THROWS_EXCEPTION(Error, b.binIndex(std::nan("")));
        QVERIFY_THROWS_EXCEPTION(Error, b.binIndex(-1.0));
        QVERIFY_THROWS_EXCEPTION(Error, summarize({}));
    }

    void aggregateMeans()
    {
        const std::vector<EvaluationRecord> records = {
            record("a", 50.0, 0.8, 0.9, 2.0, 1.0),
            record("b", 20.0, 0.6, 0.7, 4.0, 2.0),
            record("c", 0.05, 0.1, 0.5, 10.0, 5.0),
            record("d", 1e4, 0.99, 0.98, 0.1, 0.2),
        };
        const auto bins = SnrBinning::posterDecades().aggregate(records);
        QCOMPARE(bins.size(), std::size_t(6));
        const std::size_t ssim = fieldIndex("ssim_windowed");
        const std::size_t rmse = fieldIndex("rmse");
        const std::size_t snrDb = fieldIndex("snr_db");
        QCOMPARE(bins[0].count, std::size_t(1));
        QCOMPARE(bins[1].count, std::size_t(2));
        QCOMPARE(bins[2].count, std::size_t(0));
        QCOMPARE(bins[4].count, std::size_t(1));
        QCOMPARE(bins[1].lowerSnr, 10.0);
        QCOMPARE(bins[1].upperSnr, 100.0);
        INSAR_FUZZY_COMPARE(bins[1].metrics[ssim].meanBefore, 0.7, 1e-12, 0.0);
        INSAR_FUZZY_COMPARE(bins[1].metrics[ssim].meanAfter, 0.8, 1e-12, 0.0);
        QCOMPARE(bins[1].metrics[rmse].meanBefore, 3.0);
        QCOMPARE(bins[1].metrics[rmse].meanAfter, 1.5);
        QCOMPARE(bins[4].metrics[rmse].meanAfter, 5.0);
        // Infinite SNRs of exact estimates are counted but not averaged.
        QCOMPARE(bins[1].metrics[snrDb].finiteBefore, std::size_t(2));
        QCOMPARE(bins[1].metrics[snrDb].finiteAfter, std::size_t(0));
        QVERIFY(std::isnan(bins[1].metrics[snrDb].meanAfter));
        // Empty bins have no mean.
        QVERIFY(std::isnan(bins[2].metrics[ssim].meanBefore));

        const SnrBinSummary all = summarize(records);
        QCOMPARE(all.count, std::size_t(4));
        INSAR_FUZZY_COMPARE(all.metrics[rmse].meanBefore, 4.025, 1e-12, 0.0);
    }

    void csvFiles()
    {
        test::TempDir dir;
        const std::vector<EvaluationRecord> records = {
            record("sample,1", 50.0, 0.8, 0.9, 2.0, 1.0),
            record("s2", 0.005, 0.1, 0.3, 8.0, 4.0),
        };
        writeSamplesCsv(dir.file("samples.csv").string(), records);
        const auto lines = readLines(dir.file("samples.csv"));
        QCOMPARE(lines.size(), std::size_t(3));
        QVERIFY(lines[0].rfind("sample_id,input_snr,input_snr_db,valid_pixels,before_ssim_poster,", 0) == 0);
        QVERIFY(lines[0].find("after_ssim_windowed") != std::string::npos);
        QVERIFY2(lines[1].rfind("\"sample,1\",50,16.98970004,4,", 0) == 0, lines[1].c_str());
        QVERIFY(lines[1].find(",inf") != std::string::npos); // after_snr_db of an exact estimate

        const auto bins = SnrBinning::posterDecades().aggregate(records);
        writeBinnedCsv(dir.file("bins.csv").string(), bins);
        const auto b = readLines(dir.file("bins.csv"));
        QCOMPARE(b.size(), std::size_t(7));
        QVERIFY(b[0].rfind("bin,lower_snr,upper_snr,count,ssim_poster_before_mean,", 0) == 0);
        QVERIFY2(b[1].rfind(">= 1e2,100,inf,0,,", 0) == 0, b[1].c_str());
        QVERIFY2(b[2].rfind("\"[1e1, 1e2)\",10,100,1,", 0) == 0, b[2].c_str());
        QVERIFY2(b[6].rfind("< 1e-2,0,0.01,1,", 0) == 0, b[6].c_str());
        // Only the final files are left: the atomic write removed its temporary file.
        QCOMPARE(std::distance(std::filesystem::directory_iterator(dir.path()),
                               std::filesystem::directory_iterator()),
                 std::ptrdiff_t(2));
    }

    void csvIntoMissingFolderFails()
    {
        test::TempDir dir;
        QVERIFY_THROWS_EXCEPTION(Error, writeSamplesCsv((dir.path() / "no/such/x.csv").string(), {}));
        QVERIFY(!std::filesystem::exists(dir.path() / "no"));
    }
};

QTEST_GUILESS_MAIN(TstSnrBinning)
#include "tst_snr_binning.moc"
