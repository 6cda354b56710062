// `evaluate` with the classical baselines beside a tiny CNN (trained here by the CLI itself):
// methods.csv has its exact header and one row per method and bin, summary.json names the best
// classical method and the CNN's ratio to it, --no-baselines scores the input and the CNN only, and
// a bad method list is one error line and a non-zero exit before any output is written.
#include "test_support.h"

#include <QtTest>

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

using namespace insar;

namespace {

std::vector<std::string> readLines(const std::filesystem::path& file)
{
    std::ifstream in(file);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

QString describe(const test::CliRun& r)
{
    return QString("exit %1\nstdout:\n%2\nstderr:\n%3").arg(r.exitCode).arg(r.out, r.err);
}

/// The first cell of a CSV row (quoted when it holds a comma).
std::string firstCell(const std::string& row)
{
    if (row.starts_with('"'))
        return row.substr(1, row.find('"', 1) - 1);
    return row.substr(0, row.find(','));
}

} // namespace

class TstCliEvaluateBaselines : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void baselinesBesideTheCnn();
    void noBaselines();
    void badMethodsFailBeforeWork_data();
    void badMethodsFailBeforeWork();

private:
    static test::CliRun cli(const QStringList& args)
    {
        return test::runProgram(QStringLiteral(INSAR_CLI_PATH), args, 300000);
    }
    QString m_model;
    test::TempDir m_dir;
};

void TstCliEvaluateBaselines::initTestCase()
{
    const QString run = QString::fromStdString(m_dir.file("run").string());
    const test::CliRun r = cli({"train", "--out",     run,  "--epochs",      "1",  "--steps-per-epoch",
                                "2",     "--batch",   "4",  "--depth",       "3",  "--channels",
                                "4",     "--crop",    "16", "--sample-size", "32", "--val-samples",
                                "2",     "--threads", "1",  "--seed",        "7",  "--device",
                                "cpu",   "--quiet"});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    m_model = QString::fromStdString((m_dir.file("run") / "model.model").string());
    QVERIFY(std::filesystem::exists(m_model.toStdString()));
}

void TstCliEvaluateBaselines::baselinesBesideTheCnn()
{
    const auto out = m_dir.file("eval");
    const test::CliRun r = cli({"evaluate", "--model", m_model, "--count", "3", "--sample-size", "32",
                                "--threads", "1", "--out", QString::fromStdString(out.string()), "--quiet"});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(r.out.contains("best classical method (lowest overall RMSE): "), qPrintable(describe(r)));
    QVERIFY2(r.out.contains("CNN RMSE / best classical: "), qPrintable(describe(r)));

    // The default list: none, 4 classical methods each also masked, cnn and 2 chains.
    const auto lines = readLines(out / "methods.csv");
    QVERIFY2(!lines.empty(), "methods.csv missing or empty");
    QCOMPARE(lines[0],
             std::string("method,bin,snr_low,snr_high,count,rmse_mm,ssim_windowed,ssim_poster,snr_db"));
    QCOMPARE(lines.size(), std::size_t{1 + 12 * 7}); // 6 poster bins + "all" per method
    std::set<std::string> methods;
    for (std::size_t i = 1; i < lines.size(); ++i)
        methods.insert(firstCell(lines[i]));
    QCOMPARE(methods.size(), std::size_t{12});
    for (const char* m : {"none", "deramp", "deramp:bilinear-masked", "linear:1+plane",
                          "linear:1+plane,deramp-masked", "cnn", "deramp,cnn", "linear:1+plane,cnn"})
        QVERIFY2(methods.count(m), m);
    QCOMPARE(readLines(out / "methods_samples.csv").size(), std::size_t{1 + 3 * 12});

    std::ifstream in(out / "summary.json");
    const nlohmann::json s = nlohmann::json::parse(in);
    QCOMPARE(s.at("methods").size(), std::size_t{12});
    const std::string best = s.at("best_classical").get<std::string>();
    QVERIFY2(methods.count(best) && best != "none" && best.find("cnn") == std::string::npos, best.c_str());
    QVERIFY(s.at("cnn_rmse_ratio_to_best_classical").is_number());
    QVERIFY(s.at("cnn_rmse_ratio_to_best_classical").get<double>() > 0.0);
    QCOMPARE(s.at("cnn_rmse_ratio_to_best_classical_per_bin").size(), std::size_t{6});
    QVERIFY(s.at("mask_rule").get<std::string>().find("10 %") != std::string::npos);
    QCOMPARE(s.at("seed").get<std::uint64_t>(), std::uint64_t{20240601});
    QCOMPARE(s.at("preset").get<std::string>(), std::string("test"));
    QCOMPARE(s.at("primary_method").get<std::string>(), std::string("cnn"));
    // The old files are still there, the input against the CNN.
    for (const char* f : {"samples.csv", "snr_bins.csv", "summary.csv"})
        QVERIFY2(std::filesystem::exists(out / f), f);
}

void TstCliEvaluateBaselines::noBaselines()
{
    const auto out = m_dir.file("plain");
    const test::CliRun r =
        cli({"evaluate", "--model", m_model, "--count", "2", "--sample-size", "32", "--threads", "1",
             "--no-baselines", "--out", QString::fromStdString(out.string()), "--quiet"});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const auto lines = readLines(out / "methods.csv");
    QCOMPARE(lines.size(), std::size_t{1 + 2 * 7});
    QCOMPARE(firstCell(lines[1]), std::string("none"));
    QCOMPARE(firstCell(lines.back()), std::string("cnn"));
    std::ifstream in(out / "summary.json");
    const nlohmann::json s = nlohmann::json::parse(in);
    QVERIFY(s.at("best_classical").is_null());
    QVERIFY(s.at("cnn_rmse_ratio_to_best_classical").is_null());
}

void TstCliEvaluateBaselines::badMethodsFailBeforeWork_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("needle");
    QTest::addRow("unknown") << QStringList{"--methods", "none;deramp;bogus"} << "bogus";
    QTest::addRow("bad argument") << QStringList{"--methods", "deramp:cubic-masked"} << "deramp:cubic-masked";
    QTest::addRow("duplicate") << QStringList{"--methods", "deramp deramp"} << "listed twice";
    QTest::addRow("with --no-baselines")
        << QStringList{"--methods", "deramp", "--no-baselines"} << "--no-baselines";
}

void TstCliEvaluateBaselines::badMethodsFailBeforeWork()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, needle);
    const auto out = m_dir.file("bad");
    const test::CliRun r = cli(QStringList{"evaluate", "--model", m_model, "--count", "2", "--sample-size",
                                           "32", "--out", QString::fromStdString(out.string())} +
                               extra);
    QVERIFY2(r.exitCode > 0, qPrintable(describe(r)));
    QVERIFY2(r.out.isEmpty(), qPrintable(describe(r)));
    const QStringList lines = r.err.trimmed().split('\n');
    QVERIFY2(lines.size() == 1, qPrintable(describe(r)));
    QVERIFY2(lines.front().startsWith("evaluate: error: "), qPrintable(describe(r)));
    QVERIFY2(lines.front().contains(needle), qPrintable(describe(r)));
    QVERIFY2(!std::filesystem::exists(out), qPrintable(describe(r))); // nothing written
}

QTEST_GUILESS_MAIN(TstCliEvaluateBaselines)
#include "tst_cli_evaluate_baselines.moc"
