// Training tab: a tiny network trained from the real main window's tab, with the charts and the
// gallery filling live; Stop leaves a checkpoint; Pause holds the trainer; a loaded config survives
// Save and Start field for field; bad configurations and closing the window during training.
#include "jobs/job_progress_widget.h"
#include "jobs/training_job.h"
#include "main_window.h"
#include "nn/network_config.h"
#include "tabs/training_form.h"
#include "tabs/training_tab.h"
#include "test_support.h"
#include "widgets/loss_chart.h"
#include "widgets/raster_view.h"
#include "widgets/sample_gallery.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QDir>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QRegularExpression>
#include <QTranslator>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <map>

using insar::ui::JobStatus;
using insar::ui::LossChart;
using insar::ui::SampleGallery;
using insar::ui::TrainingTab;

namespace {

/// depth 3, 4 channels, 32×32 maps cropped to 16, batch 2, 2 validation maps.
insar::nn::TrainConfig tinyConfig(int epochs, int steps)
{
    insar::nn::TrainConfig c;
    c.network.depth = 3;
    c.network.channels = 4;
    c.trainData.sampleSize = 32;
    c.cropSize = 16;
    c.cropsPerSample = 2;
    c.batchSize = 2;
    c.epochs = epochs;
    c.stepsPerEpoch = steps;
    c.validationSamples = 2;
    c.galleryCount = 2;
    c.dataThreads = 1;
    c.threads = 1;
    c.device = insar::nn::DeviceKind::Cpu;
    c.lrMilestones = {1000};
    c.earlyStoppingPatience = 0; // long runs must only end when the test stops them
    c.seed = 3;
    return c;
}

QAbstractButton* button(TrainingTab& tab, const char* name)
{
    auto* b = tab.findChild<QAbstractButton*>(QLatin1String(name));
    if (!b)
        qFatal("no button %s", name);
    return b;
}

/// The same JSON with every leaf changed to another valid value: numbers nudged, booleans
/// flipped, strings from a table (a string key missing from it fails the test by name). New
/// fields of TrainConfig are covered without touching the test. Null in the table: the field
/// has a single valid value today and is kept.
nlohmann::json nonDefault(const nlohmann::json& j, const std::string& path, QStringList& problems)
{
    static const std::map<std::string, nlohmann::json> kSpecial = {
        {"network.architecture", nullptr}, // kept "dncnn": the dilations set below are DnCNN's
        {"network.inChannels", 2},         // phase + DEM (validate() accepts 1 and 2)
        {"trainData.regionPreset", "custom"},
        {"trainData.sensor", "custom"}, // so that trainData.wavelengthM is the one given
        {"trainData.normalisation", "8bit"},
        {"validationPreset", "test"},
        {"device", "cpu"},
        {"normalisation", "poster8bit"},
        {"datasetDir", "/nonexistent/insar-dataset"},
    };
    if (const auto it = kSpecial.find(path); it != kSpecial.end())
        return it->second.is_null() ? j : it->second;
    if (j.is_object()) {
        nlohmann::json out = nlohmann::json::object();
        for (auto it = j.begin(); it != j.end(); ++it)
            out[it.key()] = nonDefault(*it, path.empty() ? it.key() : path + "." + it.key(), problems);
        return out;
    }
    if (j.is_array()) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& v : j)
            out.push_back(nonDefault(v, path, problems));
        return out;
    }
    if (j.is_boolean())
        return !j.get<bool>();
    if (j.is_number_integer() || j.is_number_unsigned())
        return j.get<long long>() + 1;
    if (j.is_number_float()) {
        const double v = j.get<double>();
        return v == 0.0 ? 0.001 : v * 0.97; // stays inside every [min, max] the validators check
    }
    problems << QString::fromStdString(path); // a string (or other type) not in the table
    return j;
}

/// Keys (dotted paths) whose values differ between two JSON objects.
QStringList differences(const nlohmann::json& a, const nlohmann::json& b, const std::string& path = {})
{
    QStringList out;
    if (a.is_object() && b.is_object()) {
        for (auto it = a.begin(); it != a.end(); ++it) {
            const std::string key = path.empty() ? it.key() : path + "." + it.key();
            if (!b.contains(it.key()))
                out << QString::fromStdString(key + " (missing)");
            else
                out << differences(*it, b.at(it.key()), key);
        }
        for (auto it = b.begin(); it != b.end(); ++it)
            if (!a.contains(it.key()))
                out << QString::fromStdString((path.empty() ? it.key() : path + "." + it.key()) + " (extra)");
    } else if (a != b) {
        out << QString::fromStdString(path + ": " + a.dump() + " vs " + b.dump());
    }
    return out;
}

/// A valid training config with every field the JSON has set to a non-default value.
nlohmann::json everyFieldChanged()
{
    nlohmann::json defaults = insar::nn::TrainConfig{};
    QStringList problems;
    nlohmann::json j = nonDefault(defaults, {}, problems);
    if (!problems.isEmpty())
        qFatal("no non-default test value for: %s", qPrintable(problems.join(QStringLiteral(", "))));
    // Dilations are written only when set: one per layer.
    j["network"]["dilations"] = std::vector<int>(j["network"]["depth"].get<std::size_t>(), 2);
    return j;
}

} // namespace

namespace {

/// Marks every translated text: «source». A text set without tr(), or not set again on
/// QEvent::LanguageChange, stays unmarked.
class MarkingTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char*, const char* source, const char* = nullptr, int = -1) const override
    {
        return QStringLiteral("«%1»").arg(QString::fromUtf8(source));
    }
};

/// Every user-visible text of the tab's own widgets ("what: text"), leaving out those of the
/// JobProgressWidget (its own texts) and data (the architecture names, the edited values).
QStringList visibleTexts(TrainingTab& tab)
{
    QStringList texts;
    const auto progress = tab.progressWidget();
    for (QWidget* w : tab.findChildren<QWidget*>()) {
        const bool inProgress = progress->isAncestorOf(w) || w == progress;
        const QString name =
            w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
        auto add = [&](const QString& what, const QString& text) {
            texts << name + QLatin1Char(' ') + what + QStringLiteral(": ") + text;
        };
        if (!inProgress && !w->toolTip().isEmpty())
            add(QStringLiteral("tool tip"), w->toolTip());
        if (inProgress)
            continue;
        if (auto* l = qobject_cast<QLabel*>(w))
            add(QStringLiteral("label"), l->text());
        else if (auto* b = qobject_cast<QAbstractButton*>(w))
            add(QStringLiteral("button"), b->text());
        else if (auto* g = qobject_cast<QGroupBox*>(w))
            add(QStringLiteral("group"), g->title());
        else if (auto* t = qobject_cast<QTabWidget*>(w))
            for (int i = 0; i < t->count(); ++i)
                add(QStringLiteral("tab"), t->tabText(i));
        else if (auto* e = qobject_cast<QLineEdit*>(w))
            add(QStringLiteral("placeholder"), e->placeholderText());
        else if (auto* c = qobject_cast<QComboBox*>(w); c && c->objectName() != QLatin1String("architecture"))
            for (int i = 0; i < c->count(); ++i)
                add(QStringLiteral("item"), c->itemText(i));
        else if (auto* sb = qobject_cast<QSpinBox*>(w)) {
            add(QStringLiteral("suffix"), sb->suffix());
            add(QStringLiteral("special value"), sb->specialValueText());
        }
    }
    for (LossChart* chart : {tab.lossChart(), tab.metricsChart()}) {
        texts << QStringLiteral("chart title: ") + chart->title();
        texts << QStringLiteral("x axis: ") + chart->xAxisTitle();
        texts << QStringLiteral("y axis: ") + chart->leftAxisTitle();
        for (const char* key : {"trainStep", "trainEpoch", "valEpoch", "ssimPoster", "ssimWindowed", "snrDb"})
            if (chart->hasSeries(QLatin1String(key)))
                texts << QStringLiteral("series: ") + chart->seriesLabel(QLatin1String(key));
    }
    return texts;
}

} // namespace

class TstTrainingTab : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void formRoundTripsConfig();
    void loadedConfigSurvivesSaveAndStart();
    void formEditsOverwriteOnlyTheirFields();
    void showsDeviceInfo();
    void trainsAndFillsChartsAndGallery();
    void stopWritesCheckpoint();
    void pauseHoldsTheTrainer();
    void badConfigurationIsReported();
    void missingDatasetFailsCleanly();
    void logScaleToggle();
    void chartHandlesDegenerateValues();
    void closingMainWindowStopsTraining();
    void chartBatchesRescales();
    void dilationsFieldShowsReceptiveField();
    void demInputAndUnetLevels();
    void retranslatesEveryText();
    void exportsReportOfTheRun();
};

void TstTrainingTab::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("InSARDenoiserTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_training_tab"));
}

void TstTrainingTab::init()
{
    QSettings().clear();
}

void TstTrainingTab::formRoundTripsConfig()
{
    TrainingTab tab;
    auto c = tinyConfig(7, 5);
    c.learningRate = 2.5e-4;
    c.lrMilestones = {3, 6};
    c.lrGamma = 0.5;
    c.validationPreset = insar::synthesis::RegionPreset::Test;
    c.normalisation = insar::nn::NormalisationMode::Poster8Bit;
    c.network.dilations = {1, 2, 1};
    tab.setConfig(c);
    const auto back = tab.config();
    QCOMPARE(back.network, c.network);
    QCOMPARE(back.trainData.sampleSize, 32);
    QCOMPARE(back.cropSize, 16);
    QCOMPARE(back.batchSize, 2);
    QCOMPARE(back.epochs, 7);
    QCOMPARE(back.stepsPerEpoch, 5);
    QCOMPARE(back.learningRate, 2.5e-4);
    QCOMPARE(back.lrMilestones, (std::vector<int>{3, 6}));
    QCOMPARE(back.lrGamma, 0.5);
    QCOMPARE(back.validationPreset, insar::synthesis::RegionPreset::Test);
    QCOMPARE(back.normalisation, insar::nn::NormalisationMode::Poster8Bit);
    QVERIFY(back.device == insar::nn::DeviceKind::Cpu);
    QVERIFY(back.datasetDir.empty());
}

void TstTrainingTab::loadedConfigSurvivesSaveAndStart()
{
    insar::test::TempDir tmp;
    const nlohmann::json loaded = everyFieldChanged();
    // Every leaf of the default config's JSON differs in the loaded one.
    const nlohmann::json defaults = insar::nn::TrainConfig{};
    const QStringList changed = differences(defaults, loaded);
    QVERIFY2(!changed.isEmpty(), "the test config equals the defaults");
    const auto inputFile = tmp.file("loaded.json");
    std::ofstream(inputFile) << loaded.dump(2);

    TrainingTab tab;
    tab.form()->loadConfigFile(QString::fromStdString(inputFile.string()));

    // Load -> Save: identical JSON.
    const auto savedFile = tmp.file("saved.json");
    tab.form()->saveConfigFile(QString::fromStdString(savedFile.string()));
    const nlohmann::json saved = nlohmann::json::parse(std::ifstream(savedFile));
    QStringList diff = differences(loaded, saved);
    QVERIFY2(diff.isEmpty(), qPrintable(diff.join(QStringLiteral("; "))));

    // Load -> Start: the trainer gets the identical config.
    tab.setOutputDir(QString::fromStdString(tmp.file("run").string()));
    QSignalSpy finished(&tab, &TrainingTab::trainingFinished);
    tab.start();
    QVERIFY2(tab.state() != TrainingTab::State::Idle, qPrintable(tab.statusText()));
    diff = differences(loaded, nlohmann::json(tab.runConfig()));
    QVERIFY2(diff.isEmpty(), qPrintable(diff.join(QStringLiteral("; "))));
    tab.stop(); // the dataset folder does not exist: it would fail soon anyway
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(tab.state(), TrainingTab::State::Idle);
}

void TstTrainingTab::formEditsOverwriteOnlyTheirFields()
{
    TrainingTab tab;
    auto c = tinyConfig(3, 2);
    c.floatScale = 12.5;               // not on the form
    c.augment = false;                 // not on the form
    c.seed = 5'000'000'000ULL;         // beyond the seed box's range
    c.learningRate = 1.0 / 3.0 * 1e-3; // more digits than the box shows
    tab.setConfig(c);
    tab.findChild<QSpinBox*>(QStringLiteral("epochs"))->setValue(9);
    tab.findChild<QLineEdit*>(QStringLiteral("lrMilestones"))->setText(QStringLiteral("4, 8"));
    const auto back = tab.config();
    QCOMPARE(back.epochs, 9);
    QCOMPARE(back.lrMilestones, (std::vector<int>{4, 8}));
    QCOMPARE(back.floatScale, 12.5);
    QCOMPARE(back.augment, false);
    QCOMPARE(back.seed, std::uint64_t(5'000'000'000ULL));
    QCOMPARE(back.learningRate, c.learningRate);
    // An edited seed is taken as shown.
    tab.findChild<QSpinBox*>(QStringLiteral("seed"))->setValue(17);
    QCOMPARE(tab.config().seed, std::uint64_t(17));
}

void TstTrainingTab::showsDeviceInfo()
{
    TrainingTab tab;
    auto* label = tab.findChild<QLabel*>(QStringLiteral("deviceInfoLabel"));
    QVERIFY(label);
    const auto info = insar::nn::deviceInfo();
    QVERIFY(label->text().contains(QString::fromStdString(info.description)));
    QVERIFY(label->text().contains(info.cudaAvailable ? QStringLiteral("CUDA available")
                                                      : QStringLiteral("no CUDA")));
}

void TstTrainingTab::trainsAndFillsChartsAndGallery()
{
    // Through the real main window: the Training tab is one of its pages.
    insar::ui::MainWindow window;
    auto* tab = window.findChild<TrainingTab*>();
    QVERIFY(tab);
    window.tabs()->setCurrentWidget(tab);
    window.show();

    insar::test::TempDir tmp;
    tab->setConfig(tinyConfig(2, 2));
    tab->setOutputDir(QString::fromStdString(tmp.file("run").string()));
    QSignalSpy finished(tab, &TrainingTab::trainingFinished);
    QSignalSpy epochs(tab, &TrainingTab::epochShown);

    QTest::mouseClick(button(*tab, "startButton"), Qt::LeftButton);
    QCOMPARE(tab->state(), TrainingTab::State::Running);
    QVERIFY(!button(*tab, "startButton")->isEnabled());
    QVERIFY(button(*tab, "stopButton")->isEnabled());
    QVERIFY(button(*tab, "pauseButton")->isVisible());

    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(tab->statusText()));
    QCOMPARE(tab->state(), TrainingTab::State::Idle);
    QVERIFY(button(*tab, "startButton")->isEnabled());
    QVERIFY(epochs.count() >= 1);

    LossChart* loss = tab->lossChart();
    QCOMPARE(loss->pointCount(QStringLiteral("trainStep")), 4); // 2 epochs × 2 steps
    QCOMPARE(loss->pointCount(QStringLiteral("trainEpoch")), 2);
    QCOMPARE(loss->pointCount(QStringLiteral("valEpoch")), 2);
    for (const QPointF& p : loss->points(QStringLiteral("trainStep")))
        QVERIFY(std::isfinite(p.y()) && p.y() >= 0.0);
    // Steps are placed on the epoch axis: the last step of epoch 2 sits at x = 2.
    QCOMPARE(loss->points(QStringLiteral("trainStep")).back().x(), 2.0);
    LossChart* metrics = tab->metricsChart();
    QCOMPARE(metrics->pointCount(QStringLiteral("ssimPoster")), 2);
    QCOMPARE(metrics->pointCount(QStringLiteral("snrDb")), 2);
    QCOMPARE(metrics->pointCount(QStringLiteral("inputSnrDb")), 2); // a reference line
    QCOMPARE(tab->lastEpoch().epoch, 2);

    SampleGallery* gallery = tab->gallery();
    QCOMPARE(gallery->itemCount(), 2);
    QCOMPARE(gallery->epoch(), 2);
    for (int i = 0; i < 2; ++i) {
        auto* input = gallery->view(i, SampleGallery::Input);
        QVERIFY(input->hasRaster());
        QCOMPARE(input->raster()->width(), 32);
        QCOMPARE(gallery->view(i, SampleGallery::Prediction)->limits(), input->limits());
        QCOMPARE(gallery->view(i, SampleGallery::Reference)->limits(), input->limits());
        QVERIFY(gallery->caption(i).contains(QStringLiteral("RMSE")));
    }
    QVERIFY(std::filesystem::exists(tab->lastResult().modelFile));
    QCOMPARE(tab->lastStatus(), JobStatus::Succeeded);
    QCOMPARE(tab->progressWidget()->progressBar()->value(), tab->progressWidget()->progressBar()->maximum());
    // For documentation and visual review: INSAR_SCREENSHOT_DIR=/some/dir saves the window.
    if (const QString dir = qEnvironmentVariable("INSAR_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(window.grab().save(dir + QStringLiteral("/training_tab.png")));
    QVERIFY(std::filesystem::exists(tmp.file("run") / "checkpoint.pt"));
}

void TstTrainingTab::stopWritesCheckpoint()
{
    TrainingTab tab;
    insar::test::TempDir tmp;
    tab.setConfig(tinyConfig(100000, 2));
    tab.setOutputDir(QString::fromStdString(tmp.file("run").string()));
    QSignalSpy finished(&tab, &TrainingTab::trainingFinished);
    tab.start();
    QTRY_VERIFY_WITH_TIMEOUT(tab.lossChart()->pointCount(QStringLiteral("trainStep")) > 0, 60000);
    QTest::mouseClick(button(tab, "stopButton"), Qt::LeftButton);
    QCOMPARE(tab.state(), TrainingTab::State::Stopping);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(tab.statusText()));
    QCOMPARE(tab.lastStatus(), JobStatus::Cancelled);
    QVERIFY(std::filesystem::exists(tmp.file("run") / "checkpoint.pt"));
    QVERIFY2(tab.statusText().contains(QStringLiteral("checkpoint written")), qPrintable(tab.statusText()));
    QCOMPARE(tab.state(), TrainingTab::State::Idle);
}

void TstTrainingTab::pauseHoldsTheTrainer()
{
    TrainingTab tab;
    insar::test::TempDir tmp;
    tab.setConfig(tinyConfig(100000, 2));
    tab.setOutputDir(QString::fromStdString(tmp.file("run").string()));
    QSignalSpy states(&tab, &TrainingTab::stateChanged);
    QSignalSpy finished(&tab, &TrainingTab::trainingFinished);
    tab.start();
    QTRY_VERIFY_WITH_TIMEOUT(tab.lossChart()->pointCount(QStringLiteral("trainStep")) > 0, 60000);

    QTest::mouseClick(button(tab, "pauseButton"), Qt::LeftButton);
    QCOMPARE(tab.state(), TrainingTab::State::Paused);
    QVERIFY(button(tab, "pauseButton")->isChecked());
    QCOMPARE(button(tab, "pauseButton")->text(), QStringLiteral("Resume"));
    QVERIFY(button(tab, "stopButton")->isEnabled());
    // Let the step in flight land, then no further step may arrive while paused.
    QTest::qWait(4 * TrainingTab::kDrainIntervalMs);
    const auto latest = [&] {
        const auto pts = tab.lossChart()->points(QStringLiteral("trainStep"));
        return pts.isEmpty() ? 0.0 : pts.back().x();
    };
    const double held = latest();
    QTest::qWait(6 * TrainingTab::kDrainIntervalMs);
    QCOMPARE(latest(), held);

    QTest::mouseClick(button(tab, "pauseButton"), Qt::LeftButton);
    QCOMPARE(tab.state(), TrainingTab::State::Running);
    QVERIFY(!button(tab, "pauseButton")->isChecked());
    QTRY_VERIFY_WITH_TIMEOUT(latest() > held, 60000);

    // Stop from the paused state also ends cleanly with a checkpoint.
    tab.pause();
    tab.stop();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(tab.lastStatus(), JobStatus::Cancelled);
    QVERIFY(std::filesystem::exists(tmp.file("run") / "checkpoint.pt"));
    QVERIFY(states.count() >= 5); // running, paused, running, paused, stopping, idle
}

void TstTrainingTab::badConfigurationIsReported()
{
    TrainingTab tab;
    tab.setConfig(tinyConfig(1, 1));
    tab.setOutputDir(QString());
    tab.start();
    QCOMPARE(tab.state(), TrainingTab::State::Idle);
    QVERIFY(tab.statusText().contains(QStringLiteral("output folder")));

    insar::test::TempDir tmp;
    tab.setOutputDir(QString::fromStdString(tmp.file("run").string()));
    tab.findChild<QLineEdit*>(QStringLiteral("lrMilestones"))->setText(QStringLiteral("3, x"));
    tab.start();
    QCOMPARE(tab.state(), TrainingTab::State::Idle);
    QVERIFY2(tab.statusText().contains(QStringLiteral("milestones")), qPrintable(tab.statusText()));
}

void TstTrainingTab::missingDatasetFailsCleanly()
{
    TrainingTab tab;
    insar::test::TempDir tmp;
    auto c = tinyConfig(1, 1);
    c.datasetDir = tmp.file("no-such-dataset");
    tab.setConfig(c);
    tab.setOutputDir(QString::fromStdString(tmp.file("run").string()));
    QSignalSpy finished(&tab, &TrainingTab::trainingFinished);
    tab.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY(!finished.at(0).at(0).toBool());
    QVERIFY2(tab.statusText().startsWith(QStringLiteral("Training failed")), qPrintable(tab.statusText()));
    QCOMPARE(tab.state(), TrainingTab::State::Idle);
}

void TstTrainingTab::logScaleToggle()
{
    TrainingTab tab;
    LossChart* chart = tab.lossChart();
    chart->appendPoints(QStringLiteral("trainStep"), {{0.5, 0.2}, {1.0, 0.02}, {1.5, 0.002}});
    tab.setLogScale(true);
    QVERIFY(chart->logScale());
    QVERIFY(tab.findChild<QCheckBox*>(QStringLiteral("logScale"))->isChecked());
    auto [lo, hi] = chart->axisRange(LossChart::Axis::Left);
    QVERIFY(lo > 0.0 && lo <= 0.002 && hi >= 0.2);
    tab.setLogScale(false);
    QVERIFY(!chart->logScale());
    std::tie(lo, hi) = chart->axisRange(LossChart::Axis::Left);
    QVERIFY(lo <= 0.002 && hi >= 0.2);
    QCOMPARE(chart->pointCount(QStringLiteral("trainStep")), 3);
}

void TstTrainingTab::chartHandlesDegenerateValues()
{
    // Constant, denormal and non-finite values must give a usable axis (and not hang Qt Charts'
    // nice-number search), with or without a minimum range.
    LossChart chart;
    chart.addSeries(QStringLiteral("a"), QStringLiteral("a"), Qt::red);
    chart.addSeries(QStringLiteral("ref"), QStringLiteral("ref"), Qt::blue, LossChart::Axis::Right,
                    Qt::DashLine);
    chart.appendPoint(QStringLiteral("a"), 1.0, 1e-323);
    chart.appendPoint(QStringLiteral("a"), 1.0, 1e-323);
    chart.appendPoint(QStringLiteral("a"), 2.0, std::nan(""));
    chart.setReferenceLine(QStringLiteral("ref"), 9.88e-324);
    QCOMPARE(chart.pointCount(QStringLiteral("a")), 2);
    for (auto axis : {LossChart::Axis::Left, LossChart::Axis::Right}) {
        const auto [lo, hi] = chart.axisRange(axis);
        QVERIFY(std::isfinite(lo) && std::isfinite(hi) && hi - lo > 1e-6);
    }
    const auto [xlo, xhi] = chart.xRange();
    QVERIFY(xhi - xlo >= 1.0);
    QCOMPARE(chart.points(QStringLiteral("ref")).size(), 2);
    chart.setLogScale(true);
    chart.appendPoint(QStringLiteral("a"), 3.0, 0.0); // not drawable on a log axis: ignored in the range
    const auto [llo, lhi] = chart.axisRange(LossChart::Axis::Left);
    QVERIFY(llo > 0.0 && lhi > llo);
}

void TstTrainingTab::closingMainWindowStopsTraining()
{
    // A run of many tiny epochs (here two steps each) delivers hundreds of epochs per drain while the
    // modal question is open: the charts must batch them (one rescale per drain) or the GUI thread
    // falls ever further behind and the question never gets its click.
    insar::ui::MainWindow window;
    auto* tab = window.findChild<TrainingTab*>();
    QVERIFY(tab);
    window.show();
    insar::test::TempDir tmp;
    tab->setConfig(tinyConfig(100000, 2));
    tab->setOutputDir(QString::fromStdString(tmp.file("run").string()));
    QSignalSpy finished(tab, &TrainingTab::trainingFinished);
    tab->start();
    QTRY_VERIFY_WITH_TIMEOUT(tab->lossChart()->pointCount(QStringLiteral("trainStep")) > 0, 60000);

    // First answer "No": the window stays and training goes on.
    QTimer::singleShot(50, this, [] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
            box->button(QMessageBox::No)->click();
    });
    QVERIFY(!tab->confirmClose());
    QCOMPARE(tab->state(), TrainingTab::State::Running);

    // Then "Yes": the run stops with a checkpoint and the window closes by itself.
    QTimer::singleShot(50, this, [] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
    QVERIFY(!tab->confirmClose());
    QVERIFY2(tab->state() == TrainingTab::State::Stopping, qPrintable(tab->statusText()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(tab->lastStatus(), JobStatus::Cancelled);
    QVERIFY(std::filesystem::exists(tmp.file("run") / "checkpoint.pt"));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 10000);
    QVERIFY(tab->confirmClose()); // idle: closing is fine
}

void TstTrainingTab::chartBatchesRescales()
{
    LossChart chart;
    chart.addSeries(QStringLiteral("a"), QStringLiteral("a"), Qt::blue);
    chart.appendPoint(QStringLiteral("a"), 0.0, 1.0);
    const auto before = chart.axisRange(LossChart::Axis::Left);
    {
        const LossChart::UpdateBatch outer(&chart);
        {
            const LossChart::UpdateBatch inner(&chart);
            for (int i = 1; i <= 500; ++i)
                chart.appendPoint(QStringLiteral("a"), i, 100.0 + i);
        }
        // Still inside the outer batch: data stored, axes untouched.
        QCOMPARE(chart.pointCount(QStringLiteral("a")), 501);
        QCOMPARE(chart.axisRange(LossChart::Axis::Left), before);
    }
    const auto [lo, hi] = chart.axisRange(LossChart::Axis::Left);
    QVERIFY2(lo <= 1.0 && hi >= 600.0, qPrintable(QString("%1..%2").arg(lo).arg(hi)));
    QVERIFY(chart.xRange().second >= 500.0);
}

void TstTrainingTab::dilationsFieldShowsReceptiveField()
{
    TrainingTab tab;
    auto* depth = tab.findChild<QSpinBox*>(QStringLiteral("depth"));
    auto* dilations = tab.findChild<QLineEdit*>(QStringLiteral("dilations"));
    auto* field = tab.findChild<QLabel*>(QStringLiteral("receptiveField"));
    QVERIFY(depth && dilations && field);
    depth->setValue(4);
    dilations->clear();
    QVERIFY2(field->text().contains(QStringLiteral("9")), qPrintable(field->text())); // 1 + 2·4
    dilations->setText(QStringLiteral("1,2,4,1"));
    QVERIFY2(field->text().contains(QStringLiteral("17")), qPrintable(field->text())); // 1 + 2·8
    QCOMPARE(tab.config().network.dilations, (std::vector<int>{1, 2, 4, 1}));
    dilations->setText(QStringLiteral("1,2"));
    QVERIFY2(field->text().contains(QStringLiteral("depth of 4")), qPrintable(field->text()));
    // Start refuses the form with the same message and stays idle.
    tab.setOutputDir(QDir::tempPath() + QStringLiteral("/insar-dilations-unused"));
    tab.start();
    QCOMPARE(tab.state(), TrainingTab::State::Idle);
    QVERIFY2(tab.statusText().contains(QStringLiteral("depth of 4")), qPrintable(tab.statusText()));
}

void TstTrainingTab::demInputAndUnetLevels()
{
    insar::test::TempDir tmp;
    TrainingTab tab;
    auto* dem = tab.findChild<QCheckBox*>(QStringLiteral("demInput"));
    auto* architecture = tab.findChild<QComboBox*>(QStringLiteral("architecture"));
    auto* levels = tab.findChild<QSpinBox*>(QStringLiteral("levels"));
    auto* depth = tab.findChild<QSpinBox*>(QStringLiteral("depth"));
    auto* dilations = tab.findChild<QLineEdit*>(QStringLiteral("dilations"));
    QVERIFY(dem && architecture && levels && depth && dilations);
    QCOMPARE(dem->text(), QStringLiteral("DEM input"));
    QVERIFY(!dem->toolTip().isEmpty());
    QCOMPARE(levels->minimum(), 1);
    QCOMPARE(levels->maximum(), 5);
    QCOMPARE(levels->value(), 3);

    // DnCNN, phase only by default: Levels off, Depth and Dilations on.
    QCOMPARE(tab.config().network.inChannels, 1);
    QVERIFY(!levels->isEnabled());
    QVERIFY(depth->isEnabled() && dilations->isEnabled());
    dem->setChecked(true);
    QCOMPARE(tab.config().network.inChannels, 2);
    QVERIFY(insar::nn::needsDem(tab.config().network));
    dem->setChecked(false);
    QCOMPARE(tab.config().network.inChannels, 1);
    dem->setChecked(true);

    // Dilations typed for DnCNN, then unet: Levels on, Depth and Dilations off and not written.
    depth->setValue(3);
    dilations->setText(QStringLiteral("1,2,1"));
    const int unet = architecture->findData(QStringLiteral("unet"));
    QVERIFY(unet >= 0);
    architecture->setCurrentIndex(unet);
    QVERIFY(levels->isEnabled());
    QVERIFY(!depth->isEnabled());
    QVERIFY(!dilations->isEnabled());
    levels->setValue(4);
    const auto network = tab.config().network;
    QCOMPARE(network.architecture, std::string("unet"));
    QCOMPARE(network.levels, 4);
    QCOMPARE(network.inChannels, 2);
    QVERIFY(network.dilations.empty());
    insar::nn::validate(network); // throws (fails the test) when the form wrote an invalid network

    // Save -> Load into a fresh form: the same network and the same enabled controls.
    const auto file = QString::fromStdString(tmp.file("unet_dem.json").string());
    tab.form()->saveConfigFile(file);
    const nlohmann::json saved = nlohmann::json::parse(std::ifstream(file.toStdString()));
    QCOMPARE(saved["network"]["inChannels"].get<int>(), 2);
    QCOMPARE(saved["network"]["levels"].get<int>(), 4);
    TrainingTab loaded;
    loaded.form()->loadConfigFile(file);
    QCOMPARE(loaded.config().network, network);
    QVERIFY(loaded.findChild<QCheckBox*>(QStringLiteral("demInput"))->isChecked());
    QCOMPARE(loaded.findChild<QSpinBox*>(QStringLiteral("levels"))->value(), 4);
    QVERIFY(loaded.findChild<QSpinBox*>(QStringLiteral("levels"))->isEnabled());
    QVERIFY(!loaded.findChild<QSpinBox*>(QStringLiteral("depth"))->isEnabled());

    // Back to a phase-only DnCNN config: unticked, Levels off again.
    loaded.setConfig(tinyConfig(1, 1));
    QVERIFY(!loaded.findChild<QCheckBox*>(QStringLiteral("demInput"))->isChecked());
    QVERIFY(!loaded.findChild<QSpinBox*>(QStringLiteral("levels"))->isEnabled());
    QVERIFY(loaded.findChild<QSpinBox*>(QStringLiteral("depth"))->isEnabled());
    QCOMPARE(loaded.config().network.inChannels, 1);
}

void TstTrainingTab::retranslatesEveryText()
{
    TrainingTab tab;
    auto* start = button(tab, "startButton");
    QCOMPARE(start->text(), QStringLiteral("Start"));
    MarkingTranslator marking;
    QVERIFY(QCoreApplication::installTranslator(&marking));
    QTRY_VERIFY(start->text().startsWith(QStringLiteral("«")));
    // The progress widget applies the tab's Stop texts in its own bindings (setCancelTexts):
    // not its «Cancel», and no later correction by the tab is needed.
    QTRY_COMPARE(button(tab, "stopButton")->text(), QStringLiteral("«Stop»"));
    QVERIFY2(button(tab, "stopButton")->toolTip().startsWith(QStringLiteral("«Stops at the next step")),
             qPrintable(button(tab, "stopButton")->toolTip()));
    int checked = 0;
    for (const QString& text : visibleTexts(tab)) {
        const QString value = text.section(QStringLiteral(": "), 1);
        if (!value.contains(QRegularExpression(QStringLiteral("[A-Za-z]"))))
            continue; // empty, a number or a dash: nothing to translate
        ++checked;
        QVERIFY2(value.contains(QStringLiteral("«")),
                 qPrintable(QStringLiteral("not retranslated: ") + text));
    }
    QVERIFY2(checked > 60, qPrintable(QString::number(checked))); // the form, monitor, gallery, run box
    QCoreApplication::removeTranslator(&marking);
    QTRY_COMPARE(start->text(), QStringLiteral("Start"));
    QTRY_COMPARE(button(tab, "stopButton")->text(), QStringLiteral("Stop"));
    QVERIFY(button(tab, "stopButton")->toolTip().startsWith(QStringLiteral("Stops at the next step")));
    QCOMPARE(button(tab, "exportReportButton")->text(), QStringLiteral("Export report…"));
    QCOMPARE(tab.lossChart()->seriesLabel(QStringLiteral("valEpoch")), QStringLiteral("validation"));
}

void TstTrainingTab::exportsReportOfTheRun()
{
    insar::test::TempDir tmp;
    TrainingTab tab;
    auto* exportButton = button(tab, "exportReportButton");
    std::filesystem::create_directories(tmp.file("empty"));
    tab.setOutputDir(QString::fromStdString(tmp.file("empty").string()));
    QVERIFY(!exportButton->isEnabled());
    QSignalSpy failed(&tab, &TrainingTab::reportFailed);
    tab.exportReport(QString::fromStdString(tmp.file("none.html").string()));
    QCOMPARE(failed.count(), 1);
    QVERIFY(!std::filesystem::exists(tmp.file("none.html")));
    for (auto* box : tab.findChildren<QMessageBox*>(QStringLiteral("trainingReportErrorBox")))
        box->close();

    // A finished run's folder, as the tab leaves it, and the gallery it shows.
    insar::NullProgress progress;
    insar::nn::Trainer(tinyConfig(2, 2), tmp.file("run")).run(progress);
    tab.setOutputDir(QString::fromStdString(tmp.file("run").string()));
    QVERIFY(exportButton->isEnabled());
    insar::Raster a(12, 10), b(12, 10);
    for (int i = 0; i < 120; ++i) {
        a.values()[std::size_t(i)] = 0.001f * float(i % 12);
        b.values()[std::size_t(i)] = 0.001f * float(i / 12);
    }
    tab.gallery()->setItems({insar::nn::GalleryItem{a, b, a}}, 2);
    QSignalSpy exported(&tab, &TrainingTab::reportExported);
    const QString html = QString::fromStdString(tmp.file("report.html").string());
    tab.exportReport(html);
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 60000);
    QCOMPARE(exported.at(0).at(0).toString(), html);
    std::ifstream in(tmp.file("report.html"));
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    QVERIFY(text.find("<h2>Training run: run</h2>") != std::string::npos);
    QVERIFY(text.find("<h2>Validation gallery (epoch 2)</h2>") != std::string::npos);
    QVERIFY(text.find("<h2>Model card: model.model</h2>") != std::string::npos);
    QVERIFY(text.find("Training and validation loss") != std::string::npos);
    std::size_t images = 0;
    for (auto p = text.find("<img src=\"data:image/png"); p != std::string::npos;
         p = text.find("<img src=\"data:image/png", p + 1))
        ++images;
    QCOMPARE(images, std::size_t(5)); // loss, SSIM, SNR, RMSE, one gallery row
    QVERIFY(tab.statusText().contains(QStringLiteral("report.html")));

    const QString pdf = QString::fromStdString(tmp.file("report.pdf").string());
    tab.exportReport(pdf);
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 2, 60000);
    std::ifstream pin(tmp.file("report.pdf"), std::ios::binary);
    std::string head(5, '\0');
    pin.read(head.data(), 5);
    QCOMPARE(head, std::string("%PDF-"));
}

QTEST_MAIN(TstTrainingTab)
#include "tst_training_tab.moc"
