// Report collectors: a velocity folder gives the summary and point tables and the velocity and σ
// maps; denoise outputs give provenance, the std-reduction table and before/after/removed maps; a
// gnss --csv table gives residual and statistics tables and the scatter (also with a chain
// version such as gacos,cnn in its columns); CSV blocks and quotes;
// inputs that hold nothing, a missing velocity file and a malformed CSV are errors naming the file.
#include "common/error.h"
#include "gnss/gnss_comparison.h"
#include "report/report_collect.h"
#include "report_fixtures.h"
#include "test_support.h"

#include <QtTest>

#include <algorithm>
#include <fstream>

using namespace insar;
using namespace insar::report;

namespace {

void writeText(const std::filesystem::path& p, const std::string& text)
{
    std::ofstream(p, std::ios::binary) << text;
}

const Table* findTable(const Section& s, const std::string& captionPart)
{
    for (const auto& t : s.tables)
        if (t.caption.find(captionPart) != std::string::npos)
            return &t;
    return nullptr;
}

} // namespace

class TstReportCollect : public QObject {
    Q_OBJECT
private slots:
    void velocityFolder()
    {
        test::TempDir tmp;
        test::writeVelocityFolder(tmp.path());
        QCOMPARE(classifyInput(tmp.path()), InputKind::StackStudy);
        const Report r = collectReport({tmp.path()}, {"t", "v1", 10});
        QCOMPARE(r.title, std::string("t"));
        QCOMPARE(r.sections.size(), std::size_t{1});
        const Section& s = r.sections[0];
        const Table* summary = findTable(s, "Per method");
        QVERIFY(summary != nullptr);
        QCOMPARE(summary->rows.size(), std::size_t{2});
        QCOMPARE(summary->rows[1][0], std::string("deramp"));
        QCOMPARE(summary->rows[1][2], std::string("42.0"));
        const Table* points = findTable(s, "at the points");
        QVERIFY(points != nullptr);
        QCOMPARE(points->rows.size(), std::size_t{2});
        QCOMPARE(s.figures.size(), std::size_t{2});
        QCOMPARE(s.figures[0].panels.size(), std::size_t{2});
        QVERIFY(s.figures[0].symmetric);
        QVERIFY(!s.figures[1].symmetric);
        // 24 × 16 reduced to at most 10 px a side by a stride of 3.
        QCOMPARE(s.figures[0].panels[0].raster.width(), 8);
        QCOMPARE(s.figures[0].panels[0].raster.height(), 6);
        QVERIFY(std::abs(s.figures[1].panels[0].raster.at(1, 1) - 0.56f) < 1e-4f);
    }

    void gnssTableInFolderAndAlone()
    {
        test::TempDir tmp;
        test::writeVelocityFolder(tmp.path());
        writeText(tmp.file("gnss.csv"), test::kGnssCsv);
        const Report r = collectReport({tmp.path()});
        QCOMPARE(r.sections.size(), std::size_t{2});
        const Section& g = r.sections[1];
        QCOMPARE(g.tables.size(), std::size_t{2});
        QCOMPARE(g.tables[0].rows.size(), std::size_t{3});
        QCOMPARE(g.paragraphs.front(), std::string("referenced to station S1"));
        QCOMPARE(g.figures.size(), std::size_t{1});
        QCOMPARE(g.figures[0].kind, FigureKind::Scatter);
        QCOMPARE(g.figures[0].series.size(), std::size_t{2}); // none, cnn (not residuals, not σ)
        QCOMPARE(g.figures[0].series[1].y[1], 11.0);

        writeText(tmp.file("alone.csv"), test::kGnssCsv);
        QCOMPARE(classifyInput(tmp.file("alone.csv")), InputKind::GnssTable);
    }

    // The GNSS table of `casestudy` and of the Case-study tab has chain versions such as
    // "gacos,cnn": gnss::comparisonCsv quotes them, so the report reads every row whole.
    void gnssTableWithAChainVersionRoundTrips()
    {
        gnss::ComparisonTable t;
        t.stations = {"SELL", "AQUI", "CADO"};
        t.gnssMm = {0.0, -13.6, -106.8};
        t.versions = {"none", "gacos,cnn"};
        t.insarMm = {{0.0, -41.2, -122.5}, {0.0, -11.9, -90.4}};
        const gnss::ComparisonResult result = gnss::compare(t, "SELL");
        test::TempDir tmp;
        writeText(tmp.file("gnss.csv"), gnss::comparisonCsv(result));
        const Report r = collectReport({tmp.file("gnss.csv")});
        QCOMPARE(r.sections.size(), std::size_t{1});
        const Table* residuals = findTable(r.sections[0], "GNSS residuals");
        QVERIFY(residuals != nullptr);
        QCOMPARE(residuals->rows.size(), std::size_t{3});
        QVERIFY(std::find(residuals->header.begin(), residuals->header.end(), std::string("gacos,cnn_mm")) !=
                residuals->header.end());
        const Table* stats = findTable(r.sections[0], "misfit");
        QVERIFY(stats != nullptr);
        QCOMPARE(stats->rows[1][0], std::string("gacos,cnn"));
    }

    void denoiseOutputs()
    {
        test::TempDir tmp;
        test::writeDenoiseOutput(tmp.path(), "a");
        QCOMPARE(classifyInput(tmp.file("a.denoised.tif")), InputKind::Denoise);
        const Report r = collectReport({tmp.path()});
        QCOMPARE(r.sections.size(), std::size_t{1});
        const Section& s = r.sections[0];
        const Table* red = findTable(s, "Std reduction");
        QVERIFY(red != nullptr);
        QCOMPARE(red->rows.size(), std::size_t{1}); // the residual file is not an output of its own
        QCOMPARE(red->rows[0][1], std::string("cnn"));
        QCOMPARE(red->rows[0][4], std::string("42.6"));
        QCOMPARE(s.figures.size(), std::size_t{1});
        QCOMPARE(s.figures[0].panels.size(), std::size_t{3});
        // before = after + removed
        QVERIFY(std::abs(s.figures[0].panels[0].raster.at(2, 3) - float(0.2 + 0.15 - 0.5)) < 1e-5f);
    }

    void csvQuotesAndErrors()
    {
        test::TempDir tmp;
        writeText(tmp.file("q.csv"), "a,b\n\"x, y\",\"say \"\"hi\"\"\"\n");
        const auto blocks = readCsvBlocks(tmp.file("q.csv"));
        QCOMPARE(blocks.size(), std::size_t{1});
        QCOMPARE(blocks[0].table.rows[0][0], std::string("x, y"));
        QCOMPARE(blocks[0].table.rows[0][1], std::string("say \"hi\""));
        writeText(tmp.file("bad.csv"), "a,b\n1,2,3\n");
        try {
            readCsvBlocks(tmp.file("bad.csv"));
            QFAIL("a row longer than the header was accepted");
        } catch (const Error& e) {
            QVERIFY(QString(e.what()).contains("bad.csv"));
            QVERIFY(QString(e.what()).contains("line 2"));
        }
    }

    void inputsThatHoldNothing()
    {
        test::TempDir tmp;
        std::filesystem::create_directories(tmp.file("empty"));
        QVERIFY_THROWS_EXCEPTION(Error, collectReport({tmp.file("empty")}));
        QVERIFY_THROWS_EXCEPTION(Error, collectReport({tmp.file("missing")}));
        QVERIFY_THROWS_EXCEPTION(Error, collectReport({}));
        writeText(tmp.file("other.csv"), "x,y\n1,2\n");
        try {
            collectReport({tmp.file("other.csv")});
            QFAIL("an unrelated CSV was accepted");
        } catch (const Error& e) {
            QVERIFY(QString(e.what()).contains("other.csv"));
        }
        // summary.csv naming a velocity file that is gone
        test::writeVelocityFolder(tmp.file("v"));
        std::filesystem::remove(tmp.file("v") / "velocity_deramp.tif");
        try {
            collectReport({tmp.file("v")});
            QFAIL("a missing velocity file was accepted");
        } catch (const Error& e) {
            QVERIFY(QString(e.what()).contains("velocity_deramp.tif"));
        }
    }
};

QTEST_GUILESS_MAIN(TstReportCollect)
#include "tst_report_collect.moc"
