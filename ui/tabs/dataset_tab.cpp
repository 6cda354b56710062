#include "dataset_tab.h"

#include "io/raster_reader.h"
#include "jobs/job_progress_widget.h"
#include "synthesis/dataset.h"
#include "synthesis/dem_source.h"
#include "widgets/form_fields.h"
#include "widgets/form_memory.h"
#include "widgets/raster_view.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>
#include <variant>

namespace insar::ui {

namespace {

const QString kSettingsGroup = QStringLiteral("datasetTab");
const QString kDemFilesKey = QStringLiteral("datasetTab/demFiles");

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

/// Sample rasters are in LOS metres; the preview shows millimetres.
Raster toMillimetres(const Raster& r)
{
    Raster out = r;
    for (float& v : out.values())
        v *= 1000.0f;
    out.metadata.units = Units::Millimetres;
    return out;
}

struct PreviewResult {
    synthesis::Sample sample;
    std::shared_ptr<const synthesis::DemSource> dem;
    QStringList demFiles;
};

/// Reads the DEM tiles the user chose (insar::io, GDAL) into a DemSource for the generator.
std::shared_ptr<const synthesis::DemSource> loadDemTiles(const QStringList& files, Progress& progress)
{
    std::vector<Raster> tiles;
    tiles.reserve(std::size_t(files.size()));
    for (qsizetype i = 0; i < files.size(); ++i) {
        SubProgress sub(progress, double(i) / double(files.size()), double(i + 1) / double(files.size()));
        sub.setStage("reading DEM " + QFileInfo(files[i]).fileName().toStdString());
        tiles.push_back(io::readRaster(files[i].toStdString(), &sub));
    }
    return std::make_shared<synthesis::RasterDemSource>(std::move(tiles));
}

} // namespace

DatasetTab::DatasetTab(QWidget* parent) : QWidget(parent)
{
    auto* splitter = new QSplitter(Qt::Horizontal, this);

    auto* scroll = new QScrollArea();
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    QWidget* form = buildForm();
    scroll->setWidget(form);
    scroll->setMinimumWidth(form->sizeHint().width() + 24);
    splitter->addWidget(scroll);

    auto* right = new QWidget();
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(4, 0, 0, 0);
    rightLayout->addWidget(buildPreview(), 1);
    rightLayout->addWidget(buildOutput());
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kPreviewDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &DatasetTab::refreshPreview);

    // Restore the last values before wiring the edits, so restoring does not trigger anything.
    m_restoring = true;
    FormMemory::restore(this, kSettingsGroup);
    const QStringList dems = QSettings().value(kDemFilesKey).toStringList();
    for (const QString& f : dems)
        m_demList->addItem(f);
    m_restoring = false;
    onSensorChanged();
    updateDemControls();
    m_previewIndex->setMaximum(std::max(0, m_count->value() - 1));
    const bool custom = m_preset->currentData().toString() == QLatin1String("custom");
    for (QDoubleSpinBox* s : {m_lonMin, m_lonMax, m_latMin, m_latMax})
        s->setEnabled(custom);

    connectEdits();
    updateButtons();
    schedulePreview();
}

DatasetTab::~DatasetTab()
{
    saveSettings();
    if (m_generateJob)
        m_generateJob->cancel();
}

// ---------------------------------------------------------------------------------------------
// Form

QWidget* DatasetTab::buildForm()
{
    const synthesis::SynthesisConfig d; // defaults shown in a fresh form
    auto* form = new QWidget();
    auto* v = new QVBoxLayout(form);
    v->setContentsMargins(0, 0, 6, 0);

    // Region
    auto* region = new QGroupBox(tr("Region"));
    auto* rf = new QFormLayout(region);
    m_preset = new QComboBox();
    m_preset->setObjectName(QStringLiteral("regionPreset"));
    m_preset->addItem(tr("Training (54°E–120°E, 26°N–37°N)"), QStringLiteral("train"));
    m_preset->addItem(tr("Validation (120°W–100°W, 37°N–46°N)"), QStringLiteral("val"));
    m_preset->addItem(tr("Test (70°E–110°E, 40°N–50°N)"), QStringLiteral("test"));
    m_preset->addItem(tr("Custom box"), QStringLiteral("custom"));
    rf->addRow(tr("Preset"), m_preset);
    m_lonMin = doubleSpin("lonMin", -180, 180, d.region.lonMinDeg, 3, 1, QStringLiteral("°"));
    m_lonMax = doubleSpin("lonMax", -180, 180, d.region.lonMaxDeg, 3, 1, QStringLiteral("°"));
    m_latMin = doubleSpin("latMin", -90, 90, d.region.latMinDeg, 3, 1, QStringLiteral("°"));
    m_latMax = doubleSpin("latMax", -90, 90, d.region.latMaxDeg, 3, 1, QStringLiteral("°"));
    rf->addRow(tr("Longitude (E+)"), rangeRow(m_lonMin, m_lonMax));
    rf->addRow(tr("Latitude (N+)"), rangeRow(m_latMin, m_latMax));
    v->addWidget(region);

    // Samples
    auto* samples = new QGroupBox(tr("Samples"));
    auto* sf = new QFormLayout(samples);
    m_count = intSpin("count", 1, 10'000'000, 1000);
    m_seed = intSpin("seed", 0, std::numeric_limits<int>::max(), 1);
    m_previewIndex = intSpin("previewIndex", 0, 999, 0);
    m_previewIndex->setToolTip(tr("The preview shows this sample of the dataset (same seed)."));
    m_sampleSize = intSpin("sampleSize", 16, 2048, d.sampleSize, tr(" px"));
    m_spacingArcsec = doubleSpin("pixelSpacing", 0.1, 120.0, d.pixelSpacingArcsec, 2, 0.5, tr(" arcsec"));
    sf->addRow(tr("Count"), m_count);
    sf->addRow(tr("Seed"), m_seed);
    sf->addRow(tr("Preview sample #"), m_previewIndex);
    sf->addRow(tr("Size"), m_sampleSize);
    sf->addRow(tr("Pixel spacing"), m_spacingArcsec);
    v->addWidget(samples);

    // Deformation sources
    auto* sources = new QGroupBox(tr("Deformation (a): Okada faults and Mogi sources"));
    auto* df = new QFormLayout(sources);
    m_minSources = intSpin("minSources", 0, 10, d.minSources);
    m_maxSources = intSpin("maxSources", 0, 10, d.maxSources);
    m_okadaFraction = doubleSpin("okadaFraction", 0, 1, d.okadaFraction, 2, 0.05);
    m_mwMin = doubleSpin("mwMin", 3.0, 8.5, d.magnitudeMw.min, 1, 0.1);
    m_mwMax = doubleSpin("mwMax", 3.0, 8.5, d.magnitudeMw.max, 1, 0.1);
    df->addRow(tr("Sources per map"), rangeRow(m_minSources, m_maxSources));
    df->addRow(tr("Okada fraction"), m_okadaFraction);
    df->addRow(tr("Fault magnitude Mw"), rangeRow(m_mwMin, m_mwMax));
    v->addWidget(sources);

    // Noise
    auto* noise = new QGroupBox(tr("Noise (b)–(d) and mixing (f)"));
    auto* nf = new QFormLayout(noise);
    m_turbMinMm = doubleSpin("turbulenceMinMm", 0, 500, d.turbulenceStdM.min * 1e3, 1, 1, tr(" mm"));
    m_turbMaxMm = doubleSpin("turbulenceMaxMm", 0, 500, d.turbulenceStdM.max * 1e3, 1, 1, tr(" mm"));
    nf->addRow(tr("Turbulence std"), rangeRow(m_turbMinMm, m_turbMaxMm));
    m_stratMin = doubleSpin("stratifiedMin", 0, 10, d.stratifiedScale.min, 2, 0.1, tr(" ×"));
    m_stratMax = doubleSpin("stratifiedMax", 0, 10, d.stratifiedScale.max, 2, 0.1, tr(" ×"));
    nf->addRow(tr("Stratified scale"), rangeRow(m_stratMin, m_stratMax));
    m_pressureHpa = doubleSpin("pressureAnomaly", 0, 50, d.pressureAnomalyStdHpa, 1, 0.5, tr(" hPa"));
    m_temperatureK = doubleSpin("temperatureAnomaly", 0, 30, d.temperatureAnomalyStdK, 1, 0.5, tr(" K"));
    m_humidityPct = doubleSpin("humidityAnomaly", 0, 100, d.humidityAnomalyStdPct, 1, 1, tr(" %"));
    nf->addRow(tr("Weather anomaly σ: pressure"), m_pressureHpa);
    nf->addRow(tr("temperature"), m_temperatureK);
    nf->addRow(tr("humidity"), m_humidityPct);
    m_intervalMinDays = doubleSpin("intervalMinDays", 1, 3650, d.epochIntervalDays.min, 0, 1, tr(" d"));
    m_intervalMaxDays = doubleSpin("intervalMaxDays", 1, 3650, d.epochIntervalDays.max, 0, 1, tr(" d"));
    nf->addRow(tr("Epoch interval"), rangeRow(m_intervalMinDays, m_intervalMaxDays));
    m_rampMinMm = doubleSpin("rampMinMm", 0, 1000, d.rampPeakToPeakM.min * 1e3, 1, 1, tr(" mm"));
    m_rampMaxMm = doubleSpin("rampMaxMm", 0, 1000, d.rampPeakToPeakM.max * 1e3, 1, 1, tr(" mm"));
    nf->addRow(tr("Ramp peak-to-peak"), rangeRow(m_rampMinMm, m_rampMaxMm));
    m_weightMin = doubleSpin("weightMin", 0, 10, d.weight.min, 2, 0.05);
    m_weightMax = doubleSpin("weightMax", 0, 10, d.weight.max, 2, 0.05);
    nf->addRow(tr("Weight w (y = x + w e)"), rangeRow(m_weightMin, m_weightMax));
    v->addWidget(noise);

    // Sensor and geometry
    auto* geometry = new QGroupBox(tr("Sensor and viewing geometry"));
    auto* gf = new QFormLayout(geometry);
    m_sensor = new QComboBox();
    m_sensor->setObjectName(QStringLiteral("sensor"));
    m_sensor->addItem(tr("ALOS PALSAR (L-band)"), QStringLiteral("alos"));
    m_sensor->addItem(tr("ALOS-2 PALSAR-2 (L-band)"), QStringLiteral("alos2"));
    m_sensor->addItem(tr("Sentinel-1 (C-band)"), QStringLiteral("sentinel1"));
    m_sensor->addItem(tr("Custom wavelength"), QStringLiteral("custom"));
    m_sensor->setCurrentIndex(m_sensor->findData(QString::fromStdString(sensorName(d.sensor))));
    m_wavelengthCm = doubleSpin("wavelengthCm", 0.1, 100, d.wavelengthM * 100, 3, 0.1, tr(" cm"));
    gf->addRow(tr("Sensor"), m_sensor);
    gf->addRow(tr("Wavelength"), m_wavelengthCm);
    m_incidenceMin = doubleSpin("incidenceMin", 0, 89, d.incidenceDeg.min, 1, 1, QStringLiteral("°"));
    m_incidenceMax = doubleSpin("incidenceMax", 0, 89, d.incidenceDeg.max, 1, 1, QStringLiteral("°"));
    gf->addRow(tr("Incidence"), rangeRow(m_incidenceMin, m_incidenceMax));
    m_headingMin = doubleSpin("headingMin", -180, 180, d.ascendingHeadingDeg.min, 1, 1, QStringLiteral("°"));
    m_headingMax = doubleSpin("headingMax", -180, 180, d.ascendingHeadingDeg.max, 1, 1, QStringLiteral("°"));
    gf->addRow(tr("Heading (ascending)"), rangeRow(m_headingMin, m_headingMax));
    m_descendingFraction = doubleSpin("descendingFraction", 0, 1, d.descendingFraction, 2, 0.1);
    m_descendingFraction->setToolTip(tr("Probability of a descending pass (heading −180° − ascending)."));
    gf->addRow(tr("Descending fraction"), m_descendingFraction);
    v->addWidget(geometry);

    // DEM
    auto* dem = new QGroupBox(tr("DEM for the stratified delay (c)"));
    auto* dv = new QVBoxLayout(dem);
    m_demFractal = new QRadioButton(tr("Built-in fractal DEM (no download needed)"));
    m_demFractal->setObjectName(QStringLiteral("demFractal"));
    m_demFractal->setChecked(true);
    m_demFilesMode = new QRadioButton(tr("DEM files (GeoTIFF, .hgt... in lon/lat)"));
    m_demFilesMode->setObjectName(QStringLiteral("demFiles"));
    auto* group = new QButtonGroup(dem);
    group->addButton(m_demFractal);
    group->addButton(m_demFilesMode);
    dv->addWidget(m_demFractal);
    auto* df2 = new QFormLayout();
    m_baseHeightMin = doubleSpin("baseHeightMin", -500, 9000, d.demBaseHeightM.min, 0, 100, tr(" m"));
    m_baseHeightMax = doubleSpin("baseHeightMax", -500, 9000, d.demBaseHeightM.max, 0, 100, tr(" m"));
    m_reliefMin = doubleSpin("reliefMin", 0, 5000, d.demReliefStdM.min, 0, 50, tr(" m"));
    m_reliefMax = doubleSpin("reliefMax", 0, 5000, d.demReliefStdM.max, 0, 50, tr(" m"));
    df2->addRow(tr("Mean height"), rangeRow(m_baseHeightMin, m_baseHeightMax));
    df2->addRow(tr("Relief std"), rangeRow(m_reliefMin, m_reliefMax));
    dv->addLayout(df2);
    dv->addWidget(m_demFilesMode);
    m_demList = new QListWidget();
    m_demList->setObjectName(QStringLiteral("demList"));
    m_demList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_demList->setMaximumHeight(80);
    dv->addWidget(m_demList);
    auto* demButtons = new QHBoxLayout();
    m_demAdd = new QPushButton(tr("Add…"));
    m_demRemove = new QPushButton(tr("Remove"));
    demButtons->addWidget(m_demAdd);
    demButtons->addWidget(m_demRemove);
    demButtons->addStretch();
    dv->addLayout(demButtons);
    v->addWidget(dem);
    v->addStretch();

    connect(m_preset, &QComboBox::currentIndexChanged, this, &DatasetTab::onPresetChanged);
    connect(m_sensor, &QComboBox::currentIndexChanged, this, &DatasetTab::onSensorChanged);
    connect(m_demFractal, &QRadioButton::toggled, this, &DatasetTab::updateDemControls);
    connect(m_demAdd, &QPushButton::clicked, this, &DatasetTab::addDemFiles);
    connect(m_demRemove, &QPushButton::clicked, this, &DatasetTab::removeDemFiles);
    connect(m_count, &QSpinBox::valueChanged, this,
            [this](int n) { m_previewIndex->setMaximum(std::max(0, n - 1)); });
    return form;
}

QWidget* DatasetTab::buildPreview()
{
    auto* box = new QGroupBox(tr("Preview of one sample (mm, LOS)"));
    auto* v = new QVBoxLayout(box);
    auto* grid = new QGridLayout();
    grid->setSpacing(4);

    struct PanelSpec {
        Panel panel;
        QString title;
        int row;
        int col;
    };
    // Row 0 reads x + w·e = y, row 1 reads b + c + d = e; each row has one colour scale.
    const PanelSpec specs[] = {
        {Reference, tr("(a) reference x"), 0, 0},
        {Residual, tr("(e) residual e = b + c + d"), 0, 1},
        {Input, tr("(f) input y = x + w·e"), 0, 2},
        {Turbulent, tr("(b) turbulent delay"), 1, 0},
        {Stratified, tr("(c) stratified delay"), 1, 1},
        {Ramp, tr("(d) orbital ramp"), 1, 2},
    };
    m_linked = new LinkedRasterViews(this);
    for (const PanelSpec& s : specs) {
        auto* view = new RasterView();
        view->setObjectName(QStringLiteral("preview%1").arg(int(s.panel)));
        view->setTitle(s.title);
        view->setPlaceholderText(tr("generating…"));
        view->setColorMap(ColorMapKind::Diverging);
        view->setColorBarLabel(tr("mm"));
        view->setColorBarVisible(s.col == 2);
        view->setMinimumSize(160, 150);
        m_views[s.panel] = view;
        m_linked->addView(view);   // zoom/pan in step; limits are set per row
        grid->addWidget(view, s.row, s.col);
    }
    // The last column also holds the colour bars: give it the extra width they take.
    grid->setColumnStretch(0, 10);
    grid->setColumnStretch(1, 10);
    grid->setColumnStretch(2, 13);
    v->addLayout(grid, 1);

    m_info = new QPlainTextEdit();
    m_info->setObjectName(QStringLiteral("previewInfo"));
    m_info->setReadOnly(true);
    m_info->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_info->setMaximumHeight(110);
    m_info->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    v->addWidget(m_info);
    return box;
}

QWidget* DatasetTab::buildOutput()
{
    auto* box = new QGroupBox(tr("Generate dataset"));
    auto* v = new QVBoxLayout(box);
    auto* f = new QFormLayout();
    auto* dirRow = new QHBoxLayout();
    m_outDir = new QLineEdit();
    m_outDir->setObjectName(QStringLiteral("outDir"));
    m_outDir->setPlaceholderText(tr("new or empty folder"));
    auto* browse = new QPushButton(tr("Browse…"));
    dirRow->addWidget(m_outDir, 1);
    dirRow->addWidget(browse);
    f->addRow(tr("Output folder"), dirRow);

    auto* row = new QHBoxLayout();
    m_format = new QComboBox();
    m_format->setObjectName(QStringLiteral("format"));
    m_format->addItem(tr("float32 metres (.npy)"), QStringLiteral("npy"));
    m_format->addItem(tr("8-bit 0–255 per sample, as the poster (.npy)"), QStringLiteral("npy8"));
    m_components = new QCheckBox(tr("store noise components"));
    m_components->setObjectName(QStringLiteral("components"));
    row->addWidget(m_format, 1);
    row->addWidget(m_components);
    f->addRow(tr("Format"), row);

    auto* row2 = new QHBoxLayout();
    m_samplesPerShard = intSpin("samplesPerShard", 1, 1'000'000, 1000);
    m_threads = intSpin("threads", 0, 256, 0);
    m_threads->setSpecialValueText(tr("all cores"));
    row2->addWidget(new QLabel(tr("Samples per shard")));
    row2->addWidget(m_samplesPerShard);
    row2->addSpacing(12);
    row2->addWidget(new QLabel(tr("Threads")));
    row2->addWidget(m_threads);
    row2->addStretch();
    f->addRow(row2);
    v->addLayout(f);

    auto* actions = new QHBoxLayout();
    m_generate = new QPushButton(tr("Generate"));
    m_generate->setObjectName(QStringLiteral("generateButton"));
    m_generate->setDefault(true);
    m_jobProgress = new JobProgressWidget();
    m_jobProgress->setObjectName(QStringLiteral("generateProgress"));
    m_jobProgress->setAutoHide(false);   // keep "Done"/"Cancelled" visible after the run
    actions->addWidget(m_generate);
    actions->addWidget(m_jobProgress, 1);
    v->addLayout(actions);

    m_status = new QLabel();
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_status);

    connect(browse, &QPushButton::clicked, this, &DatasetTab::browseOutput);
    connect(m_generate, &QPushButton::clicked, this, &DatasetTab::generate);
    return box;
}

void DatasetTab::connectEdits()
{
    // Every parameter that changes the sample restarts the debounce timer; output settings do not.
    const QList<QWidget*> outputs = {m_outDir, m_format, m_components, m_samplesPerShard,
                                     m_threads, m_count};
    for (QDoubleSpinBox* s : findChildren<QDoubleSpinBox*>())
        connect(s, &QDoubleSpinBox::valueChanged, this, &DatasetTab::schedulePreview);
    for (QSpinBox* s : findChildren<QSpinBox*>())
        if (!outputs.contains(s))
            connect(s, &QSpinBox::valueChanged, this, &DatasetTab::schedulePreview);
    for (QComboBox* c : {m_preset, m_sensor})
        connect(c, &QComboBox::currentIndexChanged, this, &DatasetTab::schedulePreview);
    connect(m_demFractal, &QRadioButton::toggled, this, &DatasetTab::schedulePreview);
}

void DatasetTab::onPresetChanged()
{
    if (m_restoring)
        return;
    const auto preset = synthesis::parseRegionPreset(m_preset->currentData().toString().toStdString());
    const bool custom = preset == synthesis::RegionPreset::Custom;
    for (QDoubleSpinBox* s : {m_lonMin, m_lonMax, m_latMin, m_latMax})
        s->setEnabled(custom);
    if (!preset || custom)
        return;
    synthesis::SynthesisConfig c;
    c.applyPreset(*preset);
    const QSignalBlocker b1(m_lonMin), b2(m_lonMax), b3(m_latMin), b4(m_latMax);
    m_lonMin->setValue(c.region.lonMinDeg);
    m_lonMax->setValue(c.region.lonMaxDeg);
    m_latMin->setValue(c.region.latMinDeg);
    m_latMax->setValue(c.region.latMaxDeg);
    m_baseHeightMin->setValue(c.demBaseHeightM.min);
    m_baseHeightMax->setValue(c.demBaseHeightM.max);
    m_reliefMin->setValue(c.demReliefStdM.min);
    m_reliefMax->setValue(c.demReliefStdM.max);
}

void DatasetTab::onSensorChanged()
{
    const auto sensor = parseSensor(m_sensor->currentData().toString().toStdString());
    const bool custom = !sensor || *sensor == Sensor::Custom;
    m_wavelengthCm->setEnabled(custom);
    if (!custom && !m_restoring) {
        const QSignalBlocker block(m_wavelengthCm);
        m_wavelengthCm->setValue(sensorWavelengthM(*sensor) * 100.0);
    }
}

void DatasetTab::updateDemControls()
{
    const bool files = m_demFilesMode->isChecked();
    m_demList->setEnabled(files);
    m_demAdd->setEnabled(files);
    m_demRemove->setEnabled(files);
    for (QDoubleSpinBox* s : {m_baseHeightMin, m_baseHeightMax, m_reliefMin, m_reliefMax})
        s->setEnabled(!files);
}

void DatasetTab::addDemFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("DEM tiles in geographic coordinates"), QString(),
        tr("Rasters (*.tif *.tiff *.hgt *.vrt *.img *.dem);;All files (*)"));
    for (const QString& f : files)
        if (m_demList->findItems(f, Qt::MatchExactly).isEmpty())
            m_demList->addItem(f);
    if (!files.isEmpty())
        schedulePreview();
}

void DatasetTab::removeDemFiles()
{
    qDeleteAll(m_demList->selectedItems());
    schedulePreview();
}

void DatasetTab::browseOutput()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Output folder"), m_outDir->text());
    if (!dir.isEmpty())
        m_outDir->setText(QDir::toNativeSeparators(dir));
}

QStringList DatasetTab::demFiles() const
{
    QStringList files;
    for (int i = 0; i < m_demList->count(); ++i)
        files.append(m_demList->item(i)->text());
    return files;
}

synthesis::SynthesisConfig DatasetTab::config() const
{
    synthesis::SynthesisConfig c;
    const auto preset = synthesis::parseRegionPreset(m_preset->currentData().toString().toStdString())
                            .value_or(synthesis::RegionPreset::Train);
    c.applyPreset(preset);
    c.region = {m_lonMin->value(), m_lonMax->value(), m_latMin->value(), m_latMax->value()};
    c.sampleSize = m_sampleSize->value();
    c.pixelSpacingArcsec = m_spacingArcsec->value();
    c.demBaseHeightM = {m_baseHeightMin->value(), m_baseHeightMax->value()};
    c.demReliefStdM = {m_reliefMin->value(), m_reliefMax->value()};

    c.sensor = parseSensor(m_sensor->currentData().toString().toStdString()).value_or(Sensor::Custom);
    c.wavelengthM = m_wavelengthCm->value() / 100.0;
    c.incidenceDeg = {m_incidenceMin->value(), m_incidenceMax->value()};
    c.ascendingHeadingDeg = {m_headingMin->value(), m_headingMax->value()};
    c.descendingFraction = m_descendingFraction->value();

    c.turbulenceStdM = {m_turbMinMm->value() * 1e-3, m_turbMaxMm->value() * 1e-3};
    c.stratifiedScale = {m_stratMin->value(), m_stratMax->value()};
    c.pressureAnomalyStdHpa = m_pressureHpa->value();
    c.temperatureAnomalyStdK = m_temperatureK->value();
    c.humidityAnomalyStdPct = m_humidityPct->value();
    c.epochIntervalDays = {m_intervalMinDays->value(), m_intervalMaxDays->value()};
    c.rampPeakToPeakM = {m_rampMinMm->value() * 1e-3, m_rampMaxMm->value() * 1e-3};
    c.weight = {m_weightMin->value(), m_weightMax->value()};

    c.minSources = m_minSources->value();
    c.maxSources = m_maxSources->value();
    c.okadaFraction = m_okadaFraction->value();
    c.magnitudeMw = {m_mwMin->value(), m_mwMax->value()};
    c.normalisation = m_format->currentData().toString() == QLatin1String("npy8")
                          ? synthesis::Normalisation::EightBit
                          : synthesis::Normalisation::Float;
    return c;
}

std::uint64_t DatasetTab::datasetSeed() const
{
    return std::uint64_t(m_seed->value());
}

std::uint64_t DatasetTab::previewSampleSeed() const
{
    return synthesis::deriveSampleSeed(datasetSeed(), std::uint64_t(m_previewIndex->value()));
}

void DatasetTab::saveSettings() const
{
    FormMemory::save(this, kSettingsGroup);
    QSettings().setValue(kDemFilesKey, demFiles());
}

// ---------------------------------------------------------------------------------------------
// Preview

void DatasetTab::schedulePreview()
{
    if (m_restoring)
        return;
    m_debounce->start();
}

bool DatasetTab::isPreviewBusy() const
{
    return m_previewJob || m_previewPending || m_debounce->isActive();
}

void DatasetTab::refreshPreview()
{
    m_debounce->stop();
    if (m_previewJob) {
        // One preview at a time: the newest parameters run when the current one is done.
        m_previewPending = true;
        return;
    }
    m_previewPending = false;

    const synthesis::SynthesisConfig config = this->config();
    try {
        config.validate();
    } catch (const std::exception& e) {
        setStatus(tr("Preview: %1").arg(QString::fromStdString(e.what())), true);
        emit previewUpdated();
        return;
    }
    const std::uint64_t seed = previewSampleSeed();
    const QStringList files = m_demFilesMode->isChecked() ? demFiles() : QStringList{};
    if (m_demFilesMode->isChecked() && files.isEmpty()) {
        setStatus(tr("Preview: add at least one DEM file, or choose the built-in fractal DEM."), true);
        emit previewUpdated();
        return;
    }
    std::shared_ptr<const synthesis::DemSource> cached =
        (!files.isEmpty() && files == m_cachedDemFiles) ? m_cachedDem : nullptr;

    m_previewJob = startJob<PreviewResult>(
        this,
        [config, seed, files, cached](Progress& progress) {
            PreviewResult r;
            r.demFiles = files;
            r.dem = cached;
            if (!files.isEmpty() && !r.dem)
                r.dem = loadDemTiles(files, progress);
            synthesis::SampleGenerator generator(config);
            if (r.dem)
                generator.setDemSource(r.dem);
            r.sample = generator.generate(seed);
            return r;
        },
        [this](JobOutcome<PreviewResult> outcome) {
            if (outcome.succeeded()) {
                if (!outcome.value->demFiles.isEmpty()) {
                    m_cachedDemFiles = outcome.value->demFiles;
                    m_cachedDem = outcome.value->dem;
                }
                showPreview(outcome.value->sample);
            } else if (outcome.failed()) {
                setStatus(tr("Preview failed: %1").arg(outcome.message), true);
            }
            m_previewJob = nullptr;
            if (m_previewPending)
                refreshPreview();
            else
                emit previewUpdated();
        });
}

void DatasetTab::showPreview(const synthesis::Sample& sample)
{
    const Raster* sources[PanelCount] = {&sample.reference, &sample.turbulent, &sample.stratified,
                                         &sample.ramp,      &sample.residual,  &sample.input};
    Raster shown[PanelCount];
    for (int p = 0; p < PanelCount; ++p)
        shown[p] = toMillimetres(*sources[p]);

    auto applyRow = [&](std::initializer_list<Panel> row) {
        QList<const Raster*> rasters;
        for (Panel p : row)
            rasters.append(&shown[p]);
        const auto limits = RasterView::sharedLimits(rasters, true);
        for (Panel p : row) {
            m_views[p]->setRaster(shown[p]);
            if (limits)
                m_views[p]->setLimits(*limits);
        }
    };
    applyRow({Reference, Residual, Input});
    applyRow({Turbulent, Stratified, Ramp});

    const double snrDb = sample.snr > 0.0 ? 10.0 * std::log10(sample.snr) : -std::numeric_limits<double>::infinity();
    const bool descending = sample.headingDeg < -90.0 || sample.headingDeg > 90.0;
    QString text;
    text += tr("Sample #%1 of dataset seed %2 → sample seed %3, %4×%5 px\n")
                .arg(m_previewIndex->value())
                .arg(datasetSeed())
                .arg(sample.seed)
                .arg(sample.input.width())
                .arg(sample.input.height());
    text += tr("w = %1   SNR = P_x / P_(y−x) = %2 (%3 dB)\n")
                .arg(sample.weight, 0, 'f', 3)
                .arg(sample.snr, 0, 'g', 4)
                .arg(snrDb, 0, 'f', 1);
    text += tr("Incidence %1°, heading %2° (%3), centre %4°, %5°\n")
                .arg(sample.incidenceDeg, 0, 'f', 1)
                .arg(sample.headingDeg, 0, 'f', 1)
                .arg(descending ? tr("descending") : tr("ascending"))
                .arg(sample.centreLonDeg, 0, 'f', 3)
                .arg(sample.centreLatDeg, 0, 'f', 3);
    try {
        text += tr("Ground truth: ")
                + QString::fromStdString(nlohmann::json::parse(sample.paramsJson).dump(1));
    } catch (const std::exception&) {
        text += tr("Ground truth: ") + QString::fromStdString(sample.paramsJson);
    }
    m_info->setPlainText(text);
    if (!isGenerating())
        setStatus(tr("Preview up to date."));
}

QString DatasetTab::previewInfoText() const
{
    return m_info->toPlainText();
}

// ---------------------------------------------------------------------------------------------
// Generation

bool DatasetTab::isGenerating() const
{
    return m_generateJob && m_generateJob->isRunning();
}

void DatasetTab::generate()
{
    if (isGenerating())
        return;
    const synthesis::SynthesisConfig config = this->config();
    try {
        config.validate();
    } catch (const std::exception& e) {
        setStatus(QString::fromStdString(e.what()), true);
        return;
    }
    const QString outText = m_outDir->text().trimmed();
    if (outText.isEmpty()) {
        setStatus(tr("Choose an output folder first."), true);
        return;
    }
    const QStringList files = m_demFilesMode->isChecked() ? demFiles() : QStringList{};
    if (m_demFilesMode->isChecked() && files.isEmpty()) {
        setStatus(tr("Add at least one DEM file, or choose the built-in fractal DEM."), true);
        return;
    }
    saveSettings();

    const std::filesystem::path outDir = outText.toStdString();
    const std::size_t count = std::size_t(m_count->value());
    const std::uint64_t seed = datasetSeed();
    const auto format = synthesis::parseDatasetFormat(m_format->currentData().toString().toStdString())
                            .value_or(synthesis::DatasetFormat::Npy);
    const int threads = m_threads->value();
    synthesis::DatasetOptions options;
    options.samplesPerShard = std::size_t(m_samplesPerShard->value());
    options.components = m_components->isChecked();
    std::shared_ptr<const synthesis::DemSource> cached =
        (!files.isEmpty() && files == m_cachedDemFiles) ? m_cachedDem : nullptr;

    auto* job = startJob<std::monostate>(
        this,
        [=](Progress& progress) mutable {
            double begin = 0.0;
            if (!files.isEmpty() && !cached) {
                SubProgress read(progress, 0.0, 0.05);
                cached = loadDemTiles(files, read);
                begin = 0.05;
            }
            options.dem = cached;
            SubProgress write(progress, begin, 1.0);
            write.setStage("generating");
            synthesis::writeDataset(config, count, seed, outDir, format, write, threads, options);
        },
        [this, count, outText](JobOutcome<std::monostate> outcome) {
            QString message;
            if (outcome.succeeded())
                message = tr("Wrote %n sample(s) to %1.", nullptr, int(count)).arg(outText);
            else if (outcome.cancelled())
                message = tr("Cancelled. The shards completed so far are kept in %1 (dataset.json "
                             "says \"complete\": false); the shard in progress was removed.")
                              .arg(outText);
            else
                message = tr("Generation failed: %1").arg(outcome.message);
            setStatus(message, outcome.failed());
            updateButtons();
            emit generationFinished(outcome.status, message);
        });
    m_generateJob = job;
    m_jobProgress->watch(job);
    setStatus(tr("Generating %n sample(s) into %1…", nullptr, int(count)).arg(outText));
    updateButtons();
}

void DatasetTab::cancelGeneration()
{
    if (m_generateJob)
        m_generateJob->cancel();
}

void DatasetTab::setStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

QString DatasetTab::statusText() const
{
    return m_status->text();
}

void DatasetTab::updateButtons()
{
    m_generate->setEnabled(!isGenerating());
}

} // namespace insar::ui
