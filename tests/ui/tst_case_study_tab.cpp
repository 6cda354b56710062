// Case-study tab: a tiny Ontake-like scenario run end to end through the tab (none + deramp), the
// velocity ± σ table per method, a pixel's time series in the plot (selected by API and by a click
// on a map), saving, cancel, the L'Aquila-like pair with its GNSS table referenced to SELL, and
// the failures on the way (a bad stack list, a missing stations file, Run with nothing loaded).
#include "gnss/gnss_stations.h"
#include "io/raster_reader.h"
#include "jobs/job_progress_widget.h"
#include "tabs/case_study_gnss.h"
#include "tabs/case_study_inputs.h"
#include "tabs/case_study_maps.h"
#include "tabs/case_study_points.h"
#include "tabs/case_study_tab.h"
#include "test_support.h"
#include "widgets/raster_view.h"
#include "widgets/time_series_plot.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QThreadPool>
#include <QTest>

#include <qcustomplot.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>

using namespace insar;
using namespace insar::ui;

namespace {

constexpr int kLongWaitMs = 180000;

QString qs(const std::filesystem::path& p)
{
    return QString::fromStdString(p.string());
}

double cellValue(const QAbstractItemModel* model, int row, int column)
{
    return model->data(model->index(row, column), CaseStudyPoints::kValueRole).toDouble();
}

/// Opens a scenario and waits for its stack (and its stations) to be read.
bool openScenarioAndWait(CaseStudyTab& tab, const QString& name, int size, std::uint64_t seed)
{
    QSignalSpy loaded(&tab, &CaseStudyTab::stackLoaded);
    QSignalSpy failed(&tab, &CaseStudyTab::errorOccurred);
    tab.openScenario(name, size, seed);
    if (!tab.isBusy())
        return false;
    return QTest::qWaitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, kLongWaitMs) &&
           !loaded.isEmpty();
}

/// Runs the checked methods and returns finished()'s argument (false also on a timeout).
bool runAndWait(CaseStudyTab& tab)
{
    QSignalSpy finished(&tab, &CaseStudyTab::finished);
    tab.run();
    if (!tab.isBusy())
        return false;
    return QTest::qWaitFor([&] { return !finished.isEmpty(); }, kLongWaitMs) &&
           finished.first().at(0).toBool();
}

} // namespace

class TstCaseStudyTab : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void runWithoutAStackSaysSo();
    void ontakeScenarioRunsEndToEnd();
    void selectingAPixelFillsThePlotAndTable();
    void clickingAMapSelectsThePixel();
    void savesMapsTablesAndImage();
    void exportsAReport();
    void cancelKeepsThePreviousResult();
    void loadsAFolderOfInterferograms();
    void laquilaComparesWithGnssReferencedToSell();
    void badStackListGivesAnErrorNotACrash();
    void missingStationsFileIsReported();
    void closingWhileAJobRunsIsSafe();

private:
    test::TempDir m_dir;
    std::unique_ptr<CaseStudyTab> m_ontake; // shared by the Ontake tests (one scenario, one run)
};

void TstCaseStudyTab::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("InSARDenoiserTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_case_study_tab"));
    QSettings().clear();
}

void TstCaseStudyTab::cleanupTestCase()
{
    m_ontake.reset();
    QSettings().clear();
}

void TstCaseStudyTab::runWithoutAStackSaysSo()
{
    CaseStudyTab tab;
    tab.setErrorDialogsEnabled(false);
    QVERIFY(!tab.findChild<QPushButton*>(QStringLiteral("runButton"))->isEnabled());
    QSignalSpy finished(&tab, &CaseStudyTab::finished);
    tab.run();
    QVERIFY(!tab.isBusy());
    QVERIFY(tab.statusText().contains(QStringLiteral("Load a stack")));
    QCOMPARE(finished.count(), 0);
}

void TstCaseStudyTab::ontakeScenarioRunsEndToEnd()
{
    m_ontake = std::make_unique<CaseStudyTab>();
    CaseStudyTab& tab = *m_ontake;
    tab.setErrorDialogsEnabled(false);
    tab.resize(1400, 900);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    QVERIFY2(openScenarioAndWait(tab, QStringLiteral("ontake"), 48, 7), qPrintable(tab.lastError()));
    QVERIFY(tab.scenario().has_value());
    QCOMPARE(tab.scenario()->name, QStringLiteral("ontake"));
    QVERIFY(tab.scenario()->description.startsWith(QStringLiteral("Synthetic")));
    QVERIFY(tab.stack());
    QVERIFY(tab.stack()->maps.size() >= 14); // a small-baseline network over 15 dates
    QCOMPARE(tab.stack()->maps.front().width(), 48);
    // The scenario's files fill the correction inputs, as a user's files would.
    QVERIFY(QFileInfo::exists(tab.inputs()->demPath()));
    QVERIFY(QFileInfo(tab.inputs()->gacosDir()).isDir());
    QCOMPARE(tab.inputs()->stackSource(), StackSource::InterferogramCsv);

    tab.setMethods({QStringLiteral("none"), QStringLiteral("deramp")});
    QCOMPARE(tab.methods(), QStringList({QStringLiteral("none"), QStringLiteral("deramp")}));
    QVERIFY2(runAndWait(tab), qPrintable(tab.lastError()));
    const auto result = tab.result();
    QVERIFY(result);
    QCOMPARE(result->methods.size(), std::size_t(2));
    QCOMPARE(result->dates.size(), std::size_t(15));
    QCOMPARE(tab.resultLabels(), QStringList({QStringLiteral("uncorrected"), QStringLiteral("deramp")}));

    // Two columns of maps (velocity over σ) on the result's rasters.
    QCOMPARE(tab.maps()->columnCount(), 2);
    QCOMPARE(tab.maps()->quantity(), CaseStudyMaps::Quantity::Velocity);
    for (int m = 0; m < 2; ++m) {
        QCOMPARE(tab.maps()->topView(m)->raster().get(),
                 &result->methods[static_cast<std::size_t>(m)].velocity);
        QCOMPARE(tab.maps()->sigmaView(m)->raster().get(),
                 &result->methods[static_cast<std::size_t>(m)].sigma);
    }
    // One colour scale for both velocity maps.
    QCOMPARE(tab.maps()->topView(0)->limits(), tab.maps()->topView(1)->limits());
    QCOMPARE(tab.maps()->topView(0)->limits().lower, -tab.maps()->topView(0)->limits().upper);

    // The scenario's point is selected: both methods with a finite velocity ± σ, the truth beside.
    const QAbstractItemModel* table = tab.pointTable();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->data(table->index(0, CaseStudyPoints::MethodColumn)).toString(),
             QStringLiteral("uncorrected"));
    QCOMPARE(table->data(table->index(1, CaseStudyPoints::MethodColumn)).toString(),
             QStringLiteral("deramp"));
    for (int row = 0; row < 2; ++row) {
        const double v = cellValue(table, row, CaseStudyPoints::VelocityColumn);
        const double s = cellValue(table, row, CaseStudyPoints::SigmaColumn);
        QVERIFY2(std::isfinite(v), qPrintable(QString::number(v)));
        QVERIFY2(std::isfinite(s) && s > 0.0, qPrintable(QString::number(s)));
        QVERIFY(table->data(table->index(row, CaseStudyPoints::VelocityColumn))
                    .toString()
                    .contains(QLatin1Char('.')));
        INSAR_FUZZY_COMPARE(cellValue(table, row, CaseStudyPoints::TruthColumn), tab.scenario()->truthAtPoint,
                            0.5, 1.0);
    }
    const auto pixel = tab.points()->pixel();
    QVERIFY(pixel.has_value());
    QCOMPARE(tab.maps()->topView(0)->marker(), pixel);
}

void TstCaseStudyTab::selectingAPixelFillsThePlotAndTable()
{
    QVERIFY(m_ontake && m_ontake->result());
    CaseStudyTab& tab = *m_ontake;
    const auto result = tab.result();
    const int row = 9;
    const int col = 31;
    tab.selectPixel(row, col);
    QCOMPARE(tab.points()->pixel(), std::optional<QPoint>(QPoint(col, row)));
    QCOMPARE(tab.maps()->topView(1)->marker(), std::optional<QPoint>(QPoint(col, row)));

    TimeSeriesPlot* plot = tab.timeSeriesPlot();
    QCOMPARE(plot->curveCount(), 2);
    QCOMPARE(plot->curveName(0), QStringLiteral("uncorrected"));
    const std::size_t pixels = std::size_t(result->width) * std::size_t(result->height);
    const std::size_t p = std::size_t(row) * std::size_t(result->width) + std::size_t(col);
    int expectedGraphs = 0;
    for (int m = 0; m < 2; ++m) {
        const auto& method = result->methods[std::size_t(m)];
        int valid = 0;
        for (std::size_t d = 0; d < result->dates.size(); ++d)
            valid += std::isfinite(method.displacementMm[d * pixels + p]) ? 1 : 0;
        QVERIFY(valid >= 3);
        QCOMPARE(plot->observationCount(m), valid);
        // Every date of the fitted model is drawn, with its band (model, two band edges, observations).
        QCOMPARE(plot->modelPointCount(m), int(result->dates.size()));
        expectedGraphs += 4;

        // The table holds the same pixel's values as the maps and the time series.
        const QAbstractItemModel* table = tab.pointTable();
        INSAR_FUZZY_COMPARE(cellValue(table, m, CaseStudyPoints::VelocityColumn),
                            method.velocity.at(row, col), 1e-4, 1e-4);
        INSAR_FUZZY_COMPARE(cellValue(table, m, CaseStudyPoints::SigmaColumn), method.sigma.at(row, col),
                            1e-3, 1e-4);
        INSAR_FUZZY_COMPARE(cellValue(table, m, CaseStudyPoints::DisplacementColumn),
                            method.displacementMm[(result->dates.size() - 1) * pixels + p], 1e-6, 1e-6);
        QCOMPARE(
            table->data(table->index(m, CaseStudyPoints::DatesColumn), CaseStudyPoints::kValueRole).toInt(),
            valid);
    }
    QCOMPARE(plot->graphCount(), expectedGraphs);
    QVERIFY(tab.points()->tableCsv().find("deramp") != std::string::npos);

    // Out of the grid: nothing changes.
    tab.selectPixel(-1, 400);
    QCOMPARE(tab.points()->pixel(), std::optional<QPoint>(QPoint(col, row)));
}

void TstCaseStudyTab::clickingAMapSelectsThePixel()
{
    QVERIFY(m_ontake && m_ontake->result());
    CaseStudyTab& tab = *m_ontake;
    RasterView* view = tab.maps()->topView(1);
    QTRY_VERIFY(view->isVisible() && view->plot()->width() > 50);
    view->plot()->replot();
    const int row = 20;
    const int col = 12;
    const QPoint at(int(std::lround(view->plot()->xAxis->coordToPixel(col))),
                    int(std::lround(view->plot()->yAxis->coordToPixel(row))));
    QVERIFY2(view->plot()->axisRect()->rect().contains(at),
             qPrintable(QStringLiteral("%1,%2 outside %3,%4 %5x%6; x %7..%8, y %9..%10")
                            .arg(at.x())
                            .arg(at.y())
                            .arg(view->plot()->axisRect()->rect().x())
                            .arg(view->plot()->axisRect()->rect().y())
                            .arg(view->plot()->axisRect()->rect().width())
                            .arg(view->plot()->axisRect()->rect().height())
                            .arg(view->plot()->xAxis->range().lower)
                            .arg(view->plot()->xAxis->range().upper)
                            .arg(view->plot()->yAxis->range().lower)
                            .arg(view->plot()->yAxis->range().upper)));
    QTest::mousePress(view->plot(), Qt::LeftButton, Qt::NoModifier, at);
    QTest::mouseRelease(view->plot(), Qt::LeftButton, Qt::NoModifier, at);
    QTRY_COMPARE(tab.points()->pixel(), std::optional<QPoint>(QPoint(col, row)));
    QCOMPARE(tab.timeSeriesPlot()->curveCount(), 2);
}

void TstCaseStudyTab::savesMapsTablesAndImage()
{
    QVERIFY(m_ontake && m_ontake->result());
    CaseStudyTab& tab = *m_ontake;
    const auto out = m_dir.file("ontake_results");
    QSignalSpy saved(&tab, &CaseStudyTab::resultsSaved);
    QSignalSpy failed(&tab, &CaseStudyTab::errorOccurred);
    tab.saveResults(qs(out));
    QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty() || !failed.isEmpty(), 60000);
    QVERIFY2(failed.isEmpty(), qPrintable(tab.lastError()));
    for (const char* name : {"velocity.tif", "velocity_deramp.tif", "point.csv", "maps.png"})
        QVERIFY2(std::filesystem::exists(out / name), name);
    QVERIFY(!std::filesystem::exists(out / "gnss.csv")); // no stations in this scenario
    io::ReadOptions band1;
    band1.band = 1; // band 2 is σ
    const Raster velocity = io::readRaster(out / "velocity.tif", band1);
    QCOMPARE(velocity.width(), 48);
    INSAR_FUZZY_COMPARE(velocity.at(9, 31), tab.result()->methods[0].velocity.at(9, 31), 1e-6, 1e-6);
    std::ifstream csv(out / "point.csv");
    std::string header;
    std::getline(csv, header);
    QVERIFY(header.find("velocity_mm_per_yr") != std::string::npos);

    // Saving again into the same folder is refused (nothing overwritten) unless asked to.
    tab.saveResults(qs(out));
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 60000);
    QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("exist")));
    failed.clear();
    saved.clear();
    tab.saveResults(qs(out), true);
    QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty() || !failed.isEmpty(), 60000);
    QVERIFY2(failed.isEmpty(), qPrintable(tab.lastError()));
}

void TstCaseStudyTab::exportsAReport()
{
    QVERIFY(m_ontake && m_ontake->result());
    CaseStudyTab& tab = *m_ontake;
    const auto html = m_dir.file("ontake_report.html");
    QSignalSpy exported(&tab, &CaseStudyTab::reportExported);
    QSignalSpy failed(&tab, &CaseStudyTab::errorOccurred);
    tab.exportReport(qs(html));
    QTRY_VERIFY_WITH_TIMEOUT(!exported.isEmpty() || !failed.isEmpty(), 60000);
    QVERIFY2(failed.isEmpty(), qPrintable(tab.lastError()));
    std::ifstream in(html);
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    QVERIFY(text.find("<img src=\"data:image/png;base64,") != std::string::npos);
    QVERIFY(text.find("deramp") != std::string::npos); // the per-method table
    QVERIFY(text.find("http") == std::string::npos);   // self-contained
    // An existing file is refused and left as it was.
    tab.exportReport(qs(html));
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
    QCOMPARE(std::filesystem::file_size(html), text.size());
    // A PDF by the extension.
    exported.clear();
    const auto pdf = m_dir.file("ontake_report.pdf");
    tab.exportReport(qs(pdf));
    QTRY_VERIFY_WITH_TIMEOUT(!exported.isEmpty(), 60000);
    std::ifstream pin(pdf, std::ios::binary);
    std::string head(5, '\0');
    pin.read(head.data(), 5);
    QCOMPARE(head, std::string("%PDF-"));
}

void TstCaseStudyTab::cancelKeepsThePreviousResult()
{
    QVERIFY(m_ontake && m_ontake->result());
    CaseStudyTab& tab = *m_ontake;
    const auto before = tab.result();
    tab.setMethods({QStringLiteral("none"), QStringLiteral("deramp"), QStringLiteral("gacos")});
    QSignalSpy finished(&tab, &CaseStudyTab::finished);
    tab.run();
    QVERIFY(tab.isBusy());
    tab.cancel(); // before the worker can have finished: the outcome is Cancelled
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kLongWaitMs);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(!tab.isBusy());
    QVERIFY2(tab.statusText().contains(QStringLiteral("cancelled")), qPrintable(tab.statusText()));
    QCOMPARE(tab.result(), before);
    QCOMPARE(tab.pointTable()->rowCount(), 2);
    QVERIFY(tab.findChild<QPushButton*>(QStringLiteral("runButton"))->isEnabled());
}

void TstCaseStudyTab::laquilaComparesWithGnssReferencedToSell()
{
    CaseStudyTab tab;
    tab.setErrorDialogsEnabled(false);
    QVERIFY2(openScenarioAndWait(tab, QStringLiteral("laquila"), 48, 3), qPrintable(tab.lastError()));
    QCOMPARE(tab.stack()->maps.size(), std::size_t(1)); // one pair
    // The scenario's stations are loaded with it, SELL as the reference.
    QVERIFY(!tab.gnss()->stations().empty());
    QCOMPARE(tab.gnss()->referenceStation(), QStringLiteral("SELL"));
    tab.setMethods({QStringLiteral("none"), QStringLiteral("deramp")});
    QVERIFY2(runAndWait(tab), qPrintable(tab.lastError()));

    // A single pair is compared (and mapped) as the displacement, labelled so.
    QCOMPARE(tab.maps()->quantity(), CaseStudyMaps::Quantity::Displacement);
    QCOMPARE(tab.gnss()->quantity(), CaseStudyGnss::Quantity::Displacement);
    QVERIFY(tab.maps()->topView(0)->title().contains(QStringLiteral("2008-07-20")));
    QVERIFY2(tab.gnss()->messageText().contains(QStringLiteral("displacement")),
             qPrintable(tab.gnss()->messageText()));

    // At the point: no velocity from two dates, the corrected displacement instead, and the
    // observations without a model in the plot.
    const QAbstractItemModel* points = tab.pointTable();
    QCOMPARE(points->rowCount(), 2);
    for (int r = 0; r < 2; ++r) {
        QVERIFY(std::isnan(cellValue(points, r, CaseStudyPoints::VelocityColumn)));
        QVERIFY(std::isfinite(cellValue(points, r, CaseStudyPoints::DisplacementColumn)));
        QVERIFY(std::isfinite(cellValue(points, r, CaseStudyPoints::TruthColumn)));
    }
    QCOMPARE(tab.timeSeriesPlot()->curveCount(), 2);
    QCOMPARE(tab.timeSeriesPlot()->graphCount(), 2);
    QCOMPARE(tab.timeSeriesPlot()->observationCount(0), 2);

    const QAbstractItemModel* table = tab.gnssTable();
    QVERIFY(table->rowCount() >= 2);
    QCOMPARE(table->columnCount(), 3 + 2 * 2); // station, GNSS, σ, then value and residual per method
    int referenceRow = -1;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->data(table->index(r, 0)).toString().startsWith(QStringLiteral("SELL")))
            referenceRow = r;
    }
    QVERIFY(referenceRow >= 0);
    // Everything is referenced to SELL: its GNSS value and its residuals are 0.
    QCOMPARE(table->data(table->index(referenceRow, 1), CaseStudyGnss::kValueRole).toDouble(), 0.0);
    QCOMPARE(table->data(table->index(referenceRow, 4), CaseStudyGnss::kValueRole).toDouble(), 0.0);
    const auto& comparison = tab.gnss()->comparison();
    QVERIFY(comparison.has_value());
    QCOMPARE(comparison->table.reference, std::string("SELL"));
    for (int r = 0; r < table->rowCount(); ++r) {
        const double residual = table->data(table->index(r, 4), CaseStudyGnss::kValueRole).toDouble();
        const double insar = table->data(table->index(r, 3), CaseStudyGnss::kValueRole).toDouble();
        const double gnss = table->data(table->index(r, 1), CaseStudyGnss::kValueRole).toDouble();
        if (std::isfinite(residual))
            INSAR_FUZZY_COMPARE(residual, insar - gnss, 1e-9, 1e-6);
    }
    const QAbstractItemModel* summary = tab.gnssSummary();
    QCOMPARE(summary->rowCount(), 2);
    const double l2 = summary->data(summary->index(0, 2), CaseStudyGnss::kValueRole).toDouble();
    QVERIFY(std::isfinite(l2) && l2 >= 0.0);
    INSAR_FUZZY_COMPARE(l2, comparison->stats[0].l2, 1e-12, 0.0);
    // The scatter: one graph per method and the 1:1 line; stations marked on the maps.
    QCOMPARE(tab.gnss()->scatter()->graphCount(), 3);
    QVERIFY(tab.maps()->stationMarkerCount(0) >= 1);

    // Another reference station changes the table.
    const QString other =
        QString::fromStdString(tab.gnss()->stations().front().name) == QStringLiteral("SELL")
            ? QString::fromStdString(tab.gnss()->stations().back().name)
            : QString::fromStdString(tab.gnss()->stations().front().name);
    tab.setReferenceStation(other);
    QCOMPARE(tab.gnss()->comparison()->table.reference, other.toStdString());
}

void TstCaseStudyTab::badStackListGivesAnErrorNotACrash()
{
    const auto bad = m_dir.file("ifgs_bad.csv");
    std::ofstream(bad) << "date1,date2,file\n20200101,notadate,missing.tif\n";
    CaseStudyTab tab;
    QSignalSpy failed(&tab, &CaseStudyTab::errorOccurred);
    QSignalSpy loaded(&tab, &CaseStudyTab::stackLoaded);
    tab.loadStack(StackSource::InterferogramCsv, {qs(bad)});
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 60000);
    QCOMPARE(loaded.count(), 0);
    QVERIFY(!tab.stack());
    QVERIFY2(failed.first().at(0).toString().contains(QStringLiteral("ifgs_bad.csv")),
             qPrintable(failed.first().at(0).toString()));
    QVERIFY(tab.statusText().contains(QStringLiteral("ifgs_bad.csv")));
    auto* box = tab.findChild<QMessageBox*>(QStringLiteral("caseStudyErrorBox"));
    QVERIFY(box);
    box->close();
    QVERIFY(!tab.findChild<QPushButton*>(QStringLiteral("runButton"))->isEnabled());

    // A list whose file is missing fails too, naming it.
    const auto missing = m_dir.file("ifgs_missing.csv");
    std::ofstream(missing) << "20200101,20200113,nowhere.tif\n20200113,20200125,nowhere2.tif\n";
    tab.setErrorDialogsEnabled(false);
    failed.clear();
    tab.loadStack(StackSource::InterferogramCsv, {qs(missing)});
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 60000);
    QVERIFY2(failed.first().at(0).toString().contains(QStringLiteral("nowhere")),
             qPrintable(failed.first().at(0).toString()));
    QVERIFY(!tab.stack());
}

void TstCaseStudyTab::missingStationsFileIsReported()
{
    CaseStudyTab tab;
    tab.setErrorDialogsEnabled(false);
    QSignalSpy failed(&tab, &CaseStudyTab::errorOccurred);
    QVERIFY(!tab.loadStations(qs(m_dir.file("no_such_stations.csv"))));
    QCOMPARE(failed.count(), 1);
    QVERIFY(tab.gnss()->stations().empty());
    const auto bad = m_dir.file("stations_bad.csv");
    std::ofstream(bad) << "name,lon,lat,los_mm\nAQUI,13.35,42.37,abc\n";
    QVERIFY(!tab.loadStations(qs(bad)));
    QVERIFY(tab.statusText().contains(QStringLiteral("stations_bad.csv")));
}

void TstCaseStudyTab::loadsAFolderOfInterferograms()
{
    QVERIFY(m_ontake && m_ontake->scenario());
    const QString folder = m_ontake->scenario()->folder + QStringLiteral("/interferograms");
    CaseStudyTab tab;
    tab.setErrorDialogsEnabled(false);
    QSignalSpy loaded(&tab, &CaseStudyTab::stackLoaded);
    QSignalSpy failed(&tab, &CaseStudyTab::errorOccurred);
    tab.loadStack(StackSource::InterferogramFiles, {folder});
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() || !failed.isEmpty(), 60000);
    QVERIFY2(failed.isEmpty(), qPrintable(tab.lastError()));
    QVERIFY(!tab.scenario()); // a user's stack: no truth
    QCOMPARE(tab.stack()->maps.size(), m_ontake->stack()->maps.size());
    QVERIFY(loaded.first().at(0).toString().contains(QStringLiteral("15 date")));
    // Deramp needs nothing else; the default pixel (the centre) is shown without a truth.
    tab.setMethods({QStringLiteral("deramp")});
    QVERIFY2(runAndWait(tab), qPrintable(tab.lastError()));
    QCOMPARE(tab.points()->pixel(), std::optional<QPoint>(QPoint(24, 24)));
    QCOMPARE(tab.pointTable()->rowCount(), 1);
    QVERIFY(std::isnan(cellValue(tab.pointTable(), 0, CaseStudyPoints::TruthColumn)));
    // The same files and method give the same velocities as through the scenario's CSV.
    const auto& mine = tab.result()->methods.front().velocity;
    const auto& theirs = m_ontake->result()->methods[1].velocity;
    INSAR_FUZZY_COMPARE(mine.at(24, 24), theirs.at(24, 24), 1e-5, 1e-5);
}

void TstCaseStudyTab::closingWhileAJobRunsIsSafe()
{
    auto tab = std::make_unique<CaseStudyTab>();
    tab->setErrorDialogsEnabled(false);
    tab->openScenario(QStringLiteral("ontake"), 48, 11);
    QVERIFY(tab->isBusy());
    tab.reset(); // cancels the job; its result is dropped
    QVERIFY(QThreadPool::globalInstance()->waitForDone(kLongWaitMs));
}

QTEST_MAIN(TstCaseStudyTab)
#include "tst_case_study_tab.moc"
