// Report collectors of `train` run folders, model files and `evaluate` folders: a real tiny run
// gives the model card (SHA-256, architecture), the configuration, the metrics table and the
// loss/metric curves; an evaluate folder gives the per-bin table and the SNR plots on a log axis,
// and its methods.csv a table and one RMSE line per method; a malformed history.csv, config.json,
// summary.json or methods.csv is an error naming the file (and the line).
#include "common/error.h"
#include "nn/training_history.h"
#include "pipeline/file_digest.h"
#include "report/report_collect.h"
#include "test_support.h"
#include "training_fixtures.h"

#include <QtTest>

#include <fstream>
#include <sstream>

using namespace insar;
using namespace insar::report;

namespace {

void writeText(const std::filesystem::path& p, const std::string& text)
{
    std::ofstream(p, std::ios::binary) << text;
}

std::string readText(const std::filesystem::path& p)
{
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

const Table* findTable(const Section& s, const std::string& captionPart)
{
    for (const auto& t : s.tables)
        if (t.caption.find(captionPart) != std::string::npos)
            return &t;
    return nullptr;
}

std::string fact(const Section& s, const std::string& key)
{
    for (const auto& kv : s.facts)
        if (kv.key == key)
            return kv.value;
    return "(missing)";
}

const std::vector<std::string>* rowStarting(const Table& t, const std::string& first)
{
    for (const auto& r : t.rows)
        if (!r.empty() && r[0] == first)
            return &r;
    return nullptr;
}

template <typename F> QString errorOf(F&& f)
{
    try {
        f();
    } catch (const Error& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

} // namespace

class TstReportTraining : public QObject {
    Q_OBJECT
private:
    test::TempDir m_tmp;
    std::filesystem::path m_run;
    nn::TrainResult m_result;

private slots:
    void initTestCase()
    {
        m_run = m_tmp.file("run");
        m_result = test::writeTrainingRun(m_run);
        QCOMPARE(m_result.epochsDone, 2);
    }

    void trainingRunFolder()
    {
        QCOMPARE(classifyInput(m_run), InputKind::TrainingRun);
        QCOMPARE(classifyInput(m_run / "history.csv"), InputKind::TrainingRun);
        const Report r = collectReport({m_run});
        QCOMPARE(r.sections.size(), std::size_t(2)); // the run, the model card of model.model
        const Section& s = r.sections[0];
        QCOMPARE(s.heading, std::string("Training run: run"));
        QCOMPARE(fact(s, "Epochs run"), std::string("2 of 2"));
        QCOMPARE(fact(s, "Network"), std::string("dncnn, 3 layers × 4 channels"));
        QCOMPARE(fact(s, "Device (as configured)"), std::string("cpu"));
        QVERIFY(fact(s, "Best epoch").find("epoch") == std::string::npos); // "N (validation loss …)"
        QVERIFY(fact(s, "Best epoch").rfind(std::to_string(m_result.bestEpoch) + " (", 0) == 0);

        const Table* metrics = findTable(s, "best and the last epoch");
        QVERIFY(metrics);
        QCOMPARE(metrics->header[2], std::string("last epoch 2"));
        const auto* rmse = rowStarting(*metrics, "RMSE (mm)");
        QVERIFY(rmse);
        const nn::EpochReport& last = m_result.history.back();
        QCOMPARE(QString::fromStdString((*rmse)[2]), QString::number(last.rmseM * 1000.0, 'f', 2));
        QCOMPARE(QString::fromStdString((*rmse)[3]), QString::number(last.inputRmseM * 1000.0, 'f', 2));

        const Table* config = findTable(s, "config.json");
        QVERIFY(config);
        QVERIFY(rowStarting(*config, "epochs") && (*rowStarting(*config, "epochs"))[1] == "2");
        QVERIFY(rowStarting(*config, "network.depth") && (*rowStarting(*config, "network.depth"))[1] == "3");
        QVERIFY(rowStarting(*config, "trainData.sampleSize"));

        const Table* files = findTable(s, "Files of the run");
        QVERIFY(files);
        const auto* model = rowStarting(*files, "model.model");
        QVERIFY(model);
        QCOMPARE((*model)[3], pipeline::sha256OfFile(m_run / "model.model"));
        QVERIFY(rowStarting(*files, "last.model"));

        // Loss curves (log y: losses are positive) and three metric figures, one point per epoch.
        QCOMPARE(s.figures.size(), std::size_t(4));
        const Figure& loss = s.figures[0];
        QCOMPARE(loss.kind, FigureKind::Lines);
        QVERIFY(loss.logY);
        QCOMPARE(loss.lines.size(), std::size_t(2));
        QCOMPARE(loss.lines[1].name, std::string("validation"));
        QCOMPARE(loss.lines[1].x, (std::vector<double>{1.0, 2.0}));
        QCOMPARE(loss.lines[1].y[1], m_result.history[1].valLoss);
        const Figure& ssim = s.figures[1];
        QCOMPARE(ssim.lines.size(), std::size_t(4));
        QCOMPARE(ssim.lines[2].style, LineSeries::Style::Dashed);
        QCOMPARE(ssim.lines[2].y[0], m_result.history[0].inputSsimPoster);

        const Section& card = r.sections[1];
        QCOMPARE(card.heading, std::string("Model card: model.model"));
        QCOMPARE(fact(card, "SHA-256"), pipeline::sha256OfFile(m_run / "model.model"));
        QCOMPARE(fact(card, "Architecture"), std::string("dncnn"));
        QCOMPARE(fact(card, "Depth (layers)"), std::string("3"));
        QCOMPARE(fact(card, "Width (channels)"), std::string("4"));
        QCOMPARE(fact(card, "Receptive field (pixels)"), std::string("7 × 7"));
        QVERIFY(findTable(card, "Validation metrics of the saved weights"));
        QVERIFY(findTable(card, "Training configuration (model file"));
    }

    void modelFileAlone()
    {
        QCOMPARE(classifyInput(m_run / "last.model"), InputKind::ModelFile);
        const Report r = collectReport({m_run / "last.model"});
        QCOMPARE(r.sections.size(), std::size_t(1));
        QCOMPARE(r.sections[0].heading, std::string("Model card: last.model"));
        QCOMPARE(fact(r.sections[0], "SHA-256"), pipeline::sha256OfFile(m_run / "last.model"));
        QCOMPARE(fact(r.sections[0], "SHA-256").size(), std::size_t(64));
        // A corrupt model file is an error naming it.
        writeText(m_tmp.file("bad.model"), "INSARDNN but not really");
        QVERIFY(errorOf([&] { collectReport({m_tmp.file("bad.model")}); }).contains("bad.model"));
    }

    void malformedRunFilesAreNamed()
    {
        const auto dir = m_tmp.file("badrun");
        std::filesystem::create_directories(dir);
        std::filesystem::copy_file(m_run / "config.json", dir / "config.json");
        std::string history = readText(m_run / "history.csv");
        const auto secondLine = history.find('\n', history.find('\n') + 1) + 1; // line 3
        history.insert(secondLine, "1,2,not-a-number\n");
        writeText(dir / "history.csv", history);
        const QString e = errorOf([&] { collectReport({dir}); });
        QVERIFY2(e.contains("history.csv") && e.contains("line 3"), qPrintable(e));

        writeText(dir / "history.csv", nn::historyCsv(m_result.history));
        writeText(dir / "config.json", "{\"epochs\": 2,");
        const QString c = errorOf([&] { collectReport({dir}); });
        QVERIFY2(c.contains("config.json"), qPrintable(c));
    }

    void evaluationFolder()
    {
        const auto dir = m_tmp.file("eval");
        test::writeEvaluationFolder(dir, (m_run / "model.model").string());
        QCOMPARE(classifyInput(dir), InputKind::Evaluation); // not the velocity summary.csv
        QCOMPARE(classifyInput(dir / "summary.csv"), InputKind::Evaluation);
        const Report r = collectReport({dir});
        QCOMPARE(r.sections.size(), std::size_t(1));
        const Section& s = r.sections[0];
        QCOMPARE(s.heading, std::string("Evaluation: eval"));
        QCOMPARE(fact(s, "Sample count"), std::string("12"));
        QCOMPARE(fact(s, "Model SHA-256"), pipeline::sha256OfFile(m_run / "model.model"));
        const Table* bins = findTable(s, "Per input-SNR bin");
        QVERIFY(bins);
        QCOMPARE(bins->rows.size(), std::size_t(6)); // the poster's decades with both open ends
        QCOMPARE(bins->header[8], std::string("RMSE (mm) before"));
        // Bin >= 1e2 holds samples 0 and 1 (SNR 10^2.5, 10^2.1): RMSE 1 and 2 mm, mean 1.5 mm.
        QCOMPARE(bins->rows[0][0], std::string(">= 1e2"));
        QCOMPARE(bins->rows[0][1], std::string("2"));
        QCOMPARE(bins->rows[0][8], std::string("1.50"));
        QCOMPARE(bins->rows[0][9], std::string("0.50"));
        QVERIFY(findTable(s, "All samples"));
        QVERIFY(!findTable(s, "Classical baselines"));

        QCOMPARE(s.figures.size(), std::size_t(2)); // SSIM windowed, RMSE against input SNR
        const Figure& f = s.figures[1];
        QCOMPARE(f.kind, FigureKind::Lines);
        QVERIFY(f.logX);
        QCOMPARE(f.yLabel, std::string("RMSE (mm)"));
        QCOMPARE(f.xMarks.size(), std::size_t(5)); // edges 1e2 … 1e-2
        QCOMPARE(f.lines.size(), std::size_t(3));  // samples, bin means before and after
        QCOMPARE(f.lines[0].style, LineSeries::Style::Points);
        QCOMPARE(f.lines[0].x.size(), std::size_t(12));
        INSAR_FUZZY_COMPARE(f.lines[2].x[0], 100.0 * std::sqrt(10.0), 1e-12,
                            0.0); // open bin: half a decade out
        INSAR_FUZZY_COMPARE(f.lines[2].y[0], 0.5, 1e-9, 0.0);
    }

    void evaluationWithClassicalMethods()
    {
        const auto dir = m_tmp.file("eval_methods");
        test::writeEvaluationFolder(dir, "/nowhere/model.model");
        test::addMethodsCsv(dir);
        const Report r = collectReport({dir});
        const Section& s = r.sections[0];
        QCOMPARE(fact(s, "Best classical method"), std::string("gacos"));
        QCOMPARE(fact(s, "CNN RMSE / best classical RMSE"), std::string("0.500"));
        QCOMPARE(fact(s, "Model SHA-256"), std::string("(missing)")); // the file is gone
        const Table* methods = findTable(s, "Classical baselines");
        QVERIFY(methods);
        QCOMPARE(methods->rows.size(), std::size_t(18));
        QCOMPARE(methods->rows[5][1], std::string("all"));
        QCOMPARE(methods->rows[4][6], std::string("—")); // empty = no value
        QCOMPARE(s.figures.size(), std::size_t(3));
        const Figure& f = s.figures[2];
        QVERIFY(f.logX);
        QCOMPARE(f.lines.size(), std::size_t(4)); // deramp, gacos, cnn, input
        QCOMPARE(f.lines[1].name, std::string("gacos"));
        QCOMPARE(f.lines[1].y, (std::vector<double>{3, 6, 9, 12, 15}));
        INSAR_FUZZY_COMPARE(f.lines[1].x[1], std::sqrt(1000.0), 1e-12, 0.0);
        INSAR_FUZZY_COMPARE(f.lines[1].x[4], 0.01 / std::sqrt(10.0), 1e-12, 0.0);
        QCOMPARE(f.lines[3].style, LineSeries::Style::Dashed);

        writeText(dir / "methods.csv", "method,bin,count\ncnn,all,3\n");
        const QString e = errorOf([&] { collectReport({dir}); });
        QVERIFY2(e.contains("methods.csv") && e.contains("snr_low"), qPrintable(e));
        writeText(dir / "methods.csv", "method,bin,snr_low,snr_high,count,rmse_mm\ncnn,all,,\n");
        const QString line = errorOf([&] { collectReport({dir}); });
        QVERIFY2(line.contains("methods.csv") && line.contains("line 2"), qPrintable(line));
        writeText(dir / "summary.json", "[1, 2");
        QVERIFY(errorOf([&] { collectReport({dir}); }).contains("summary.json"));
    }
};

QTEST_GUILESS_MAIN(TstReportTraining)
#include "tst_report_training.moc"
