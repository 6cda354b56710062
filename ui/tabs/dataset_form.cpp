#include "dataset_form.h"

#include "common/units.h"
#include "synthesis/sample_generator.h"
#include "tabs/dataset_dem_box.h"
#include "widgets/bound_texts.h"
#include "widgets/form_fields.h"
#include "widgets/form_memory.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>
#include <string>

namespace insar::ui {

using synthesis::Range;
using synthesis::SynthesisConfig;

namespace {

const QString kDemFilesKey = QStringLiteral("demFiles");

/// "min – max" on one form row.
QWidget* rangeRow(QWidget* a, QWidget* b)
{
    auto* w = new QWidget();
    auto* h = new QHBoxLayout(w);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(a, 1);
    h->addWidget(new QLabel(QStringLiteral("–")));
    h->addWidget(b, 1);
    return w;
}

QString sensorId(Sensor sensor)
{
    return QString::fromStdString(sensorName(sensor));
}

} // namespace

DatasetForm::DatasetForm(QWidget* parent) : QWidget(parent)
{
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 6, 0);
    v->addWidget(buildRegion());
    v->addWidget(buildSamples());
    v->addWidget(buildSources());
    v->addWidget(buildNoise());
    v->addWidget(buildGeometry());
    v->addWidget(buildDem());
    v->addStretch();
    setConfig(SynthesisConfig());
    connectEdits();
}

template <typename Field>
QDoubleSpinBox* DatasetForm::addDouble(const char* name, double lo, double hi, int decimals, double step,
                                       const QString& suffix, double scale, Field field)
{
    QDoubleSpinBox* spin = doubleSpin(name, lo, hi, field(m_binding.base()) * scale, decimals, step, suffix);
    m_binding.bind(
        {spin}, [spin, scale, field](const SynthesisConfig& c) { spin->setValue(field(c) * scale); },
        [spin, scale, field](SynthesisConfig& c) { field(c) = spin->value() / scale; });
    return spin;
}

template <typename Field>
QWidget* DatasetForm::addRange(const char* minName, const char* maxName, double lo, double hi, int decimals,
                               double step, const QString& suffix, double scale, Field range)
{
    QDoubleSpinBox* a = addDouble(
        minName, lo, hi, decimals, step, suffix, scale, [range](auto& c) -> auto& { return range(c).min; });
    QDoubleSpinBox* b = addDouble(
        maxName, lo, hi, decimals, step, suffix, scale, [range](auto& c) -> auto& { return range(c).max; });
    return rangeRow(a, b);
}

QSpinBox* DatasetForm::addInt(const char* name, int lo, int hi, const QString& suffix,
                              int SynthesisConfig::*field)
{
    QSpinBox* spin = intSpin(name, lo, hi, m_binding.base().*field, suffix);
    m_binding.bindNumber(spin, field);
    return spin;
}

QWidget* DatasetForm::buildRegion()
{
    auto* box = new QGroupBox();
    m_texts.bind([box] { box->setTitle(tr("Region")); });
    auto* f = new QFormLayout(box);
    m_preset = new QComboBox();
    m_preset->setObjectName(QStringLiteral("regionPreset"));
    for (const char* id : {"train", "val", "test", "custom"})
        m_preset->addItem(QString(), QLatin1String(id));
    bindItemTexts(m_texts, m_preset, [] {
        return QStringList{tr("Training (54°E–120°E, 26°N–37°N)"), tr("Validation (120°W–100°W, 37°N–46°N)"),
                           tr("Test (70°E–110°E, 40°N–50°N)"), tr("Custom box")};
    });
    addBoundRow(
        m_texts, f, [] { return tr("Preset"); }, m_preset);
    m_binding.bindChoice(
        m_preset, [](const SynthesisConfig& c) { return synthesis::regionPresetName(c.regionPreset); },
        [](SynthesisConfig& c, const std::string& name) {
            c.regionPreset = synthesis::parseRegionPreset(name).value_or(synthesis::RegionPreset::Train);
        });
    const QString deg = QStringLiteral("°");
    m_lonMin = addDouble(
        "lonMin", -180, 180, 3, 1, deg, 1.0, [](auto& c) -> auto& { return c.region.lonMinDeg; });
    m_lonMax = addDouble(
        "lonMax", -180, 180, 3, 1, deg, 1.0, [](auto& c) -> auto& { return c.region.lonMaxDeg; });
    m_latMin = addDouble(
        "latMin", -90, 90, 3, 1, deg, 1.0, [](auto& c) -> auto& { return c.region.latMinDeg; });
    m_latMax = addDouble(
        "latMax", -90, 90, 3, 1, deg, 1.0, [](auto& c) -> auto& { return c.region.latMaxDeg; });
    addBoundRow(
        m_texts, f, [] { return tr("Longitude (E+)"); }, rangeRow(m_lonMin, m_lonMax));
    addBoundRow(
        m_texts, f, [] { return tr("Latitude (N+)"); }, rangeRow(m_latMin, m_latMax));
    connect(m_preset, &QComboBox::currentIndexChanged, this, &DatasetForm::onPresetChanged);
    return box;
}

QWidget* DatasetForm::buildSamples()
{
    auto* box = new QGroupBox();
    m_texts.bind([box] { box->setTitle(tr("Samples")); });
    auto* f = new QFormLayout(box);
    m_count = intSpin("count", 1, 10'000'000, 1000);
    m_seed = intSpin("seed", 0, std::numeric_limits<int>::max(), 1);
    m_previewIndex = intSpin("previewIndex", 0, 999, 0);
    m_texts.bind([this] {
        m_previewIndex->setToolTip(tr("The preview shows this sample of the dataset (same seed)."));
    });
    addBoundRow(
        m_texts, f, [] { return tr("Count"); }, m_count);
    addBoundRow(
        m_texts, f, [] { return tr("Seed"); }, m_seed);
    addBoundRow(
        m_texts, f, [] { return tr("Preview sample #"); }, m_previewIndex);
    QSpinBox* size = addInt("sampleSize", 16, 2048, {}, &SynthesisConfig::sampleSize);
    bindSuffix(m_texts, size, [] { return tr(" px"); });
    addBoundRow(
        m_texts, f, [] { return tr("Size"); }, size);
    QDoubleSpinBox* spacing = addDouble(
        "pixelSpacing", 0.1, 120.0, 2, 0.5, {}, 1.0, [](auto& c) -> auto& { return c.pixelSpacingArcsec; });
    bindSuffix(m_texts, spacing, [] { return tr(" arcsec"); });
    addBoundRow(
        m_texts, f, [] { return tr("Pixel spacing"); }, spacing);
    connect(m_count, &QSpinBox::valueChanged, this,
            [this](int n) { m_previewIndex->setMaximum(std::max(0, n - 1)); });
    return box;
}

QWidget* DatasetForm::buildSources()
{
    auto* box = new QGroupBox();
    m_texts.bind([box] { box->setTitle(tr("Deformation (a): Okada faults and Mogi sources")); });
    auto* f = new QFormLayout(box);
    QSpinBox* minSources = addInt("minSources", 0, 10, {}, &SynthesisConfig::minSources);
    QSpinBox* maxSources = addInt("maxSources", 0, 10, {}, &SynthesisConfig::maxSources);
    addBoundRow(
        m_texts, f, [] { return tr("Sources per map"); }, rangeRow(minSources, maxSources));
    addBoundRow(
        m_texts, f, [] { return tr("Okada fraction"); },
        addDouble(
            "okadaFraction", 0, 1, 2, 0.05, {}, 1.0, [](auto& c) -> auto& { return c.okadaFraction; }));
    addBoundRow(
        m_texts, f, [] { return tr("Fault magnitude Mw"); },
        addRange(
            "mwMin", "mwMax", 3.0, 8.5, 1, 0.1, {}, 1.0, [](auto& c) -> auto& { return c.magnitudeMw; }));
    return box;
}

QWidget* DatasetForm::buildNoise()
{
    auto* box = new QGroupBox();
    m_texts.bind([box] { box->setTitle(tr("Noise (b)–(d) and mixing (f)")); });
    auto* f = new QFormLayout(box);
    // A row whose spin boxes take the translated unit `suffix`.
    const auto row = [this, f](TextFn label, QWidget* field, TextFn suffix) {
        bindSuffix(m_texts, field, std::move(suffix));
        addBoundRow(m_texts, f, std::move(label), field);
    };
    const auto mm = [] { return tr(" mm"); };
    row([] { return tr("Turbulence std"); },
        addRange(
            "turbulenceMinMm", "turbulenceMaxMm", 0, 500, 1, 1, {}, kMmPerM,
            [](auto& c) -> auto& { return c.turbulenceStdM; }),
        mm);
    row([] { return tr("Stratified scale"); },
        addRange(
            "stratifiedMin", "stratifiedMax", 0, 10, 2, 0.1, {}, 1.0,
            [](auto& c) -> auto& { return c.stratifiedScale; }),
        [] { return tr(" ×"); });
    row([] { return tr("Weather anomaly σ: pressure"); },
        addDouble(
            "pressureAnomaly", 0, 50, 1, 0.5, {}, 1.0,
            [](auto& c) -> auto& { return c.pressureAnomalyStdHpa; }),
        [] { return tr(" hPa"); });
    row([] { return tr("temperature"); },
        addDouble(
            "temperatureAnomaly", 0, 30, 1, 0.5, {}, 1.0,
            [](auto& c) -> auto& { return c.temperatureAnomalyStdK; }),
        [] { return tr(" K"); });
    row([] { return tr("humidity"); },
        addDouble(
            "humidityAnomaly", 0, 100, 1, 1, {}, 1.0,
            [](auto& c) -> auto& { return c.humidityAnomalyStdPct; }),
        [] { return tr(" %"); });
    row([] { return tr("Epoch interval"); },
        addRange(
            "intervalMinDays", "intervalMaxDays", 1, 3650, 0, 1, {}, 1.0,
            [](auto& c) -> auto& { return c.epochIntervalDays; }),
        [] { return tr(" d"); });
    row([] { return tr("Ramp peak-to-peak"); },
        addRange(
            "rampMinMm", "rampMaxMm", 0, 1000, 1, 1, {}, kMmPerM,
            [](auto& c) -> auto& { return c.rampPeakToPeakM; }),
        mm);
    addBoundRow(
        m_texts, f, [] { return tr("Weight w (y = x + w e)"); },
        addRange(
            "weightMin", "weightMax", 0, 10, 2, 0.05, {}, 1.0, [](auto& c) -> auto& { return c.weight; }));
    return box;
}

QWidget* DatasetForm::buildGeometry()
{
    auto* box = new QGroupBox();
    m_texts.bind([box] { box->setTitle(tr("Sensor and viewing geometry")); });
    auto* f = new QFormLayout(box);
    m_sensor = new QComboBox();
    m_sensor->setObjectName(QStringLiteral("sensor"));
    for (Sensor sensor : {Sensor::AlosPalsar, Sensor::Alos2Palsar2, Sensor::Sentinel1, Sensor::Custom})
        m_sensor->addItem(QString(), sensorId(sensor));
    bindItemTexts(m_texts, m_sensor, [] {
        return QStringList{tr("ALOS PALSAR (L-band)"), tr("ALOS-2 PALSAR-2 (L-band)"),
                           tr("Sentinel-1 (C-band)"), tr("Custom wavelength")};
    });
    m_sensor->setCurrentIndex(m_sensor->findData(sensorId(m_binding.base().sensor)));
    m_binding.bindChoice(
        m_sensor, [](const SynthesisConfig& c) { return sensorName(c.sensor); },
        [](SynthesisConfig& c, const std::string& name) {
            c.sensor = parseSensor(name).value_or(Sensor::Custom);
        });
    // Shows the wavelength in use (the sensor's unless custom); an edit sets the custom one.
    m_wavelengthCm =
        doubleSpin("wavelengthCm", 0.1, 100, m_binding.base().effectiveWavelengthM() * 100.0, 3, 0.1, {});
    bindSuffix(m_texts, m_wavelengthCm, [] { return tr(" cm"); });
    m_binding.bind(
        {m_wavelengthCm},
        [spin = m_wavelengthCm](const SynthesisConfig& c) {
            spin->setValue(c.effectiveWavelengthM() * 100.0);
        },
        [spin = m_wavelengthCm](SynthesisConfig& c) { c.wavelengthM = spin->value() / 100.0; });
    addBoundRow(
        m_texts, f, [] { return tr("Sensor"); }, m_sensor);
    addBoundRow(
        m_texts, f, [] { return tr("Wavelength"); }, m_wavelengthCm);
    const QString deg = QStringLiteral("°");
    addBoundRow(
        m_texts, f, [] { return tr("Incidence"); },
        addRange(
            "incidenceMin", "incidenceMax", 0, 89, 1, 1, deg, 1.0,
            [](auto& c) -> auto& { return c.incidenceDeg; }));
    addBoundRow(
        m_texts, f, [] { return tr("Heading (ascending)"); },
        addRange(
            "headingMin", "headingMax", -180, 180, 1, 1, deg, 1.0,
            [](auto& c) -> auto& { return c.ascendingHeadingDeg; }));
    QDoubleSpinBox* descending = addDouble(
        "descendingFraction", 0, 1, 2, 0.1, {}, 1.0, [](auto& c) -> auto& { return c.descendingFraction; });
    m_texts.bind([descending] {
        descending->setToolTip(tr("Probability of a descending pass (heading −180° − ascending)."));
    });
    addBoundRow(
        m_texts, f, [] { return tr("Descending fraction"); }, descending);
    connect(m_sensor, &QComboBox::currentIndexChanged, this, &DatasetForm::onSensorChanged);
    return box;
}

QWidget* DatasetForm::buildDem()
{
    auto* fractal = new QWidget();
    auto* f = new QFormLayout(fractal);
    f->setContentsMargins(0, 0, 0, 0);
    const auto metres = [] { return tr(" m"); };
    QWidget* base = addRange(
        "baseHeightMin", "baseHeightMax", -500, 9000, 0, 100, {}, 1.0,
        [](auto& c) -> auto& { return c.demBaseHeightM; });
    bindSuffix(m_texts, base, metres);
    addBoundRow(
        m_texts, f, [] { return tr("Mean height"); }, base);
    QWidget* relief = addRange(
        "reliefMin", "reliefMax", 0, 5000, 0, 50, {}, 1.0, [](auto& c) -> auto& { return c.demReliefStdM; });
    bindSuffix(m_texts, relief, metres);
    addBoundRow(
        m_texts, f, [] { return tr("Relief std"); }, relief);
    for (const char* name : {"baseHeightMin", "baseHeightMax", "reliefMin", "reliefMax"})
        m_fractalDemSpins.append(fractal->findChild<QDoubleSpinBox*>(QLatin1String(name)));
    m_dem = new DatasetDemBox(fractal);
    return m_dem;
}

void DatasetForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_texts.apply();
    QWidget::changeEvent(event);
}

void DatasetForm::connectEdits()
{
    // Every parameter that changes the sample counts; the sample count does not.
    const auto changed = [this] {
        if (!m_restoring)
            emit parametersChanged();
    };
    for (QDoubleSpinBox* s : findChildren<QDoubleSpinBox*>())
        connect(s, &QDoubleSpinBox::valueChanged, this, changed);
    for (QSpinBox* s : findChildren<QSpinBox*>())
        if (s != m_count)
            connect(s, &QSpinBox::valueChanged, this, changed);
    for (QComboBox* c : {m_preset, m_sensor})
        connect(c, &QComboBox::currentIndexChanged, this, changed);
    connect(m_dem, &DatasetDemBox::changed, this, changed);
}

SynthesisConfig DatasetForm::config() const
{
    return m_binding.config();
}

void DatasetForm::setConfig(const SynthesisConfig& config)
{
    m_restoring = true;
    m_binding.show(config);
    updateRegionControls();
    onSensorChanged();
    m_restoring = false;
    emit parametersChanged();
}

int DatasetForm::sampleCount() const
{
    return m_count->value();
}

std::uint64_t DatasetForm::datasetSeed() const
{
    return std::uint64_t(m_seed->value());
}

int DatasetForm::previewIndex() const
{
    return m_previewIndex->value();
}

std::uint64_t DatasetForm::previewSampleSeed() const
{
    return synthesis::deriveSampleSeed(datasetSeed(), std::uint64_t(previewIndex()));
}

bool DatasetForm::usesDemFiles() const
{
    return m_dem->usesFiles();
}

QStringList DatasetForm::demFiles() const
{
    return m_dem->files();
}

void DatasetForm::restoreSettings(const QString& group)
{
    m_restoring = true;
    FormMemory::restore(this, group);
    m_dem->setFiles(QSettings().value(group + QLatin1Char('/') + kDemFilesKey).toStringList());
    m_restoring = false;
    m_previewIndex->setMaximum(std::max(0, m_count->value() - 1));
    updateRegionControls();
    onSensorChanged();
    m_dem->updateControls();
}

void DatasetForm::saveSettings(const QString& group) const
{
    FormMemory::save(this, group);
    QSettings().setValue(group + QLatin1Char('/') + kDemFilesKey, demFiles());
}

void DatasetForm::onPresetChanged()
{
    updateRegionControls();
    if (m_restoring)
        return;
    const auto preset = synthesis::parseRegionPreset(m_preset->currentData().toString().toStdString());
    if (!preset || *preset == synthesis::RegionPreset::Custom)
        return;
    SynthesisConfig c;
    c.applyPreset(*preset);
    m_restoring = true; // one preview for the whole box, not one per value
    m_lonMin->setValue(c.region.lonMinDeg);
    m_lonMax->setValue(c.region.lonMaxDeg);
    m_latMin->setValue(c.region.latMinDeg);
    m_latMax->setValue(c.region.latMaxDeg);
    const double values[] = {c.demBaseHeightM.min, c.demBaseHeightM.max, c.demReliefStdM.min,
                             c.demReliefStdM.max};
    for (int i = 0; i < m_fractalDemSpins.size(); ++i)
        m_fractalDemSpins[i]->setValue(values[i]);
    m_restoring = false;
}

void DatasetForm::updateRegionControls()
{
    const bool custom = m_preset->currentData().toString() == QLatin1String("custom");
    for (QDoubleSpinBox* s : {m_lonMin, m_lonMax, m_latMin, m_latMax})
        s->setEnabled(custom);
}

void DatasetForm::onSensorChanged()
{
    const auto sensor = parseSensor(m_sensor->currentData().toString().toStdString());
    const bool custom = !sensor || *sensor == Sensor::Custom;
    m_wavelengthCm->setEnabled(custom);
    if (!custom && !m_restoring) {
        const QSignalBlocker block(m_wavelengthCm);
        m_wavelengthCm->setValue(sensorWavelengthM(*sensor) * 100.0);
    }
}

} // namespace insar::ui
