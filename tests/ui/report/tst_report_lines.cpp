// Reports of a `train` run and an `evaluate` folder: line plots (FigureKind::Lines) are drawn by
// QCustomPlot with each curve in its colour and log axes; the HTML is well-formed, self-contained
// and holds the loss-curve and SNR-plot images, the configuration, metrics, per-bin and methods
// tables; the PDF has pages and embedded fonts; the CLI `report` writes both over the folders.
#include "pdf_text.h"
#include "report/report_collect.h"
#include "report/report_writer.h"
#include "test_support.h"
#include "training_fixtures.h"

#include <QXmlStreamReader>
#include <QtTest>

#include <fstream>
#include <sstream>

using namespace insar;

namespace {

std::string readAll(const std::filesystem::path& p)
{
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

int count(const std::string& text, const std::string& what)
{
    int n = 0;
    for (auto p = text.find(what); p != std::string::npos; p = text.find(what, p + 1))
        ++n;
    return n;
}

/// Pixels within a small distance of `colour`.
int pixelsOf(const QImage& image, const QColor& colour)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    int n = 0;
    for (int y = 0; y < rgb.height(); ++y)
        for (int x = 0; x < rgb.width(); ++x) {
            const QColor c = rgb.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green()) +
                    std::abs(c.blue() - colour.blue()) <
                30)
                ++n;
        }
    return n;
}

} // namespace

class TstReportLines : public QObject {
    Q_OBJECT
private:
    test::TempDir m_tmp;

private slots:
    void initTestCase()
    {
        QCOMPARE(test::writeTrainingRun(m_tmp.file("run")).epochsDone, 2);
        test::writeEvaluationFolder(m_tmp.file("eval"), m_tmp.file("run/model.model").string());
        test::addMethodsCsv(m_tmp.file("eval"));
    }

    void linesAreDrawnInTheirColours()
    {
        report::Figure f;
        f.kind = report::FigureKind::Lines;
        f.logX = true;
        f.xMarks = {1.0, 10.0};
        f.lines.push_back({"first", {0.1, 1.0, 10.0, 100.0}, {1.0, 2.0, 3.0, 4.0}});
        const QImage one = ui::renderReportFigure(f, 1000);
        QCOMPARE(one.width(), 1000);
        QCOMPARE(one.height(), 600);
        const QColor blue(31, 119, 180), red(214, 39, 40);
        QVERIFY(pixelsOf(one, blue) > 300); // a 2-px line across most of the plot, and its legend
        QCOMPARE(pixelsOf(one, red), 0);
        // A second curve takes the next colour; one with a palette index takes that colour.
        f.lines.push_back({"second", {0.1, 100.0}, {4.0, 1.0}});
        QVERIFY(pixelsOf(ui::renderReportFigure(f, 1000), red) > 300);
        f.lines[1].colour = 0;
        QCOMPARE(pixelsOf(ui::renderReportFigure(f, 1000), red), 0);
        // Values a log axis cannot show are left out rather than breaking the plot.
        f.logY = true;
        f.lines[0].y[0] = -1.0;
        QVERIFY(!ui::renderReportFigure(f, 1000).isNull());
    }

    void htmlOfRunAndEvaluation()
    {
        const report::Report r =
            report::collectReport({m_tmp.file("run"), m_tmp.file("eval")}, {"Lines", "test", 64});
        ui::writeReport(r, m_tmp.file("r.html"));
        const std::string html = readAll(m_tmp.file("r.html"));
        QVERIFY(html.rfind("<!DOCTYPE html>", 0) == 0);
        QVERIFY(html.find("<h2>Training run: run</h2>") != std::string::npos);
        QVERIFY(html.find("<h2>Model card: model.model</h2>") != std::string::npos);
        QVERIFY(html.find("<h2>Evaluation: eval</h2>") != std::string::npos);
        QVERIFY(html.find("<caption>Training configuration (config.json)</caption>") != std::string::npos);
        QVERIFY(html.find("<caption>Validation metrics at the best and the last epoch") != std::string::npos);
        QVERIFY(html.find("<caption>Per input-SNR bin") != std::string::npos);
        QVERIFY(html.find("<caption>Classical baselines") != std::string::npos);
        QVERIFY(html.find("<td>gacos</td>") != std::string::npos);
        QVERIFY(html.find("Training and validation loss l(θ) per epoch") != std::string::npos);
        // Run: loss, SSIM, SNR, RMSE; evaluation: SSIM and RMSE against SNR, RMSE per method.
        QCOMPARE(count(html, "<img src=\"data:image/png;base64,"), 7);
        QCOMPARE(count(html, "<img "), 7);
        QVERIFY(html.find("http") == std::string::npos);
        QVERIFY(html.find("file:") == std::string::npos);
        QXmlStreamReader xml(QByteArray::fromStdString(html.substr(html.find('\n') + 1)));
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        // The first figure is the loss curves, drawn: the training curve in the first colour.
        const auto b = html.find("base64,") + 7;
        const QImage loss = QImage::fromData(
            QByteArray::fromBase64(QByteArray::fromStdString(html.substr(b, html.find('"', b) - b))), "PNG");
        QCOMPARE(loss.width(), 1000);
        QVERIFY(pixelsOf(loss, QColor(31, 119, 180)) > 50);
        QVERIFY(pixelsOf(loss, QColor(214, 39, 40)) > 50);
    }

    void pdfOfRunAndEvaluation()
    {
        const report::Report r =
            report::collectReport({m_tmp.file("run"), m_tmp.file("eval")}, {"Lines", "test", 64});
        ui::writeReport(r, m_tmp.file("r.pdf"));
        const std::string pdf = readAll(m_tmp.file("r.pdf"));
        QVERIFY(pdf.rfind("%PDF-", 0) == 0);
        QVERIFY(pdf.find("%%EOF") != std::string::npos);
        const int pages = count(pdf, "/Type /Page\n") + count(pdf, "/Type /Page ") +
                          count(pdf, "/Type /Page/") + count(pdf, "/Type/Page\n") +
                          count(pdf, "/Type /Page>");
        QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
        QVERIFY(pdf.find("/FontFile") != std::string::npos);
        QVERIFY(count(pdf, "/Subtype /Image") >= 7);
        // The headings and table captions are text in the PDF (selectable), not pictures of text.
        QString text = test::pdfText(pdf).normalized(QString::NormalizationForm_KC); // "ﬁ" ligatures
        text.remove(QRegularExpression(QStringLiteral("\\s")));
        for (const char* expected : {"Trainingrun:run", "Modelcard:model.model", "Evaluation:eval",
                                     "Trainingconfiguration(config.json)", "Classicalbaselines"})
            QVERIFY2(text.contains(QLatin1String(expected)),
                     qPrintable(QStringLiteral("%1 not in: %2").arg(expected, text.left(400))));
    }

    void cliOverRunModelAndEvaluation()
    {
        const QString cli = QStringLiteral(INSAR_CLI_PATH);
        const QString html = QString::fromStdString(m_tmp.file("cli.html").string());
        auto run = test::runProgram(cli, {"report", "--out", html,
                                          QString::fromStdString(m_tmp.file("run").string()),
                                          QString::fromStdString(m_tmp.file("eval").string())});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const std::string text = readAll(m_tmp.file("cli.html"));
        QVERIFY(text.find("Training run: run") != std::string::npos);
        QVERIFY(text.find("Evaluation: eval") != std::string::npos);
        QCOMPARE(count(text, "<img src=\"data:image/png;base64,"), 7);

        // A real `evaluate` folder of the run's model (4 small synthetic samples).
        const QString evalDir = QString::fromStdString(m_tmp.file("eval_cli").string());
        run = test::runProgram(cli, {"evaluate", "--model",
                                     QString::fromStdString(m_tmp.file("run/model.model").string()),
                                     "--count", "4", "--sample-size", "32", "--threads", "1", "--methods",
                                     "none;deramp;cnn", "--quiet", "--out", evalDir});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString evalHtml = QString::fromStdString(m_tmp.file("eval_cli.html").string());
        run = test::runProgram(cli, {"report", "--out", evalHtml, evalDir});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const std::string evalText = readAll(m_tmp.file("eval_cli.html"));
        QVERIFY(evalText.find("<h2>Evaluation: eval_cli</h2>") != std::string::npos);
        QVERIFY(evalText.find("<th>Sample count</th><td>4</td>") != std::string::npos);
        // SSIM and RMSE against SNR, and the RMSE per method of methods.csv.
        QVERIFY(std::filesystem::exists(m_tmp.file("eval_cli/methods.csv")));
        QVERIFY(evalText.find("<td>deramp</td>") != std::string::npos);
        QCOMPARE(count(evalText, "<img src=\"data:image/png;base64,"), 3);

        const QString pdf = QString::fromStdString(m_tmp.file("model.pdf").string());
        run = test::runProgram(
            cli, {"report", "--out", pdf, QString::fromStdString(m_tmp.file("run/last.model").string())});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(readAll(m_tmp.file("model.pdf")).rfind("%PDF-", 0) == 0);

        // A run whose history.csv is malformed: the error names the file and line; nothing is written.
        std::filesystem::create_directories(m_tmp.file("broken"));
        std::filesystem::copy_file(m_tmp.file("run/config.json"), m_tmp.file("broken/config.json"));
        std::ofstream(m_tmp.file("broken/history.csv")) << readAll(m_tmp.file("run/history.csv")) << "3,x\n";
        const QString bad = QString::fromStdString(m_tmp.file("bad.html").string());
        run = test::runProgram(
            cli, {"report", "--out", bad, QString::fromStdString(m_tmp.file("broken").string())});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains("history.csv") && run.err.contains("line 4"), qPrintable(run.err));
        QVERIFY(!std::filesystem::exists(m_tmp.file("bad.html")));
    }
};

QTEST_MAIN(TstReportLines)
#include "tst_report_lines.moc"
