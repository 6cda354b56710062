// Report rendering: the HTML of a velocity folder (with a GNSS table) is one self-contained,
// well-formed file holding the expected tables and PNG figures as data: URIs and no external
// reference; the PDF is a complete PDF with pages; a bad extension is refused and nothing is
// written; the CLI `report` writes both and fails clearly on unknown content, a bad extension and
// an existing output.
#include "common/error.h"
#include "report/report_collect.h"
#include "report/report_writer.h"
#include "report_fixtures.h"
#include "test_support.h"

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

report::Report fixtureReport(const test::TempDir& tmp)
{
    test::writeVelocityFolder(tmp.file("velocity"));
    std::ofstream(tmp.file("velocity") / "gnss.csv", std::ios::binary) << test::kGnssCsv;
    return report::collectReport({tmp.file("velocity")}, {"Fixture report", "test", 64});
}

int count(const std::string& text, const std::string& what)
{
    int n = 0;
    for (auto p = text.find(what); p != std::string::npos; p = text.find(what, p + 1))
        ++n;
    return n;
}

} // namespace

class TstReportWriter : public QObject {
    Q_OBJECT
private slots:
    void htmlIsSelfContainedAndWellFormed()
    {
        test::TempDir tmp;
        const report::Report r = fixtureReport(tmp);
        ui::writeReport(r, tmp.file("r.html"));
        const std::string html = readAll(tmp.file("r.html"));
        QVERIFY(html.rfind("<!DOCTYPE html>", 0) == 0);
        QVERIFY(html.find("Fixture report") != std::string::npos);
        QVERIFY(html.find("<td>deramp</td>") != std::string::npos);
        QVERIFY(html.find("<td>42.0</td>") != std::string::npos); // std reduction in %
        QVERIFY(html.find("GNSS residuals per station") != std::string::npos);
        QCOMPARE(count(html, "<img src=\"data:image/png;base64,"), 3); // velocity, σ, GNSS scatter
        QCOMPARE(count(html, "<img "), 3);
        QVERIFY(html.find("http") == std::string::npos);
        QVERIFY(html.find("file:") == std::string::npos);
        // Well-formed: parses as XML once the doctype line is dropped.
        QXmlStreamReader xml(QByteArray::fromStdString(html.substr(html.find('\n') + 1)));
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        // The figures are real images of the drawn widgets.
        const auto b = html.find("base64,") + 7;
        const QByteArray png =
            QByteArray::fromBase64(QByteArray::fromStdString(html.substr(b, html.find('"', b) - b)));
        const QImage image = QImage::fromData(png, "PNG");
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800);
    }

    void pdfIsCompleteWithPages()
    {
        test::TempDir tmp;
        const report::Report r = fixtureReport(tmp);
        ui::writeReport(r, tmp.file("r.pdf"));
        const std::string pdf = readAll(tmp.file("r.pdf"));
        QVERIFY(pdf.rfind("%PDF-", 0) == 0);
        QVERIFY(pdf.find("%%EOF") != std::string::npos);
        QVERIFY(pdf.size() > 20000);
        const int pages = count(pdf, "/Type /Page\n") + count(pdf, "/Type /Page ") +
                          count(pdf, "/Type /Page/") + count(pdf, "/Type/Page\n") +
                          count(pdf, "/Type /Page>");
        QVERIFY2(pages >= 1, qPrintable(QString::number(pages)));
        QVERIFY(pdf.find("/FontFile") != std::string::npos); // embedded font: selectable text
        QVERIFY(pdf.find("/Title") != std::string::npos); // document info (UTF-16, so not searched as text)
    }

    void badExtensionWritesNothing()
    {
        test::TempDir tmp;
        const report::Report r = fixtureReport(tmp);
        QVERIFY_THROWS_EXCEPTION(Error, ui::writeReport(r, tmp.file("r.docx")));
        QVERIFY(!std::filesystem::exists(tmp.file("r.docx")));
    }

    void cliWritesReportsAndRefusesBadInput()
    {
        test::TempDir tmp;
        test::writeVelocityFolder(tmp.file("velocity"));
        const QString cli = QStringLiteral(INSAR_CLI_PATH);
        const QString dir = QString::fromStdString(tmp.file("velocity").string());
        const QString html = QString::fromStdString(tmp.file("out.html").string());
        const QString pdf = QString::fromStdString(tmp.file("out.pdf").string());
        auto run = test::runProgram(cli, {"report", "--out", html, dir});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(readAll(tmp.file("out.html")).find("data:image/png;base64,") != std::string::npos);
        run = test::runProgram(cli, {"report", "--out", pdf, dir});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(readAll(tmp.file("out.pdf")).rfind("%PDF-", 0) == 0);

        run = test::runProgram(cli, {"report", "--out", html, dir}); // exists
        QVERIFY(run.exitCode != 0);
        QVERIFY(run.err.contains("out.html"));
        run = test::runProgram(cli, {"report", "--out", html, "--overwrite", dir});
        QCOMPARE(run.exitCode, 0);
        run = test::runProgram(cli,
                               {"report", "--out", QString::fromStdString(tmp.file("r.txt").string()), dir});
        QVERIFY(run.exitCode != 0);
        QVERIFY(run.err.contains("r.txt"));
        std::filesystem::create_directories(tmp.file("nothing"));
        run = test::runProgram(cli, {"report", "--out", QString::fromStdString(tmp.file("n.html").string()),
                                     QString::fromStdString(tmp.file("nothing").string())});
        QVERIFY(run.exitCode != 0);
        QVERIFY(run.err.contains("nothing"));
        QVERIFY(!std::filesystem::exists(tmp.file("n.html")));
    }
};

QTEST_MAIN(TstReportWriter)
#include "tst_report_writer.moc"
