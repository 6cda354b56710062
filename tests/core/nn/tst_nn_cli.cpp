// Runs the built insar-denoiser-cli: a tiny `train`, then `evaluate` and `export` of its model;
// outputs never replace inputs or earlier runs, and bad numbers and model files get clear messages.
#include "nn/model_file.h"

#include "test_support.h"

#include <QProcess>
#include <QtTest>

#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

namespace {

std::string readBytes(const std::filesystem::path& p)
{
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace

class TstNnCli : public QObject {
    Q_OBJECT
private slots:
    void trainEvaluateExport();
    void errors();
    void denoiseCommand();
    void exportNeverReplacesItsInput();
    void trainRefusesToReplaceARun();
    void badNumbersAreNamed_data();
    void badNumbersAreNamed();
    void modelFileMessages();
    void threadCountsBounded_data();
    void threadCountsBounded();

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

void TstNnCli::trainEvaluateExport()
{
    insar::test::TempDir dir;
    const QString out = QString::fromStdString(dir.file("run").string());
    QString log;
    const int rc = run({"train", "--out",     out,  "--epochs",      "2",  "--steps-per-epoch",
                        "2",     "--batch",   "4",  "--depth",       "3",  "--channels",
                        "4",     "--crop",    "16", "--sample-size", "32", "--val-samples",
                        "2",     "--threads", "1",  "--seed",        "5",  "--device",
                        "cpu",   "--quiet"},
                       &log);
    QVERIFY2(rc == 0, qPrintable(log));
    QVERIFY2(log.contains("epoch 2/2"), qPrintable(log));
    const auto model = dir.file("run") / "model.model";
    QVERIFY(std::filesystem::exists(model));
    QCOMPARE(insar::nn::readModelInfo(model).network.depth, 3);

    const QString eval = QString::fromStdString(dir.file("eval").string());
    QVERIFY2(run({"evaluate", "--model", QString::fromStdString(model.string()), "--count", "3",
                  "--sample-size", "32", "--out", eval, "--quiet"},
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
    // The plot is a real PNG: signature, an IHDR chunk with the image size, and some pixels.
    QCOMPARE(summary.at("plot").get<std::string>(), std::string("snr_plot.png"));
    const std::string png = readBytes(dir.file("eval") / "snr_plot.png");
    QVERIFY2(png.size() > 1000, qPrintable(QString::number(png.size())));
    QCOMPARE(png.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
    QCOMPARE(png.substr(12, 4), std::string("IHDR"));
    auto be32 = [&](std::size_t pos) {
        return (std::uint32_t(std::uint8_t(png[pos])) << 24) |
               (std::uint32_t(std::uint8_t(png[pos + 1])) << 16) |
               (std::uint32_t(std::uint8_t(png[pos + 2])) << 8) | std::uint32_t(std::uint8_t(png[pos + 3]));
    };
    QVERIFY(be32(16) >= 200 && be32(16) <= 10000); // width
    QVERIFY(be32(20) >= 100 && be32(20) <= 10000); // height
    QCOMPARE(png.substr(png.size() - 8, 4), std::string("IEND"));
#endif

    const QString pt = QString::fromStdString(dir.file("m.pt").string());
    QVERIFY2(run({"export", "--model", QString::fromStdString(model.string()), "--torchscript", pt}, &log) ==
                 0,
             qPrintable(log));
    QVERIFY(std::filesystem::file_size(dir.file("m.pt")) > 0);
}

void TstNnCli::exportNeverReplacesItsInput()
{
    insar::test::TempDir dir;
    auto path = [&](const std::string& rel) { return QString::fromStdString(dir.file(rel).string()); };
    const std::filesystem::path shipped = insar::nn::defaultModelPath();
    if (shipped.empty())
        QSKIP("no shipped model to export");
    std::filesystem::copy_file(shipped, dir.file("m.model"));
    const std::string before = readBytes(dir.file("m.model"));
    std::filesystem::create_symlink(dir.file("m.model"), dir.file("soft.model"));
    std::filesystem::create_hard_link(dir.file("m.model"), dir.file("hard.pt"));
    QString log;
    for (const char* out : {"m.model", "soft.model", "hard.pt"}) {
        // Refused even with --overwrite: the output is the input under another name.
        QCOMPARE(run({"export", "--model", path("m.model"), "--torchscript", path(out), "--overwrite"}, &log),
                 1);
        QVERIFY2(log.contains("replace its input") && log.contains(QString::fromUtf8(out)), qPrintable(log));
    }
    QVERIFY(readBytes(dir.file("m.model")) == before);
    // Through a symbolic link to the model as --model, the real file is the input.
    QCOMPARE(
        run({"export", "--model", path("soft.model"), "--torchscript", path("m.model"), "--overwrite"}, &log),
        1);
    QVERIFY(readBytes(dir.file("m.model")) == before);
    // An existing output is replaced only with --overwrite.
    std::ofstream(dir.file("old.pt")) << "keep me";
    QCOMPARE(run({"export", "--model", path("m.model"), "--torchscript", path("old.pt")}, &log), 1);
    QVERIFY2(log.contains("old.pt") && log.contains("--overwrite"), qPrintable(log));
    QCOMPARE(readBytes(dir.file("old.pt")), std::string("keep me"));
    QVERIFY2(run({"export", "--model", path("m.model"), "--torchscript", path("old.pt"), "--overwrite"},
                 &log) == 0,
             qPrintable(log));
    QVERIFY(readBytes(dir.file("old.pt")) != "keep me");
}

void TstNnCli::trainRefusesToReplaceARun()
{
    insar::test::TempDir dir;
    const QString out = QString::fromStdString(dir.file("run").string());
    const QStringList tiny{"--epochs",      "1",  "--steps-per-epoch", "1",   "--batch",   "2",
                           "--depth",       "3",  "--channels",        "2",   "--crop",    "16",
                           "--sample-size", "32", "--val-samples",     "1",   "--threads", "1",
                           "--seed",        "5",  "--device",          "cpu", "--quiet"};
    QString log;
    QVERIFY2(run(QStringList{"train", "--out", out} + tiny, &log) == 0, qPrintable(log));
    const std::string history = readBytes(dir.file("run") / "history.csv");
    const std::string model = readBytes(dir.file("run") / "model.model");
    QCOMPARE(run(QStringList{"train", "--out", out} + tiny, &log), 1);
    QVERIFY2(log.contains("--resume") && log.contains("--overwrite") && log.contains("previous run"),
             qPrintable(log));
    QCOMPARE(readBytes(dir.file("run") / "history.csv"), history);
    QCOMPARE(readBytes(dir.file("run") / "model.model"), model);
    QVERIFY2(run(QStringList{"train", "--out", out, "--overwrite"} + tiny, &log) == 0, qPrintable(log));
    QVERIFY(std::filesystem::exists(dir.file("run") / "model.model"));
}

void TstNnCli::badNumbersAreNamed_data()
{
    QTest::addColumn<QString>("config");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::addRow("lr-option") << "" << QStringList{"--lr", "1e300"}
                               << "learningRate must be a number above 0";
    QTest::addRow("batch-json") << "{\"batchSize\": 1e10}" << QStringList{} << "key 'batchSize'";
    QTest::addRow("epochs-json") << "{\"epochs\": 1.5}" << QStringList{}
                                 << "key 'epochs': expected a whole number";
    QTest::addRow("unknown-key") << "{\"batchsize\": 4}" << QStringList{} << "unknown key 'batchsize'";
}

void TstNnCli::badNumbersAreNamed()
{
    QFETCH(QString, config);
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    insar::test::TempDir dir;
    QStringList all{"train", "--out", QString::fromStdString(dir.file("t").string())};
    if (!config.isEmpty()) {
        std::ofstream(dir.file("c.json")) << config.toStdString();
        all << "--config" << QString::fromStdString(dir.file("c.json").string());
    }
    QString log;
    QCOMPARE(run(all + args, &log), 1);
    QVERIFY2(log.contains(expected), qPrintable(log));
    QVERIFY2(!log.contains("type_error") && !log.contains("unexpected"), qPrintable(log));
    QVERIFY(!std::filesystem::exists(dir.file("t") / "checkpoint.pt"));
}

void TstNnCli::modelFileMessages()
{
    insar::test::TempDir dir;
    auto path = [&](const std::string& rel) { return QString::fromStdString(dir.file(rel).string()); };
    std::filesystem::create_directories(dir.file("folder.model"));
    QString log;
    QCOMPARE(run({"export", "--model", path("folder.model"), "--torchscript", path("x.pt")}, &log), 1);
    QVERIFY2(log.contains("folder.model") && log.contains("is a folder") && !log.contains("underflow"),
             qPrintable(log));
    const std::filesystem::path shipped = insar::nn::defaultModelPath();
    if (shipped.empty())
        QSKIP("no shipped model to truncate");
    std::string bytes = readBytes(shipped);
    bytes.resize(bytes.size() - 4);
    std::ofstream(dir.file("short.model"), std::ios::binary) << bytes;
    QCOMPARE(run({"export", "--model", path("short.model"), "--torchscript", path("x.pt")}, &log), 1);
    QVERIFY2(log.contains("short.model") && log.contains("(4 missing)"), qPrintable(log));
    QVERIFY(!std::filesystem::exists(dir.file("x.pt")));
}

void TstNnCli::errors()
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

void TstNnCli::denoiseCommand()
{
#ifdef INSAR_HEADLESS_BUILD
    QSKIP("denoise reads and writes rasters with GDAL: full build only");
#else
    // A synthetic case as GeoTIFFs, denoised with the shipped default model.
    insar::test::TempDir dir;
    auto path = [&](const std::string& rel) { return QString::fromStdString(dir.file(rel).string()); };
    QString log;
    QVERIFY2(run({"scene", "--out", path("scene"), "--seed", "3", "--size", "96", "--units", "rad"}, &log) ==
                 0,
             qPrintable(log));
    QVERIFY2(run({"denoise", path("scene/input.tif"), "--out", path("out/clean.tif"), "--residual",
                  "--threads", "1", "--quiet"},
                 &log) == 0,
             qPrintable(log));
    QVERIFY2(log.contains("std") && log.contains("clean.tif"), qPrintable(log));
    QVERIFY(std::filesystem::exists(dir.file("out/clean.tif")));
    QVERIFY(std::filesystem::exists(dir.file("out/clean.residual.tif")));
    QVERIFY2(run({"compare", "--reference", path("scene/reference.tif"), "--estimate", path("out/clean.tif")},
                 &log) == 0,
             qPrintable(log));

    // Existing output: refused without --overwrite, replaced with it.
    QCOMPARE(run({"denoise", path("scene/input.tif"), "--out", path("out/clean.tif"), "--quiet"}, &log), 1);
    QVERIFY2(log.contains("--overwrite"), qPrintable(log));
    QCOMPARE(
        run({"denoise", path("scene/input.tif"), "--out", path("out/clean.tif"), "--overwrite", "--quiet"},
            &log),
        0);
    // Never over the input itself.
    QCOMPARE(run({"denoise", path("scene/input.tif"), "--out", path("scene/input.tif"), "--overwrite"}, &log),
             1);
    QVERIFY2(log.contains("replace its input"), qPrintable(log));
    // A broken input among good ones: the others are written, the exit status says it failed.
    std::ofstream(dir.file("notes.tif")) << "not a raster";
    QCOMPARE(
        run({"denoise", path("notes.tif"), path("scene/input.tif"), "--out-dir", path("batch"), "--quiet"},
            &log),
        1);
    QVERIFY2(log.contains("notes.tif") && log.contains("1 of 2 inputs failed"), qPrintable(log));
    QVERIFY(!std::filesystem::exists(dir.file("batch/notes.denoised.tif")));
    QVERIFY(std::filesystem::exists(dir.file("batch/input.denoised.tif")));
    // An unusable model: a clear error and no output.
    std::ofstream(dir.file("bad.model")) << "INSARDNN?";
    QCOMPARE(
        run({"denoise", path("scene/input.tif"), "--out", path("out/x.tif"), "--model", path("bad.model")},
            &log),
        1);
    QVERIFY2(log.contains("bad.model"), qPrintable(log));
    QVERIFY(!std::filesystem::exists(dir.file("out/x.tif")));
    // Exactly one of --out / --out-dir.
    QCOMPARE(run({"denoise", path("scene/input.tif")}, &log), 1);
    QVERIFY2(log.contains("--out"), qPrintable(log));
#endif
}

void TstNnCli::threadCountsBounded_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addRow("train") << QStringList{"train", "--out", "t", "--threads", "100000"};
    QTest::addRow("train-data") << QStringList{"train", "--out", "t", "--data-threads", "-4"};
    QTest::addRow("evaluate") << QStringList{"evaluate", "--out", "e", "--threads", "-4"};
#ifndef INSAR_HEADLESS_BUILD
    QTest::addRow("denoise") << QStringList{"denoise", "in.tif", "--out", "o.tif", "--threads", "100000"};
#endif
}

void TstNnCli::threadCountsBounded()
{
    QFETCH(QStringList, args);
    QString log;
    const int rc = run(args, &log);
    QVERIFY2(rc != 0, qPrintable(log));
    QVERIFY2(log.contains("threads") && log.contains(args.last()), qPrintable(log));
    QVERIFY(!std::filesystem::exists("t") && !std::filesystem::exists("e"));
}

QTEST_GUILESS_MAIN(TstNnCli)
#include "tst_nn_cli.moc"
