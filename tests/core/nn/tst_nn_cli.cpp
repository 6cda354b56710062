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
    void denoiseCommand();

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

void TestNnCli::denoiseCommand()
{
#ifdef INSAR_HEADLESS_BUILD
    QSKIP("denoise reads and writes rasters with GDAL: full build only");
#else
    // A synthetic case as GeoTIFFs, denoised with the shipped default model.
    insar::test::TempDir dir;
    auto path = [&](const std::string& rel) { return QString::fromStdString(dir.file(rel).string()); };
    QString log;
    QVERIFY2(run({"scene", "--out", path("scene"), "--seed", "3", "--size", "96", "--units", "rad"}, &log) == 0,
             qPrintable(log));
    QVERIFY2(run({"denoise", path("scene/input.tif"), "--out", path("out/clean.tif"), "--residual", "--threads", "1",
                  "--quiet"},
                 &log) == 0,
             qPrintable(log));
    QVERIFY2(log.contains("std") && log.contains("clean.tif"), qPrintable(log));
    QVERIFY(std::filesystem::exists(dir.file("out/clean.tif")));
    QVERIFY(std::filesystem::exists(dir.file("out/clean.residual.tif")));
    QVERIFY2(run({"compare", "--reference", path("scene/reference.tif"), "--estimate", path("out/clean.tif")}, &log) ==
                 0,
             qPrintable(log));

    // Existing output: refused without --overwrite, replaced with it.
    QCOMPARE(run({"denoise", path("scene/input.tif"), "--out", path("out/clean.tif"), "--quiet"}, &log), 1);
    QVERIFY2(log.contains("--overwrite"), qPrintable(log));
    QCOMPARE(run({"denoise", path("scene/input.tif"), "--out", path("out/clean.tif"), "--overwrite", "--quiet"}, &log),
             0);
    // Never over the input itself.
    QCOMPARE(run({"denoise", path("scene/input.tif"), "--out", path("scene/input.tif"), "--overwrite"}, &log), 1);
    QVERIFY2(log.contains("replace its input"), qPrintable(log));
    // A broken input among good ones: the others are written, the exit status says it failed.
    std::ofstream(dir.file("notes.tif")) << "not a raster";
    QCOMPARE(run({"denoise", path("notes.tif"), path("scene/input.tif"), "--out-dir", path("batch"), "--quiet"}, &log),
             1);
    QVERIFY2(log.contains("notes.tif") && log.contains("1 of 2 inputs failed"), qPrintable(log));
    QVERIFY(!std::filesystem::exists(dir.file("batch/notes.denoised.tif")));
    QVERIFY(std::filesystem::exists(dir.file("batch/input.denoised.tif")));
    // An unusable model: a clear error and no output.
    std::ofstream(dir.file("bad.model")) << "INSARDNN?";
    QCOMPARE(run({"denoise", path("scene/input.tif"), "--out", path("out/x.tif"), "--model", path("bad.model")}, &log),
             1);
    QVERIFY2(log.contains("bad.model"), qPrintable(log));
    QVERIFY(!std::filesystem::exists(dir.file("out/x.tif")));
    // Exactly one of --out / --out-dir.
    QCOMPARE(run({"denoise", path("scene/input.tif")}, &log), 1);
    QVERIFY2(log.contains("--out"), qPrintable(log));
#endif
}

QTEST_GUILESS_MAIN(TestNnCli)
#include "tst_nn_cli.moc"
