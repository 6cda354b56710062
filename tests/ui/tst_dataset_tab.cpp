// Dataset tab: live preview of the six components with shared colour limits per row, Generate
// into a folder (success, refused output folder, cancel), and remembered form values.
#include "tabs/dataset_tab.h"
#include "jobs/job_progress_widget.h"
#include "test_support.h"
#include "widgets/raster_view.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

#include <nlohmann/json.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <set>

using insar::ui::DatasetTab;
using insar::ui::JobStatus;
using insar::ui::RasterView;

namespace {

template <typename T>
T* child(QWidget& w, const char* name)
{
    T* c = w.findChild<T*>(QLatin1String(name));
    if (!c)
        qFatal("no child widget named %s", name);
    return c;
}

/// A tiny, fast configuration: 32×32 samples.
void makeTiny(DatasetTab& tab)
{
    child<QSpinBox>(tab, "sampleSize")->setValue(32);
    child<QSpinBox>(tab, "samplesPerShard")->setValue(2);
    child<QSpinBox>(tab, "threads")->setValue(1);
}

double maxAbs(const insar::Raster& r)
{
    double m = 0.0;
    for (float v : r.values())
        if (std::isfinite(v))
            m = std::max(m, double(std::abs(v)));
    return m;
}

} // namespace

class TstDatasetTab : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void previewShowsSixComponents();
    void previewFollowsParameters();
    void invalidParametersAreReported();
    void generateWritesDataset();
    void generateRefusesNonEmptyFolder();
    void generateCanBeCancelled();
    void formRemembersValues();
};

void TstDatasetTab::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("InSARDenoiserTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_dataset_tab"));
}

void TstDatasetTab::init()
{
    QSettings().clear();
}

void TstDatasetTab::previewShowsSixComponents()
{
    DatasetTab tab;
    tab.resize(1200, 800);
    tab.show();
    QSignalSpy spy(&tab, &DatasetTab::previewUpdated);
    makeTiny(tab);
    QTRY_VERIFY_WITH_TIMEOUT(spy.count() > 0 && !tab.isPreviewBusy(), 30000);

    for (int p = 0; p < DatasetTab::PanelCount; ++p) {
        RasterView* view = tab.previewView(DatasetTab::Panel(p));
        QVERIFY2(view->hasRaster(), qPrintable(QStringLiteral("panel %1 is empty").arg(p)));
        QCOMPARE(view->raster()->width(), 32);
        QCOMPARE(view->raster()->height(), 32);
        QCOMPARE(view->raster()->metadata.units, insar::Units::Millimetres);
    }
    // Row 1 (a, e, f) and row 2 (b, c, d) each use one colour scale that covers all their data.
    const auto ref = tab.previewView(DatasetTab::Reference)->limits();
    QCOMPARE(tab.previewView(DatasetTab::Residual)->limits(), ref);
    QCOMPARE(tab.previewView(DatasetTab::Input)->limits(), ref);
    const auto noise = tab.previewView(DatasetTab::Turbulent)->limits();
    QCOMPARE(tab.previewView(DatasetTab::Stratified)->limits(), noise);
    QCOMPARE(tab.previewView(DatasetTab::Ramp)->limits(), noise);
    for (auto panel : {DatasetTab::Reference, DatasetTab::Residual, DatasetTab::Input}) {
        const double m = maxAbs(*tab.previewView(panel)->raster());
        QVERIFY(ref.upper >= m * (1 - 1e-6));
        QVERIFY(ref.lower <= -m * (1 - 1e-6));
    }
    // (e) is the sum of the three noise panels.
    const insar::Raster& e = *tab.previewView(DatasetTab::Residual)->raster();
    const insar::Raster& y = *tab.previewView(DatasetTab::Input)->raster();
    const insar::Raster& b = *tab.previewView(DatasetTab::Turbulent)->raster();
    const insar::Raster& c = *tab.previewView(DatasetTab::Stratified)->raster();
    const insar::Raster& d = *tab.previewView(DatasetTab::Ramp)->raster();
    const double scale = std::max(1.0, maxAbs(y));
    for (int i = 0; i < 32 * 32; i += 37)
        QVERIFY(std::abs(e.data()[i] - (b.data()[i] + c.data()[i] + d.data()[i])) < 1e-4 * scale);
    QVERIFY(tab.previewInfoText().contains(QStringLiteral("SNR")));
    QVERIFY(tab.previewInfoText().contains(QStringLiteral("w = ")));
    // For documentation and visual review: INSAR_SCREENSHOT_DIR=/some/dir saves the tab.
    if (const QString dir = qEnvironmentVariable("INSAR_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(tab.grab().save(dir + QStringLiteral("/dataset_tab.png")));
}

void TstDatasetTab::previewFollowsParameters()
{
    DatasetTab tab;
    QSignalSpy spy(&tab, &DatasetTab::previewUpdated);
    makeTiny(tab);
    QTRY_VERIFY_WITH_TIMEOUT(spy.count() > 0 && !tab.isPreviewBusy(), 30000);
    const std::vector<float> first = tab.previewView(DatasetTab::Input)->raster()->values();

    // Another preview index is another sample seed: the input must change, after the debounce.
    spy.clear();
    child<QSpinBox>(tab, "previewIndex")->setValue(1);
    QVERIFY(tab.isPreviewBusy());
    QTRY_VERIFY_WITH_TIMEOUT(spy.count() > 0 && !tab.isPreviewBusy(), 30000);
    QVERIFY(tab.previewView(DatasetTab::Input)->raster()->values() != first);

    // Back to index 0 gives exactly the first sample again (explicit seeds).
    spy.clear();
    child<QSpinBox>(tab, "previewIndex")->setValue(0);
    QTRY_VERIFY_WITH_TIMEOUT(spy.count() > 0 && !tab.isPreviewBusy(), 30000);
    QVERIFY(tab.previewView(DatasetTab::Input)->raster()->values() == first);

    // A different size regenerates at the new size.
    spy.clear();
    child<QSpinBox>(tab, "sampleSize")->setValue(48);
    QTRY_VERIFY_WITH_TIMEOUT(spy.count() > 0 && !tab.isPreviewBusy(), 30000);
    QCOMPARE(tab.previewView(DatasetTab::Ramp)->raster()->width(), 48);
}

void TstDatasetTab::invalidParametersAreReported()
{
    DatasetTab tab;
    QSignalSpy spy(&tab, &DatasetTab::previewUpdated);
    makeTiny(tab);
    child<QDoubleSpinBox>(tab, "weightMin")->setValue(2.0);
    child<QDoubleSpinBox>(tab, "weightMax")->setValue(1.0);
    QTRY_VERIFY_WITH_TIMEOUT(spy.count() > 0 && !tab.isPreviewBusy(), 30000);
    QVERIFY2(tab.statusText().contains(QStringLiteral("weight"), Qt::CaseInsensitive),
             qPrintable(tab.statusText()));

    // Generate with the same bad values writes nothing.
    insar::test::TempDir tmp;
    const auto out = tmp.file("bad");
    child<QLineEdit>(tab, "outDir")->setText(QString::fromStdString(out.string()));
    tab.generate();
    QVERIFY(!tab.isGenerating());
    QVERIFY(!std::filesystem::exists(out));

    // No output folder: a message, no job.
    child<QDoubleSpinBox>(tab, "weightMin")->setValue(0.6);
    child<QLineEdit>(tab, "outDir")->clear();
    tab.generate();
    QVERIFY(!tab.isGenerating());
    QVERIFY(tab.statusText().contains(QStringLiteral("output folder")));
}

void TstDatasetTab::generateWritesDataset()
{
    DatasetTab tab;
    makeTiny(tab);
    insar::test::TempDir tmp;
    const auto out = tmp.file("ds");
    child<QSpinBox>(tab, "count")->setValue(4);
    child<QSpinBox>(tab, "seed")->setValue(7);
    child<QLineEdit>(tab, "outDir")->setText(QString::fromStdString(out.string()));
    QSignalSpy finished(&tab, &DatasetTab::generationFinished);

    QTest::mouseClick(child<QPushButton>(tab, "generateButton"), Qt::LeftButton);
    QVERIFY(tab.isGenerating());
    QVERIFY(!child<QPushButton>(tab, "generateButton")->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(finished.at(0).at(0).value<JobStatus>(), JobStatus::Succeeded);
    QVERIFY(!tab.isGenerating());
    QVERIFY(child<QPushButton>(tab, "generateButton")->isEnabled());
    QVERIFY(tab.statusText().contains(QStringLiteral("4 sample")));

    QProgressBar* bar = tab.generationProgress()->progressBar();
    QCOMPARE(bar->value(), bar->maximum());

    for (const char* name : {"dataset.json", "index.csv", "shard_00000_input.npy",
                             "shard_00000_reference.npy", "shard_00001_input.npy"})
        QVERIFY2(std::filesystem::exists(out / name), name);
    std::ifstream meta(out / "dataset.json");
    const auto j = nlohmann::json::parse(meta);
    QCOMPARE(j.at("count").get<int>(), 4);
    QCOMPARE(j.at("seed").get<int>(), 7);
    QCOMPARE(j.at("sampleSize").get<int>(), 32);
    QVERIFY(j.at("complete").get<bool>());
}

void TstDatasetTab::generateRefusesNonEmptyFolder()
{
    DatasetTab tab;
    makeTiny(tab);
    insar::test::TempDir tmp;
    { std::ofstream(tmp.file("keep.txt")) << "user data"; }
    child<QSpinBox>(tab, "count")->setValue(2);
    child<QLineEdit>(tab, "outDir")->setText(QString::fromStdString(tmp.path().string()));
    QSignalSpy finished(&tab, &DatasetTab::generationFinished);
    tab.generate();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(finished.at(0).at(0).value<JobStatus>(), JobStatus::Failed);
    QVERIFY(tab.statusText().startsWith(QStringLiteral("Generation failed")));
    QVERIFY(std::filesystem::exists(tmp.file("keep.txt")));
    QVERIFY(!std::filesystem::exists(tmp.file("dataset.json")));
}

void TstDatasetTab::generateCanBeCancelled()
{
    DatasetTab tab;
    makeTiny(tab);
    insar::test::TempDir tmp;
    const auto out = tmp.file("cancelled");
    // Far more samples than can be written before the cancel arrives.
    child<QSpinBox>(tab, "count")->setValue(1'000'000);
    child<QSpinBox>(tab, "samplesPerShard")->setValue(50);
    child<QLineEdit>(tab, "outDir")->setText(QString::fromStdString(out.string()));
    QSignalSpy finished(&tab, &DatasetTab::generationFinished);
    tab.generate();
    QVERIFY(tab.isGenerating());
    QTest::qWait(200);
    QTest::mouseClick(tab.generationProgress()->cancelButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(finished.at(0).at(0).value<JobStatus>(), JobStatus::Cancelled);
    QVERIFY(tab.statusText().startsWith(QStringLiteral("Cancelled")));

    // No partial shard: every .npy on disk belongs to a shard listed as complete in dataset.json.
    std::set<std::string> listed;
    if (std::filesystem::exists(out / "dataset.json")) {
        std::ifstream meta(out / "dataset.json");
        const auto j = nlohmann::json::parse(meta);
        QVERIFY(!j.at("complete").get<bool>());
        for (const auto& s : j.at("shards"))
            listed.insert(s.at("name").get<std::string>());
    }
    if (std::filesystem::exists(out)) {
        for (const auto& entry : std::filesystem::directory_iterator(out)) {
            const std::string name = entry.path().filename().string();
            if (name == "dataset.json" || name == "index.csv")
                continue;
            QVERIFY2(entry.path().extension() == ".npy", name.c_str());
            QVERIFY2(listed.count(name.substr(0, std::string("shard_00000").size())) == 1, name.c_str());
        }
    }
}

void TstDatasetTab::formRemembersValues()
{
    {
        DatasetTab tab;
        child<QSpinBox>(tab, "seed")->setValue(4242);
        child<QComboBox>(tab, "regionPreset")->setCurrentIndex(3);   // custom
        child<QDoubleSpinBox>(tab, "lonMin")->setValue(10.5);
        child<QComboBox>(tab, "sensor")->setCurrentIndex(2);         // Sentinel-1
        child<QLineEdit>(tab, "outDir")->setText(QStringLiteral("/tmp/somewhere"));
    }
    DatasetTab again;
    QCOMPARE(child<QSpinBox>(again, "seed")->value(), 4242);
    QCOMPARE(child<QComboBox>(again, "regionPreset")->currentData().toString(), QStringLiteral("custom"));
    QCOMPARE(child<QDoubleSpinBox>(again, "lonMin")->value(), 10.5);
    QVERIFY(child<QDoubleSpinBox>(again, "lonMin")->isEnabled());
    QCOMPARE(child<QComboBox>(again, "sensor")->currentData().toString(), QStringLiteral("sentinel1"));
    QCOMPARE(child<QLineEdit>(again, "outDir")->text(), QStringLiteral("/tmp/somewhere"));
    const auto config = again.config();
    QCOMPARE(config.region.lonMinDeg, 10.5);
    QCOMPARE(config.regionPreset, insar::synthesis::RegionPreset::Custom);
    QCOMPARE(config.sensor, insar::Sensor::Sentinel1);
}

QTEST_MAIN(TstDatasetTab)
#include "tst_dataset_tab.moc"
