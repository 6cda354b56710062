// Runs the built insar-denoiser-cli: a tiny `train`, then `evaluate` and `export` of its model.
#include "nn/model_file.h"

#include "test_support.h"

#include <QProcess>
#include <QtTest>

#include <fstream>
#include <nlohmann/json.hpp>

class TestNnCli : public QObject {
    Q_OBJECT
private slots:
    void trainEvaluateExport();
    void errors();

private:
    static int run(const QStringList& args, QString* output = nullptr)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(INSAR_CLI_PATH), args);
        if (!p.waitForFinished(120000))
            return -1;
        if (output)
            *output = QString::fromUtf8(p.readAll());
        return p.exitCode();
    }
};

void TestNnCli::trainEvaluateExport()
{
    insar::test::TempDir dir;
    const QString out = QString::fromStdString(dir.file("run").string());
    QString log;
    const int rc = run({"train", "--out", out, "--epochs", "2", "--steps-per-epoch", "2", "--batch", "4", "--depth",
                        "3", "--channels", "4", "--crop", "16", "--sample-size", "32", "--val-samples", "2",
                        "--threads", "1", "--seed", "5", "--device", "cpu", "--quiet"},
                       &log);
    QVERIFY2(rc == 0, qPrintable(log));
    QVERIFY2(log.contains("epoch 2/2"), qPrintable(log));
    const auto model = dir.file("run") / "model.model";
    QVERIFY(std::filesystem::exists(model));
    QCOMPARE(insar::nn::readModelInfo(model).network.depth, 3);

    const QString eval = QString::fromStdString(dir.file("eval").string());
    QVERIFY2(run({"evaluate", "--model", QString::fromStdString(model.string()), "--count", "3", "--sample-size", "32",
                  "--out", eval, "--quiet"},
                 &log) == 0,
             qPrintable(log));
    QVERIFY2(log.contains("SSIM windowed"), qPrintable(log));
    QVERIFY(std::filesystem::exists(dir.file("eval") / "samples.csv"));
    QVERIFY(std::filesystem::exists(dir.file("eval") / "snr_bins.csv"));
    std::ifstream in(dir.file("eval") / "summary.json");
    const nlohmann::json summary = nlohmann::json::parse(in);
    QCOMPARE(summary.at("count").get<int>(), 3);
    QCOMPARE(summary.at("bins").size(), std::size_t{6});
#ifndef INSAR_HEADLESS_BUILD
    QVERIFY(std::filesystem::exists(dir.file("eval") / "snr_plot.png") || summary.at("plot").is_string());
#endif

    const QString pt = QString::fromStdString(dir.file("m.pt").string());
    QVERIFY2(run({"export", "--model", QString::fromStdString(model.string()), "--torchscript", pt}, &log) == 0,
             qPrintable(log));
    QVERIFY(std::filesystem::file_size(dir.file("m.pt")) > 0);
}

void TestNnCli::errors()
{
    insar::test::TempDir dir;
    QString log;
    QCOMPARE(run({"evaluate", "--model", QString::fromStdString(dir.file("none.model").string()), "--out",
                  QString::fromStdString(dir.file("e").string())},
                 &log),
             1);
    QVERIFY2(log.contains("none.model"), qPrintable(log));
    std::ofstream(dir.file("bad.json")) << "{ not json";
    QCOMPARE(run({"train", "--config", QString::fromStdString(dir.file("bad.json").string()), "--out",
                  QString::fromStdString(dir.file("t").string())},
                 &log),
             1);
    QVERIFY2(log.contains("malformed JSON"), qPrintable(log));
}

QTEST_GUILESS_MAIN(TestNnCli)
#include "tst_nn_cli.moc"
