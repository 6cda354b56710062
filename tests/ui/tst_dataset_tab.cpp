// Dataset tab: live preview of the six components with shared colour limits per row, Generate
// into a folder (success, refused output folder, cancel), remembered form values, and a config
// given to the form coming back unchanged (every field, shown on the form or not).
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
#include <map>
#include <set>
#include <string>

using insar::synthesis::SynthesisConfig;
using insar::ui::DatasetTab;
using insar::ui::JobStatus;
using insar::ui::RasterView;

namespace {

template <typename T> T* child(QWidget& w, const char* name)
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

/// Gives every leaf of a config's JSON a value different from `json`'s, valid for
/// SynthesisConfig and exact on the form's spin boxes (two decimals at most, whole numbers for
/// values >= 2). Strings take the replacement in `strings`; a new string field fails until one
/// is added there.
bool changeEveryValue(nlohmann::json& json, const std::string& path, QString& failure)
{
    static const std::map<std::string, std::string> strings = {
        {"regionPreset", "custom"}, {"sensor", "custom"}, {"normalisation", "8bit"}};
    if (json.is_object()) {
        for (auto& [key, value] : json.items())
            if (!changeEveryValue(value, path.empty() ? key : path + "." + key, failure))
                return false;
        return true;
    }
    if (json.is_array()) { // ranges [min, max]: both move the same way, so min <= max holds
        for (std::size_t i = 0; i < json.size(); ++i)
            if (!changeEveryValue(json[i], path + "[" + std::to_string(i) + "]", failure))
                return false;
        return true;
    }
    if (json.is_boolean()) {
        json = !json.get<bool>();
    } else if (json.is_number_integer()) {
        json = json.get<long long>() + 1;
    } else if (json.is_number()) {
        const double v = json.get<double>();
        json = std::round(100.0 * (std::abs(v) < 2.0 ? v + 0.2 : v - 1.0)) / 100.0;
    } else if (json.is_string() && strings.count(path)) {
        json = strings.at(path);
    } else {
        failure = QStringLiteral("no changed value for '%1' (%2): add one to the test")
                      .arg(QString::fromStdString(path), QString::fromStdString(json.dump()));
        return false;
    }
    return true;
}

/// Equal JSON, numbers within a relative 1e-9 (the form scales some values, e.g. m <-> mm).
bool sameJson(const nlohmann::json& a, const nlohmann::json& b, const std::string& path, QString& failure)
{
    if (a.is_number() && b.is_number()) {
        const double x = a.get<double>();
        const double y = b.get<double>();
        if (std::abs(x - y) <= 1e-9 * std::max(1.0, std::abs(x)))
            return true;
    } else if (a.is_object() && b.is_object() && a.size() == b.size()) {
        for (auto& [key, value] : a.items())
            if (!b.contains(key) || !sameJson(value, b.at(key), path + "." + key, failure))
                return false;
        return true;
    } else if (a.is_array() && b.is_array() && a.size() == b.size()) {
        for (std::size_t i = 0; i < a.size(); ++i)
            if (!sameJson(a[i], b[i], path + "[" + std::to_string(i) + "]", failure))
                return false;
        return true;
    } else if (a == b) {
        return true;
    }
    failure = QStringLiteral("%1: %2 != %3")
                  .arg(QString::fromStdString(path), QString::fromStdString(a.dump()),
                       QString::fromStdString(b.dump()));
    return false;
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
    void configSurvivesTheFormForEveryField();
    void configKeepsExactValuesAndTakesEdits();
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
    {
        std::ofstream(tmp.file("keep.txt")) << "user data";
    }
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
        child<QComboBox>(tab, "regionPreset")->setCurrentIndex(3); // custom
        child<QDoubleSpinBox>(tab, "lonMin")->setValue(10.5);
        child<QComboBox>(tab, "sensor")->setCurrentIndex(2); // Sentinel-1
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

void TstDatasetTab::configSurvivesTheFormForEveryField()
{
    const nlohmann::json defaults = SynthesisConfig().toJson();
    nlohmann::json changed = defaults;
    QString failure;
    QVERIFY2(changeEveryValue(changed, "", failure), qPrintable(failure));
    for (const auto& [key, value] : defaults.items())
        QVERIFY2(changed.at(key) != value, key.c_str());
    const SynthesisConfig loaded = SynthesisConfig::fromJson(changed);
    QVERIFY2(sameJson(loaded.toJson(), changed, "config", failure), qPrintable(failure));

    // Load -> Save: the form gives back what it was given.
    DatasetTab tab;
    makeTiny(tab);
    tab.setConfig(loaded);
    QVERIFY2(sameJson(tab.config().toJson(), changed, "config", failure), qPrintable(failure));

    // Load -> Generate: the dataset records the same config.
    insar::test::TempDir tmp;
    const auto out = tmp.file("loaded");
    child<QSpinBox>(tab, "count")->setValue(1);
    child<QLineEdit>(tab, "outDir")->setText(QString::fromStdString(out.string()));
    QSignalSpy finished(&tab, &DatasetTab::generationFinished);
    tab.generate();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(finished.at(0).at(0).value<JobStatus>(), JobStatus::Succeeded);
    std::ifstream meta(out / "dataset.json");
    const auto written = nlohmann::json::parse(meta).at("config");
    QVERIFY2(sameJson(written, changed, "dataset.json config", failure), qPrintable(failure));
}

void TstDatasetTab::configKeepsExactValuesAndTakesEdits()
{
    // Values finer than the spin boxes show (0.1 mm, 0.001 cm, 0.001 degree) or outside their
    // ranges (Mw 3-8.5, at most 10 sources) are kept as given.
    SynthesisConfig exact;
    exact.applyPreset(insar::synthesis::RegionPreset::Custom);
    exact.region.lonMinDeg = 54.123456789;
    exact.turbulenceStdM = {0.00345678, 0.0123456};
    exact.sensor = insar::Sensor::Custom;
    exact.wavelengthM = 0.055465764;
    exact.pixelSpacingArcsec = 5.4321;
    exact.magnitudeMw = {2.5, 9.0};
    exact.maxSources = 20;
    exact.sampleSize = 32;

    DatasetTab tab;
    tab.setConfig(exact);
    SynthesisConfig back = tab.config();
    QCOMPARE(back.region.lonMinDeg, exact.region.lonMinDeg);
    QCOMPARE(back.turbulenceStdM, exact.turbulenceStdM);
    QCOMPARE(back.wavelengthM, exact.wavelengthM);
    QCOMPARE(back.pixelSpacingArcsec, exact.pixelSpacingArcsec);
    QCOMPARE(back.magnitudeMw, exact.magnitudeMw);
    QCOMPARE(back.maxSources, 20);
    QVERIFY2(back.toJson() == exact.toJson(), back.toJson().dump().c_str());

    // What the user edits on the form wins; the rest stays.
    child<QDoubleSpinBox>(tab, "turbulenceMaxMm")->setValue(25.0);
    child<QDoubleSpinBox>(tab, "weightMin")->setValue(0.7);
    child<QComboBox>(tab, "format")->setCurrentIndex(1);
    back = tab.config();
    QCOMPARE(back.turbulenceStdM.max, 0.025);
    QCOMPARE(back.turbulenceStdM.min, exact.turbulenceStdM.min);
    QCOMPARE(back.weight.min, 0.7);
    QCOMPARE(back.normalisation, insar::synthesis::Normalisation::EightBit);
    QCOMPARE(back.region.lonMinDeg, exact.region.lonMinDeg);
    QCOMPARE(back.wavelengthM, exact.wavelengthM);

    // Choosing a preset region replaces the box.
    child<QComboBox>(tab, "regionPreset")->setCurrentIndex(1); // validation
    back = tab.config();
    QCOMPARE(back.regionPreset, insar::synthesis::RegionPreset::Validation);
    QCOMPARE(back.region, insar::synthesis::regionForPreset(insar::synthesis::RegionPreset::Validation));
}

QTEST_MAIN(TstDatasetTab)
#include "tst_dataset_tab.moc"
