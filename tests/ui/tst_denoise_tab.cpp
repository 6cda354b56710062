// Denoise tab, the corrections workbench: files queued by a drop are read and corrected in the
// background (deramp and the shipped CNN), compared in the table and shown in three linked panels;
// a bad file fails with its reason and the queue goes on; cancel; the shared colour scale, the
// profile tool, saving GeoTIFFs and the PNG, unknown units, and the errors on the way.
#include "io/raster_reader.h"
#include "io/raster_writer.h"
#include "jobs/job_progress_widget.h"
#include "common/progress.h"
#include "nn/model_file.h"
#include "nn/trainer.h"
#include "tabs/correction_table.h"
#include "tabs/denoise_method_box.h"
#include "tabs/denoise_panels.h"
#include "tabs/denoise_queue.h"
#include "tabs/denoise_tab.h"
#include "test_support.h"
#include "widgets/raster_view.h"

#include <QApplication>
#include <QCheckBox>
#include <QImage>
#include <QLineEdit>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

#include <qcustomplot.h>

#include <climits>
#include <cmath>
#include <iterator>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>

using namespace insar;
using namespace insar::ui;

namespace {

QString qs(const std::filesystem::path& p)
{
    return QString::fromStdString(p.string());
}

/// A w × h map: a deformation bowl, a ramp, speckle and two no-data pixels; geographic.
Raster makeMap(int w, int h, unsigned seed, Units units, double scale)
{
    Raster r(w, h);
    std::mt19937 rng(seed);
    std::normal_distribution<float> n(0.0f, 0.3f);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const float d2 = float((x - w / 2) * (x - w / 2) + (y - h / 2) * (y - h / 2));
            r.at(y, x) = float(scale) * (-6.0f * std::exp(-d2 / 150.0f) + 0.08f * x - 0.05f * y + n(rng));
        }
    r.setNoData(3, 4);
    r.setNoData(h - 10, w - 10);
    r.metadata.units = units;
    if (units == Units::Radians)
        r.metadata.wavelengthM = 0.2424;
    r.geoTransform.c = {137.0, 0.001, 0.0, 36.0, 0.0, -0.001};
    r.geoTransform.valid = true;
    return r;
}

/// A real model trained for two steps on tiny synthetic maps (tests/core/nn/tst_nn_dem_input.cpp):
/// phase only (inChannels 1) or phase and DEM (2). Returns <dir>/model.model.
std::filesystem::path trainTinyModel(const std::filesystem::path& dir, int inChannels)
{
    nn::TrainConfig c;
    c.network.depth = 3;
    c.network.channels = 4;
    c.network.inChannels = inChannels;
    c.trainData.sampleSize = 32;
    c.cropSize = 16;
    c.cropsPerSample = 2;
    c.batchSize = 4;
    c.stepsPerEpoch = 2;
    c.epochs = 1;
    c.validationSamples = 2;
    c.threads = 1;
    c.dataThreads = 1;
    c.prefetchBatches = 2;
    c.galleryCount = 0;
    c.seed = 5;
    c.device = nn::DeviceKind::Cpu;
    NullProgress go;
    nn::Trainer(c, dir).run(go);
    return dir / "model.model";
}

std::filesystem::path writeMap(const std::filesystem::path& path, const Raster& r)
{
    io::writeGeoTiff(r, path);
    return path;
}

const QueueEntry* entryFor(const DenoiseTab& tab, const std::filesystem::path& file)
{
    for (const QueueEntry& e : tab.queue()->entries()) {
        if (e.path == qs(file))
            return &e;
    }
    return nullptr;
}

void dropOn(QWidget* target, const QList<QUrl>& urls)
{
    QMimeData mime;
    mime.setUrls(urls);
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
}

} // namespace

class TstDenoiseTab : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void usesTheShippedModelByDefault();
    void droppedFilesAreCorrectedAndCompared();
    void badFileFailsAndTheQueueGoesOn();
    void cancelStopsTheCurrentFileOnly();
    void clearQueueDropsWaitingFiles();
    void panelsShareOneSymmetricScale();
    void panelsAreEqualInSize();
    void profileHasThreeCurvesAlongTheLine();
    void correctsAndSavesResultAndRemovedNoise();
    void savesThePanelsAsPng();
    void exportsAReportOfTheCorrections();
    void unknownUnitsAreAskedFor();
    void badModelIsReported();
    void unwritableOutputIsReported();
    void closingWhileJobsRunIsSafe();
    void demChooserFollowsTheModel();
    void demAwareModelCorrectsWithTheDem();

private:
    void openAndWait(DenoiseTab& tab, const std::filesystem::path& file);
    void correctAndWait(DenoiseTab& tab);
    test::TempDir m_dir;
    std::filesystem::path m_radians;    // 70 × 50, radians
    std::filesystem::path m_first;      // 64 × 64, metres
    std::filesystem::path m_second;     // 64 × 64, metres
    std::filesystem::path m_phaseModel; // tiny trained models: phase only,
    std::filesystem::path m_demModel;   // and phase + DEM
};

void TstDenoiseTab::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("InSARDenoiserTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_denoise_tab"));
    m_radians =
        writeMap(m_dir.file("20200101_20200113.geo.unw.tif"), makeMap(70, 50, 3, Units::Radians, 1.0));
    m_first = writeMap(m_dir.file("first.tif"), makeMap(64, 64, 5, Units::Metres, 0.01));
    m_second = writeMap(m_dir.file("second.tif"), makeMap(64, 64, 6, Units::Metres, 0.02));
    m_phaseModel = trainTinyModel(m_dir.file("phase-run"), 1);
    m_demModel = trainTinyModel(m_dir.file("dem-run"), 2);
}

void TstDenoiseTab::init()
{
    QSettings().clear();
}

void TstDenoiseTab::openAndWait(DenoiseTab& tab, const std::filesystem::path& file)
{
    QSignalSpy loaded(&tab, &DenoiseTab::fileLoaded);
    tab.openFile(qs(file));
    QVERIFY(loaded.wait(30000));
}

void TstDenoiseTab::correctAndWait(DenoiseTab& tab)
{
    QSignalSpy done(&tab, &DenoiseTab::fileCorrected);
    tab.correctCurrent();
    QVERIFY(tab.isBusy());
    QVERIFY(done.wait(60000));
}

void TstDenoiseTab::usesTheShippedModelByDefault()
{
    DenoiseTab tab;
    QCOMPARE(tab.methodBox()->modelPath(), qs(nn::defaultModelPath()));
    QVERIFY(QFileInfo::exists(tab.methodBox()->modelPath()));
    QCOMPARE(tab.methodBox()->methods().size(), 1); // the CNN alone by default
    QCOMPARE(tab.methodBox()->methods().first().spec, std::string("cnn"));
    auto* correct = tab.findChild<QPushButton*>(QStringLiteral("correctButton"));
    QVERIFY(correct);
    QVERIFY(!correct->isEnabled()); // nothing open yet
    openAndWait(tab, m_radians);
    QVERIFY(correct->isEnabled());
    QVERIFY(!tab.outputView()->hasRaster()); // opening alone corrects nothing
    QVERIFY(!tab.findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled());
}

void TstDenoiseTab::droppedFilesAreCorrectedAndCompared()
{
    DenoiseTab tab;
    tab.setErrorDialogsEnabled(false);
    tab.methodBox()->setMethodChecked(QStringLiteral("cnn"), true);
    tab.methodBox()->setMethodChecked(QStringLiteral("deramp"), true);
    tab.methodBox()->setDerampKind(QStringLiteral("bilinear"));
    QSignalSpy corrected(&tab, &DenoiseTab::fileCorrected);
    QSignalSpy finished(&tab, &DenoiseTab::queueFinished);
    QSignalSpy failed(&tab, &DenoiseTab::errorOccurred);
    dropOn(&tab, {QUrl::fromLocalFile(qs(m_first)), QUrl::fromLocalFile(qs(m_second))});
    QCOMPARE(tab.queue()->list()->count(), 2);
    QVERIFY(tab.isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 120000);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(corrected.count(), 2);

    for (const auto& file : {m_first, m_second}) {
        const QueueEntry* e = entryFor(tab, file);
        QVERIFY(e);
        QVERIFY2(e->state == QueueEntry::State::Done,
                 qPrintable(QStringLiteral("%1: state %2, %3")
                                .arg(e->path, DenoiseQueue::stateText(e->state), e->message)));
        QCOMPARE(e->results.size(), 2);
        QCOMPARE(e->results[0].spec, std::string("cnn"));
        QCOMPARE(e->results[1].spec, std::string("deramp:bilinear"));
        for (const MethodOutcome& m : e->results) {
            QVERIFY2(m.result, qPrintable(m.error));
            QVERIFY(std::isfinite(m.result->reduction));
            QVERIFY(m.result->stdAfter < m.result->stdBefore); // both remove the ramp at least
            QCOMPARE(m.result->corrected.width(), 64);
        }
        QVERIFY(tab.queue()->list()->findItems(QFileInfo(qs(file)).fileName(), Qt::MatchStartsWith).size() ==
                1);
    }

    // The first file is shown; its two methods are in the table with finite reductions.
    QCOMPARE(tab.currentFile(), qs(m_first));
    CorrectionTable* table = tab.comparisonTable();
    QCOMPARE(table->rowCount(), 2);
    for (const CorrectionRow& row : table->rows()) {
        QVERIFY(row.error.isEmpty());
        QVERIFY(std::isfinite(row.reduction));
        QVERIFY(table->item(0, CorrectionTable::Reduction)->text().endsWith(QLatin1String("%")));
    }
    QCOMPARE(tab.outputView()->raster().get(), &entryFor(tab, m_first)->results[0].result->corrected);

    // Selecting the deramp row shows it; selecting the second file shows its results.
    table->selectMethodRow(1);
    QCOMPARE(tab.currentMethod()->spec, std::string("deramp:bilinear"));
    QCOMPARE(tab.outputView()->raster().get(), &entryFor(tab, m_first)->results[1].result->corrected);
    QCOMPARE(tab.removedView()->raster().get(), &entryFor(tab, m_first)->results[1].result->removed);
    tab.queue()->select(entryFor(tab, m_second)->id);
    QCOMPARE(tab.currentFile(), qs(m_second));
    QCOMPARE(tab.inputRaster()->at(10, 10), io::readRaster(m_second).at(10, 10));
    QCOMPARE(table->rows().size(), 2);
    QCOMPARE(tab.outputView()->raster().get(), &entryFor(tab, m_second)->results[0].result->corrected);
}

void TstDenoiseTab::badFileFailsAndTheQueueGoesOn()
{
    DenoiseTab tab;
    tab.setErrorDialogsEnabled(false);
    tab.methodBox()->setMethodChecked(QStringLiteral("cnn"), false);
    tab.methodBox()->setMethodChecked(QStringLiteral("deramp"), true);
    const auto bad = m_dir.file("not_a_raster.tif");
    std::ofstream(bad) << "just some text\n";
    QSignalSpy failed(&tab, &DenoiseTab::errorOccurred);
    QSignalSpy finished(&tab, &DenoiseTab::queueFinished);
    tab.addFiles({qs(bad), qs(m_first)});
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).toString(), qs(bad));
    const QueueEntry* badEntry = entryFor(tab, bad);
    QCOMPARE(badEntry->state, QueueEntry::State::Failed);
    QVERIFY2(badEntry->message.contains(QStringLiteral("not_a_raster.tif")), qPrintable(badEntry->message));
    // The reason is in the list, and the next file was still corrected.
    QVERIFY(tab.queue()->list()->item(0)->text().contains(QStringLiteral("failed")));
    QCOMPARE(entryFor(tab, m_first)->state, QueueEntry::State::Done);
    QVERIFY(entryFor(tab, m_first)->results.first().result);
    QVERIFY(!tab.findChild<QMessageBox*>());
}

void TstDenoiseTab::cancelStopsTheCurrentFileOnly()
{
    // A map large enough that the CNN is still running when paused; pausing first makes the
    // cancel land before the worker can finish, whatever the machine's speed.
    const auto big = writeMap(m_dir.file("big.tif"), makeMap(400, 400, 9, Units::Metres, 0.01));
    DenoiseTab tab;
    tab.setErrorDialogsEnabled(false);
    tab.methodBox()->setMethodChecked(QStringLiteral("cnn"), true);
    QSignalSpy finished(&tab, &DenoiseTab::queueFinished);
    tab.addFiles({qs(big), qs(m_first)});
    QTRY_VERIFY_WITH_TIMEOUT(entryFor(tab, big)->state == QueueEntry::State::Correcting, 30000);
    QTRY_VERIFY(tab.progressWidget()->job() && tab.progressWidget()->job()->fraction() > 0.0);
    tab.progressWidget()->job()->setPaused(true);
    tab.findChild<QPushButton*>(QStringLiteral("cancelCurrentButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    QCOMPARE(entryFor(tab, big)->state, QueueEntry::State::Cancelled);
    QVERIFY(entryFor(tab, big)->results.isEmpty());
    QCOMPARE(entryFor(tab, m_first)->state, QueueEntry::State::Done);
}

void TstDenoiseTab::clearQueueDropsWaitingFiles()
{
    DenoiseTab tab;
    tab.setErrorDialogsEnabled(false);
    tab.methodBox()->setMethodChecked(QStringLiteral("cnn"), false);
    tab.methodBox()->setMethodChecked(QStringLiteral("deramp"), true);
    QSignalSpy finished(&tab, &DenoiseTab::queueFinished);
    tab.addFiles({qs(m_first), qs(m_second), qs(m_radians)});
    QCOMPARE(tab.queue()->list()->count(), 3);
    tab.queue()->clearQueue(); // the first runs; the two waiting go
    QCOMPARE(tab.queue()->list()->count(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!tab.isBusy(), 60000);
    QCOMPARE(entryFor(tab, m_first)->state, QueueEntry::State::Done);
    QVERIFY(!entryFor(tab, m_second));
}

void TstDenoiseTab::panelsShareOneSymmetricScale()
{
    DenoiseTab tab;
    tab.setErrorDialogsEnabled(false);
    tab.methodBox()->setMethodChecked(QStringLiteral("cnn"), false);
    tab.methodBox()->setMethodChecked(QStringLiteral("deramp"), true);
    openAndWait(tab, m_first);
    correctAndWait(tab);
    const QList<RasterView*> views = {tab.inputView(), tab.outputView(), tab.removedView()};
    for (RasterView* v : views)
        QVERIFY(v->hasRaster());
    // Auto: the largest |value| over the three maps, the same symmetric limits everywhere.
    const double expected =
        SymmetricScaleControl::autoLimit({tab.inputView()->raster().get(), tab.outputView()->raster().get(),
                                          tab.removedView()->raster().get()});
    QVERIFY(expected > 0);
    for (RasterView* v : views)
        QCOMPARE(v->limits(), (ValueRange{-expected, expected}));
    // A typed limit applies to all panels.
    tab.panels()->scaleControl()->setLimit(0.0125);
    QVERIFY(!tab.panels()->scaleControl()->isAuto());
    for (RasterView* v : views)
        QCOMPARE(v->limits(), (ValueRange{-0.0125, 0.0125}));
    tab.panels()->scaleControl()->setAuto(true);
    QCOMPARE(tab.outputView()->limits(), (ValueRange{-expected, expected}));
    // Zoom and pan follow.
    tab.resize(1200, 800);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    tab.inputView()->setVisiblePixelRect(QRectF(10, 12, 20, 20));
    QCOMPARE(tab.removedView()->visiblePixelRect().center(), tab.inputView()->visiblePixelRect().center());
    // The reference point is marked on every panel, the read-out gives all three values.
    const auto ref = tab.currentMethod()->result->reference;
    for (RasterView* v : views)
        QCOMPARE(v->marker(), std::optional<QPoint>(QPoint(ref.col, ref.row)));
    const QString readout = tab.panels()->readoutText(20, 30);
    QVERIFY2(readout.contains(QStringLiteral("before")) && readout.contains(QStringLiteral("after")) &&
                 readout.contains(QStringLiteral("removed")),
             qPrintable(readout));
    QVERIFY(readout.contains(QString::number(tab.removedView()->raster()->at(20, 30), 'g', 5)));
}

void TstDenoiseTab::panelsAreEqualInSize()
{
    // Linked zoom shows the same area only in panels of the same shape: the three panels, and the
    // plots inside them, are equal on first show and after a resize, whatever their titles.
    const auto expectEqual = [](const QList<RasterView*>& views, const char* where) {
        int minW = INT_MAX, maxW = 0, minH = INT_MAX, maxH = 0, minPlot = INT_MAX, maxPlot = INT_MIN;
        QStringList sizes;
        for (RasterView* v : views) {
            minW = std::min(minW, v->width());
            maxW = std::max(maxW, v->width());
            minH = std::min(minH, v->height());
            maxH = std::max(maxH, v->height());
            v->plot()->replot(); // lays the plot out now
            const int plotWidth = v->plot()->axisRect()->rect().width();
            minPlot = std::min(minPlot, plotWidth);
            maxPlot = std::max(maxPlot, plotWidth);
            sizes << QStringLiteral("%1x%2 (plot %3)").arg(v->width()).arg(v->height()).arg(plotWidth);
        }
        const QString message =
            QStringLiteral("%1: %2").arg(QLatin1String(where), sizes.join(QStringLiteral(", ")));
        qInfo().noquote() << message;
        QVERIFY2(minW > 100, qPrintable(message));
        QVERIFY2(maxW - minW <= 2, qPrintable(message));
        QVERIFY2(maxH == minH, qPrintable(message));
        QVERIFY2(maxPlot - minPlot <= 2, qPrintable(message));
    };

    DenoiseTab tab;
    tab.setErrorDialogsEnabled(false);
    tab.methodBox()->setMethodChecked(QStringLiteral("cnn"), false);
    tab.methodBox()->setMethodChecked(QStringLiteral("deramp"), true);
    tab.resize(1200, 600);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    openAndWait(tab, m_radians);
    correctAndWait(tab);
    const QList<RasterView*> views = {tab.inputView(), tab.outputView(), tab.removedView()};
    for (RasterView* v : views)
        QVERIFY(v->hasRaster());
    QVERIFY(tab.outputView()->title().size() > tab.inputView()->title().size() + 8);
    expectEqual(views, "1200x600");
    tab.resize(900, 500);
    QTest::qWait(50);
    expectEqual(views, "900x500");

    // Straight to the panels: a long title on one, no units (an empty colour-bar label) on the
    // others; the same pixels visible on all three.
    DenoisePanels panels;
    panels.resize(1000, 450);
    panels.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panels));
    auto before = std::make_shared<const Raster>(makeMap(70, 50, 3, Units::Radians, 1.0));
    Raster afterMap = makeMap(70, 50, 4, Units::Unknown, 0.5);
    auto after = std::make_shared<const Raster>(std::move(afterMap));
    auto removed = std::make_shared<const Raster>(makeMap(70, 50, 5, Units::Unknown, 0.5));
    panels.showResult(before, after, removed, QPoint(10, 10),
                      QStringLiteral("After: a very long method name that is wider than its panel"));
    const QList<RasterView*> row = {panels.beforeView(), panels.afterView(), panels.removedView()};
    expectEqual(row, "panels 1000x450");
    panels.resize(760, 400);
    QTest::qWait(50);
    expectEqual(row, "panels 760x400");
    panels.beforeView()->setVisiblePixelRect(QRectF(10, 12, 20, 20));
    for (RasterView* v : row)
        QVERIFY(v->plot()->axisRect()->rect().width() > 50);
    const QRectF shown = panels.beforeView()->visiblePixelRect();
    for (RasterView* v : {panels.afterView(), panels.removedView()}) {
        const QRectF r = v->visiblePixelRect();
        QVERIFY2(std::abs(r.width() - shown.width()) < 0.05 * shown.width() &&
                     std::abs(r.height() - shown.height()) < 0.05 * shown.height(),
                 qPrintable(QStringLiteral("%1 x %2 vs %3 x %4")
                                .arg(r.width())
                                .arg(r.height())
                                .arg(shown.width())
                                .arg(shown.height())));
    }
}

void TstDenoiseTab::profileHasThreeCurvesAlongTheLine()
{
    DenoiseTab tab;
    tab.setErrorDialogsEnabled(false);
    tab.methodBox()->setMethodChecked(QStringLiteral("cnn"), false);
    tab.methodBox()->setMethodChecked(QStringLiteral("deramp"), true);
    openAndWait(tab, m_first);
    correctAndWait(tab);
    QSignalSpy drawn(tab.outputView(), &RasterView::profileLineDrawn);
    tab.panels()->setProfileLine(QPointF(0, 0), QPointF(30, 40)); // 50 pixels long
    ProfilePlot* plot = tab.panels()->profilePlot();
    QCOMPARE(plot->curveCount(), 3);
    const Raster* maps[] = {tab.inputView()->raster().get(), tab.outputView()->raster().get(),
                            tab.removedView()->raster().get()};
    for (int i = 0; i < 3; ++i) {
        const std::vector<double> values = plot->curveValues(i);
        QCOMPARE(values.size(), std::size_t(51));
        QCOMPARE(values.front(), double(maps[i]->at(0, 0)));
        QCOMPARE(values.back(), double(maps[i]->at(40, 30)));
        QCOMPARE(values[25], double(maps[i]->at(20, 15)));
    }
    for (RasterView* v : {tab.inputView(), tab.outputView(), tab.removedView()})
        QCOMPARE(v->profileLine(), std::optional<QLineF>(QLineF(0, 0, 30, 40)));
    // A no-data pixel on the line leaves a gap (NaN) in every curve.
    const std::vector<double> across = ProfilePlot::sampleLine(*maps[0], QPointF(0, 3), QPointF(10, 3));
    QCOMPARE(across.size(), std::size_t(11));
    QVERIFY(std::isnan(across[4]));
}

void TstDenoiseTab::correctsAndSavesResultAndRemovedNoise()
{
    DenoiseTab tab;
    tab.setErrorDialogsEnabled(false);
    openAndWait(tab, m_radians);
    QSignalSpy failed(&tab, &DenoiseTab::errorOccurred);
    tab.findChild<QPushButton*>(QStringLiteral("correctButton"))->click();
    QVERIFY(tab.isBusy());
    QSignalSpy done(&tab, &DenoiseTab::fileCorrected);
    QVERIFY(done.wait(60000));
    QCOMPARE(failed.count(), 0);

    const auto in = tab.inputRaster();
    const auto& result = *tab.currentMethod()->result;
    const Raster& out = result.corrected;
    QCOMPARE(out.width(), in->width());
    QCOMPARE(out.metadata.units, Units::Radians); // given back in the input's units
    double change = 0.0;
    for (std::size_t i = 0; i < in->size(); ++i) {
        QCOMPARE(std::isnan(out.data()[i]), std::isnan(in->data()[i])); // no-data kept
        if (!std::isnan(in->data()[i]))
            change = std::max(change, double(std::abs(out.data()[i] - in->data()[i])));
    }
    QVERIFY2(change > 1e-3, "the correction changed nothing");
    QVERIFY(
        tab.findChild<QLabel*>(QStringLiteral("resultLabel"))->text().contains(QStringLiteral("reduction")));

    // Save: the corrected map and the removed noise, both georeferenced, removed = in − out.
    QSignalSpy saved(&tab, &DenoiseTab::resultSaved);
    const auto target = m_dir.file("out/result.tif");
    std::filesystem::create_directories(target.parent_path());
    QVERIFY(tab.findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled());
    tab.saveResult(qs(target), true);
    QVERIFY(saved.wait(30000));
    const Raster back = io::readRaster(target);
    const Raster removed = io::readRaster(m_dir.file("out/result.residual.tif"));
    QVERIFY(back.geoTransform.valid);
    for (std::size_t i = 0; i < back.size(); ++i) {
        if (std::isnan(in->data()[i])) {
            QVERIFY(std::isnan(back.data()[i]) && std::isnan(removed.data()[i]));
            continue;
        }
        QCOMPARE(back.data()[i], out.data()[i]);
        INSAR_FUZZY_COMPARE(removed.data()[i], in->data()[i] - out.data()[i], 0.0, 1e-5);
    }
}

void TstDenoiseTab::exportsAReportOfTheCorrections()
{
    DenoiseTab tab;
    tab.setErrorDialogsEnabled(false);
    tab.methodBox()->setMethodChecked(QStringLiteral("cnn"), false);
    tab.methodBox()->setMethodChecked(QStringLiteral("deramp"), true);
    openAndWait(tab, m_first);
    QSignalSpy failed(&tab, &DenoiseTab::errorOccurred);
    correctAndWait(tab);
    QVERIFY(tab.findChild<QPushButton*>(QStringLiteral("exportReportButton"))->isEnabled());
    QSignalSpy exported(&tab, &DenoiseTab::reportExported);
    const auto html = m_dir.file("denoise_report.html");
    tab.exportReport(qs(html));
    QTRY_VERIFY_WITH_TIMEOUT(!exported.isEmpty() || !failed.isEmpty(), 60000);
    QVERIFY2(failed.isEmpty(), qPrintable(tab.lastError()));
    std::ifstream in(html);
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    // before / after / removed panels of the deramp result, embedded; the method named.
    std::size_t images = 0;
    for (std::size_t at = text.find("data:image/png;base64,"); at != std::string::npos;
         at = text.find("data:image/png;base64,", at + 1))
        ++images;
    QVERIFY2(images >= 1, "no embedded figure");
    QVERIFY(text.find("deramp") != std::string::npos);
    QVERIFY(text.find("http") == std::string::npos);
    // An existing report is refused and kept.
    tab.exportReport(qs(html));
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
    QCOMPARE(std::filesystem::file_size(html), text.size());
}

void TstDenoiseTab::savesThePanelsAsPng()
{
    DenoiseTab tab;
    tab.setErrorDialogsEnabled(false);
    tab.methodBox()->setMethodChecked(QStringLiteral("cnn"), false);
    tab.methodBox()->setMethodChecked(QStringLiteral("deramp"), true);
    tab.resize(1200, 700);
    tab.show();
    openAndWait(tab, m_first);
    correctAndWait(tab);
    QSignalSpy saved(&tab, &DenoiseTab::imageSaved);
    const auto png = m_dir.file("panels.png");
    tab.savePanelsImage(qs(png));
    QVERIFY(saved.wait(30000));
    const QImage image(qs(png));
    QVERIFY(!image.isNull());
    // The panels in colour (not a blank grab).
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));
    // Unwritable: an error naming the file, nothing left behind.
    QSignalSpy failed(&tab, &DenoiseTab::errorOccurred);
    tab.savePanelsImage(qs(m_dir.file("no/such/folder/panels.png")));
    QVERIFY(failed.wait(30000));
    QVERIFY(tab.lastError().contains(QStringLiteral("panels.png")));
}

void TstDenoiseTab::unknownUnitsAreAskedFor()
{
    Raster unknown = makeMap(64, 64, 7, Units::Metres, 0.01);
    unknown.metadata.units = Units::Unknown;
    const auto file = writeMap(m_dir.file("no_units.tif"), unknown);
    DenoiseTab tab;
    tab.setErrorDialogsEnabled(false); // no dialog: the file fails, saying what is missing
    QSignalSpy finished(&tab, &DenoiseTab::queueFinished);
    tab.addFiles({qs(file)});
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    QCOMPARE(entryFor(tab, file)->state, QueueEntry::State::Failed);
    QVERIFY2(entryFor(tab, file)->message.contains(QStringLiteral("unit")),
             qPrintable(entryFor(tab, file)->message));

    // The programmatic answer (what the dialog gives) lets it through, in those units.
    tab.setUnitsOverride(Units::Metres);
    QSignalSpy corrected(&tab, &DenoiseTab::fileCorrected);
    tab.queue()->select(entryFor(tab, file)->id);
    tab.correctCurrent();
    QVERIFY(corrected.wait(60000));
    const QueueEntry* e = entryFor(tab, file);
    QCOMPARE(e->state, QueueEntry::State::Done);
    QVERIFY2(e->results.first().result, qPrintable(e->results.first().error));
    QCOMPARE(e->results.first().result->corrected.metadata.units, Units::Metres);
}

void TstDenoiseTab::badModelIsReported()
{
    DenoiseTab tab;
    tab.setErrorDialogsEnabled(false);
    openAndWait(tab, m_radians);
    const auto bad = m_dir.file("broken.model");
    std::ofstream(bad) << "INSARDNN but not really a model";
    tab.methodBox()->setModelPath(qs(bad));
    QSignalSpy failed(&tab, &DenoiseTab::errorOccurred);
    tab.correctCurrent();
    QVERIFY(failed.wait(30000));
    QVERIFY2(tab.lastError().contains(QStringLiteral("broken.model")), qPrintable(tab.lastError()));
    QCOMPARE(tab.comparisonTable()->rowCount(), 1);
    QVERIFY(tab.comparisonTable()->rows().first().error.contains(QStringLiteral("broken.model")));
    QVERIFY(!tab.outputView()->hasRaster());
    QVERIFY(tab.findChild<QPushButton*>(QStringLiteral("correctButton"))->isEnabled()); // can retry
}

void TstDenoiseTab::unwritableOutputIsReported()
{
    DenoiseTab tab;
    tab.setErrorDialogsEnabled(false);
    tab.methodBox()->setMethodChecked(QStringLiteral("cnn"), false);
    tab.methodBox()->setMethodChecked(QStringLiteral("deramp"), true);
    openAndWait(tab, m_first);
    correctAndWait(tab);
    QSignalSpy failed(&tab, &DenoiseTab::errorOccurred);
    const auto target = m_dir.file("no/such/folder/out.tif");
    tab.saveResult(qs(target), true);
    QVERIFY(failed.wait(30000));
    QVERIFY(!tab.lastError().isEmpty());
    QVERIFY(!std::filesystem::exists(target));
}

void TstDenoiseTab::closingWhileJobsRunIsSafe()
{
    // Jobs are tracked by QPointer: a tab destroyed with a running job cancels it and nothing
    // touches the destroyed tab afterwards.
    {
        auto tab = std::make_unique<DenoiseTab>();
        tab->setErrorDialogsEnabled(false);
        openAndWait(*tab, m_radians);
        tab->correctCurrent();
        QVERIFY(tab->isBusy());
        QVERIFY(!tab->findChild<QPushButton*>(QStringLiteral("correctButton"))->isEnabled());
        tab.reset();
    }
    {
        auto tab = std::make_unique<DenoiseTab>();
        tab->addFiles({qs(m_first), qs(m_second)});
        QVERIFY(tab->isLoading());
        tab.reset();
    }
    QTest::qWait(500);
    DenoiseTab tab;
    tab.setErrorDialogsEnabled(false);
    openAndWait(tab, m_radians);
    correctAndWait(tab);
    QVERIFY(!tab.isBusy());
    QVERIFY(tab.findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled());
}

void TstDenoiseTab::demChooserFollowsTheModel()
{
    QVERIFY(nn::needsDem(nn::readModelInfo(m_demModel).network));
    QVERIFY(!nn::needsDem(nn::readModelInfo(m_phaseModel).network));
    DenoiseMethodBox box;
    auto* dem = box.findChild<QLineEdit*>(QStringLiteral("demPath"));
    auto* hint = box.findChild<QLabel*>(QStringLiteral("demHint"));
    QVERIFY(dem && hint);
    const auto shown = [&] { return dem->isVisibleTo(&box); };
    box.setMethodChecked(QStringLiteral("cnn"), true);

    // Phase-only model, CNN alone: no DEM chooser.
    box.setModelPath(qs(m_phaseModel));
    QVERIFY(!box.modelNeedsDem());
    QVERIFY(!shown());
    // Phase-elevation needs the DEM whatever the model.
    box.setMethodChecked(QStringLiteral("linear"), true);
    QVERIFY(shown());
    QVERIFY(!hint->isVisibleTo(&box));
    box.setMethodChecked(QStringLiteral("linear"), false);
    QVERIFY(!shown());

    // DEM-aware model: the chooser and the hint for CNN alone...
    box.setModelPath(qs(m_demModel));
    QVERIFY(box.modelNeedsDem());
    QVERIFY(shown());
    QVERIFY(hint->isVisibleTo(&box));
    QCOMPARE(hint->text(), QStringLiteral("This model needs a DEM"));
    // ... not when CNN is not used ...
    box.setMethodChecked(QStringLiteral("cnn"), false);
    QVERIFY(!shown());
    // ... and again for CNN in a chain.
    box.setChain(QStringLiteral("deramp:linear, cnn"));
    box.setMethodChecked(QStringLiteral("chain"), true);
    QVERIFY(shown());
    box.setChain(QStringLiteral("gacos,deramp"));
    QVERIFY(!shown());
    box.setChain(QStringLiteral("gacos,cnn"));
    QVERIFY(shown());

    // An unreadable model file leaves the chooser as it was.
    const auto bad = m_dir.file("unreadable.model");
    std::ofstream(bad) << "INSARDNN but not really a model";
    box.setModelPath(qs(bad));
    QVERIFY(box.modelNeedsDem());
    QVERIFY(shown());
    box.setModelPath(qs(m_phaseModel));
    QVERIFY(!shown());
}

void TstDenoiseTab::demAwareModelCorrectsWithTheDem()
{
    DenoiseTab tab;
    tab.setErrorDialogsEnabled(false);
    tab.methodBox()->setModelPath(qs(m_demModel));
    openAndWait(tab, m_first);

    // Without a DEM the model's need is reported, naming the DEM.
    QSignalSpy failed(&tab, &DenoiseTab::errorOccurred);
    tab.correctCurrent();
    QVERIFY(failed.wait(60000));
    QVERIFY2(tab.lastError().contains(QStringLiteral("DEM")), qPrintable(tab.lastError()));

    // With a DEM on the map's grid (any heights: the bowl of makeMap scaled to metres) it runs.
    Raster heights = makeMap(64, 64, 9, Units::Metres, 100.0);
    const auto demFile = writeMap(m_dir.file("dem.tif"), heights);
    tab.methodBox()->setDemPath(qs(demFile));
    correctAndWait(tab);
    QVERIFY(tab.outputView()->hasRaster());
}

QTEST_MAIN(TstDenoiseTab)
#include "tst_denoise_tab.moc"
