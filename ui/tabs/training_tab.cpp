#include "training_tab.h"

#include "common/error.h"
#include "jobs/job.h"
#include "jobs/job_progress_widget.h"
#include "jobs/training_job.h"
#include "nn/network_config.h"
#include "widgets/form_fields.h"
#include "widgets/form_memory.h"
#include "widgets/loss_chart.h"
#include "widgets/sample_gallery.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

namespace insar::ui {

namespace {

const QString kSettingsGroup = QStringLiteral("trainingTab");

void addPresets(QComboBox* combo)
{
    using synthesis::RegionPreset;
    combo->addItem(QObject::tr("Training (54°E–120°E, 26°N–37°N)"), QStringLiteral("train"));
    combo->addItem(QObject::tr("Validation (120°W–100°W, 37°N–46°N)"), QStringLiteral("val"));
    combo->addItem(QObject::tr("Test (70°E–110°E, 40°N–50°N)"), QStringLiteral("test"));
}

void selectData(QComboBox* combo, const QString& data)
{
    const int i = combo->findData(data);
    if (i >= 0)
        combo->setCurrentIndex(i);
}

QString milestonesText(const std::vector<int>& milestones)
{
    QStringList parts;
    for (int m : milestones)
        parts.append(QString::number(m));
    return parts.join(QStringLiteral(", "));
}

/// "30, 60, 90" -> {30, 60, 90}; throws insar::Error on anything else.
std::vector<int> parseMilestones(const QString& text)
{
    std::vector<int> out;
    const QStringList parts = text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    for (const QString& p : parts) {
        bool ok = false;
        const int v = p.toInt(&ok);
        if (!ok || v <= 0)
            throw Error(ErrorKind::InvalidInput,
                        "learning-rate milestones: '" + p.toStdString() + "' is not a positive epoch number");
        out.push_back(v);
    }
    return out;
}

QString formatDuration(double seconds)
{
    const qint64 s = qint64(std::llround(std::max(0.0, seconds)));
    if (s < 60)
        return QObject::tr("%1 s").arg(s);
    if (s < 3600)
        return QObject::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return QObject::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

QString formatRate(double samplesPerSec)
{
    if (!(samplesPerSec > 0.0))
        return QStringLiteral("–");
    return QObject::tr("%1 samples/s").arg(samplesPerSec, 0, 'f', samplesPerSec < 10 ? 2 : 1);
}

} // namespace

TrainingTab::TrainingTab(QWidget* parent) : QWidget(parent)
{
    qRegisterMetaType<insar::ui::TrainingTab::State>();
    auto* splitter = new QSplitter(Qt::Horizontal, this);

    auto* left = new QWidget();
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 6, 0);
    auto* scroll = new QScrollArea();
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_formArea = buildForm();
    scroll->setWidget(m_formArea);
    scroll->setMinimumWidth(m_formArea->sizeHint().width() + 24);
    leftLayout->addWidget(scroll, 1);

    // Run controls under the form, always visible.
    auto* runBox = new QGroupBox(tr("Run"));
    auto* rv = new QVBoxLayout(runBox);
    auto* buttons = new QHBoxLayout();
    m_start = new QPushButton(tr("Start"));
    m_start->setObjectName(QStringLiteral("startButton"));
    m_pause = new QPushButton(tr("Pause"));
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_resume = new QPushButton(tr("Resume"));
    m_resume->setObjectName(QStringLiteral("resumeButton"));
    m_stop = new QPushButton(tr("Stop"));
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_stop->setToolTip(tr("Stops at the next step and writes a checkpoint; tick “Continue from the "
                          "checkpoint” to go on later."));
    for (QPushButton* b : {m_start, m_pause, m_resume, m_stop})
        buttons->addWidget(b);
    rv->addLayout(buttons);
    m_progress = new QProgressBar();
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_progress->setFormat(QStringLiteral("%p%"));
    rv->addWidget(m_progress);
    auto* readouts = new QHBoxLayout();
    m_stage = new QLabel(tr("idle"));
    m_throughput = new QLabel(QStringLiteral("–"));
    m_throughput->setToolTip(tr("Training samples (crops) per second"));
    m_eta = new QLabel(QStringLiteral("–"));
    m_eta->setToolTip(tr("Estimated time to the last epoch"));
    m_throughput->setMinimumWidth(m_throughput->fontMetrics().horizontalAdvance(QStringLiteral("0000.0 samples/s")));
    readouts->addWidget(m_stage, 1);
    readouts->addWidget(m_throughput);
    readouts->addWidget(new QLabel(QStringLiteral("·")));
    readouts->addWidget(m_eta);
    rv->addLayout(readouts);
    m_status = new QLabel();
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Room for a three-line result message (wrapped labels do not ask for height by themselves).
    m_status->setMinimumHeight(3 * m_status->fontMetrics().lineSpacing() + 4);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    rv->addWidget(m_status);
    leftLayout->addWidget(runBox);
    splitter->addWidget(left);
    splitter->addWidget(buildCharts());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);

    m_drainTimer = new QTimer(this);
    m_drainTimer->setInterval(kDrainIntervalMs);
    connect(m_drainTimer, &QTimer::timeout, this, &TrainingTab::drainUpdates);

    connect(m_start, &QPushButton::clicked, this, &TrainingTab::start);
    connect(m_pause, &QPushButton::clicked, this, &TrainingTab::pause);
    connect(m_resume, &QPushButton::clicked, this, &TrainingTab::resume);
    connect(m_stop, &QPushButton::clicked, this, &TrainingTab::stop);

    FormMemory::restore(m_formArea, kSettingsGroup);
    m_logScale->setChecked(QSettings().value(kSettingsGroup + QStringLiteral("/logScale"), false).toBool());
    updateDataControls();
    setState(State::Idle);
}

TrainingTab::~TrainingTab()
{
    saveSettings();
    if (m_job) {
        m_job->stop();
        m_job->wait();
    }
}

// ---------------------------------------------------------------------------------------------
// Form

QWidget* TrainingTab::buildForm()
{
    const nn::TrainConfig d;
    auto* form = new QWidget();
    auto* v = new QVBoxLayout(form);
    v->setContentsMargins(0, 0, 0, 0);

    // Network
    auto* net = new QGroupBox(tr("Network (DnCNN, residual learning)"));
    auto* nf = new QFormLayout(net);
    m_architecture = new QComboBox();
    m_architecture->setObjectName(QStringLiteral("architecture"));
    for (const std::string& a : nn::availableArchitectures())
        m_architecture->addItem(QString::fromStdString(a), QString::fromStdString(a));
    selectData(m_architecture, QString::fromStdString(d.network.architecture));
    m_depth = intSpin("depth", 3, 100, d.network.depth);
    m_depth->setSuffix(tr(" layers"));
    m_channels = intSpin("channels", 1, 512, d.network.channels);
    m_channels->setSuffix(tr(" channels"));
    nf->addRow(tr("Architecture"), m_architecture);
    nf->addRow(tr("Depth"), m_depth);
    m_dilations = new QLineEdit();
    m_dilations->setObjectName(QStringLiteral("dilations"));
    m_dilations->setPlaceholderText(tr("none (plain DnCNN)"));
    m_dilations->setToolTip(tr("Dilation of each convolution, one per layer, e.g. 1,2,4,8,16,16,8,4,2,1 for "
                               "10 layers. Dilated layers see long-wavelength atmosphere (ramps, turbulence) "
                               "with the same number of weights."));
    m_receptiveField = new QLabel();
    m_receptiveField->setObjectName(QStringLiteral("receptiveField"));
    nf->addRow(tr("Width"), m_channels);
    nf->addRow(tr("Dilations"), m_dilations);
    nf->addRow(tr("Receptive field"), m_receptiveField);
    auto updateField = [this] {
        nn::NetworkConfig n;
        n.depth = m_depth->value();
        try {
            n.dilations = nn::parseDilations(m_dilations->text().toStdString());
            nn::validate(n);
            m_receptiveField->setText(tr("%1 × %1 pixels").arg(nn::receptiveField(n)));
        } catch (const Error& e) {
            m_receptiveField->setText(QString::fromStdString(e.what()));
        }
    };
    connect(m_depth, &QSpinBox::valueChanged, this, updateField);
    connect(m_dilations, &QLineEdit::textChanged, this, updateField);
    updateField();
    v->addWidget(net);

    // Data
    auto* data = new QGroupBox(tr("Data"));
    auto* df = new QFormLayout(data);
    m_dataSynthetic = new QRadioButton(tr("Synthesise on the fly"));
    m_dataSynthetic->setObjectName(QStringLiteral("dataSynthetic"));
    m_dataSynthetic->setChecked(true);
    m_dataFolder = new QRadioButton(tr("Dataset folder (written by Generate / synth)"));
    m_dataFolder->setObjectName(QStringLiteral("dataFolder"));
    df->addRow(m_dataSynthetic);
    m_trainPreset = new QComboBox();
    m_trainPreset->setObjectName(QStringLiteral("trainPreset"));
    addPresets(m_trainPreset);
    m_sampleSize = intSpin("sampleSize", 16, 2048, d.trainData.sampleSize);
    m_sampleSize->setSuffix(tr(" px"));
    df->addRow(tr("Training region"), m_trainPreset);
    df->addRow(tr("Map size"), m_sampleSize);
    df->addRow(m_dataFolder);
    auto* dirRow = new QHBoxLayout();
    m_datasetDir = new QLineEdit();
    m_datasetDir->setObjectName(QStringLiteral("datasetDir"));
    m_datasetBrowse = new QPushButton(tr("Browse…"));
    dirRow->addWidget(m_datasetDir, 1);
    dirRow->addWidget(m_datasetBrowse);
    df->addRow(tr("Folder"), dirRow);
    m_valPreset = new QComboBox();
    m_valPreset->setObjectName(QStringLiteral("validationPreset"));
    addPresets(m_valPreset);
    selectData(m_valPreset, QStringLiteral("val"));
    m_validationSamples = intSpin("validationSamples", 1, 10000, d.validationSamples);
    m_galleryCount = intSpin("galleryCount", 0, 8, d.galleryCount);
    df->addRow(tr("Validation region"), m_valPreset);
    df->addRow(tr("Validation maps"), m_validationSamples);
    df->addRow(tr("Gallery samples"), m_galleryCount);
    m_cropSize = intSpin("cropSize", 0, 2048, d.cropSize);
    m_cropSize->setSpecialValueText(tr("full maps"));
    m_cropSize->setSuffix(tr(" px"));
    m_cropsPerSample = intSpin("cropsPerSample", 1, 64, d.cropsPerSample);
    m_dataThreads = intSpin("dataThreads", 1, 64, d.dataThreads);
    m_normalisation = new QComboBox();
    m_normalisation->setObjectName(QStringLiteral("normalisation"));
    m_normalisation->addItem(tr("Float (metres × scale)"), QStringLiteral("float"));
    m_normalisation->addItem(tr("8-bit per map, as the poster"), QStringLiteral("poster8bit"));
    df->addRow(tr("Crop size"), m_cropSize);
    df->addRow(tr("Crops per map"), m_cropsPerSample);
    df->addRow(tr("Synthesis threads"), m_dataThreads);
    df->addRow(tr("Normalisation"), m_normalisation);
    v->addWidget(data);

    // Optimiser
    auto* opt = new QGroupBox(tr("Optimiser (Adam, multi-step schedule)"));
    auto* of = new QFormLayout(opt);
    m_epochs = intSpin("epochs", 1, 100000, d.epochs);
    m_stepsPerEpoch = intSpin("stepsPerEpoch", 1, 1000000, d.stepsPerEpoch);
    m_batch = intSpin("batch", 1, 4096, d.batchSize);
    m_learningRate = doubleSpin("learningRate", 1e-7, 1.0, d.learningRate, 7, 1e-4);
    m_milestones = new QLineEdit(milestonesText(d.lrMilestones));
    m_milestones->setObjectName(QStringLiteral("lrMilestones"));
    m_milestones->setToolTip(tr("Epochs at which the learning rate is multiplied by γ"));
    m_gamma = doubleSpin("lrGamma", 0.001, 1.0, d.lrGamma, 3, 0.05);
    m_patience = intSpin("patience", 0, 100000, d.earlyStoppingPatience);
    m_patience->setSpecialValueText(tr("never stop early"));
    m_seed = intSpin("seed", 0, std::numeric_limits<int>::max(), int(d.seed));
    of->addRow(tr("Epochs"), m_epochs);
    of->addRow(tr("Steps per epoch"), m_stepsPerEpoch);
    of->addRow(tr("Batch size"), m_batch);
    of->addRow(tr("Learning rate"), m_learningRate);
    of->addRow(tr("LR milestones"), m_milestones);
    of->addRow(tr("LR factor γ"), m_gamma);
    of->addRow(tr("Early-stop patience"), m_patience);
    of->addRow(tr("Seed"), m_seed);
    v->addWidget(opt);

    // Device
    auto* dev = new QGroupBox(tr("Device"));
    auto* devf = new QFormLayout(dev);
    m_device = new QComboBox();
    m_device->setObjectName(QStringLiteral("device"));
    m_device->addItem(tr("Automatic"), QStringLiteral("auto"));
    m_device->addItem(tr("CPU"), QStringLiteral("cpu"));
    m_device->addItem(tr("CUDA GPU"), QStringLiteral("cuda"));
    const nn::DeviceInfo info = nn::deviceInfo();
    if (!info.cudaAvailable) {
        // Keep the entry visible (so the user sees the option exists) but not selectable.
        if (auto* model = qobject_cast<QStandardItemModel*>(m_device->model()))
            model->item(2)->setEnabled(false);
        m_device->setItemText(2, tr("CUDA GPU (not available)"));
    }
    m_deviceInfo = new QLabel(QString::fromStdString(info.description)
                              + (info.cudaAvailable ? tr(" — CUDA available") : tr(" — no CUDA")));
    m_deviceInfo->setObjectName(QStringLiteral("deviceInfoLabel"));
    m_deviceInfo->setWordWrap(true);
    m_threads = intSpin("threads", 0, 256, 0);
    m_threads->setSpecialValueText(tr("all cores"));
    m_mixedPrecision = new QCheckBox(tr("Mixed precision on CUDA"));
    m_mixedPrecision->setObjectName(QStringLiteral("mixedPrecision"));
    m_mixedPrecision->setChecked(d.mixedPrecision);
    devf->addRow(tr("Run on"), m_device);
    devf->addRow(m_deviceInfo);
    devf->addRow(tr("CPU threads"), m_threads);
    devf->addRow(m_mixedPrecision);
    v->addWidget(dev);

    // Output
    auto* out = new QGroupBox(tr("Output"));
    auto* outf = new QFormLayout(out);
    auto* outRow = new QHBoxLayout();
    m_outDir = new QLineEdit();
    m_outDir->setObjectName(QStringLiteral("outDir"));
    m_outDir->setPlaceholderText(tr("folder for checkpoint, models and history"));
    auto* outBrowse = new QPushButton(tr("Browse…"));
    outRow->addWidget(m_outDir, 1);
    outRow->addWidget(outBrowse);
    outf->addRow(tr("Folder"), outRow);
    m_resumeCheckpoint = new QCheckBox(tr("Continue from the checkpoint in this folder"));
    m_resumeCheckpoint->setObjectName(QStringLiteral("resumeCheckpoint"));
    outf->addRow(m_resumeCheckpoint);
    auto* cfgRow = new QHBoxLayout();
    auto* loadCfg = new QPushButton(tr("Load config…"));
    auto* saveCfg = new QPushButton(tr("Save config…"));
    cfgRow->addWidget(loadCfg);
    cfgRow->addWidget(saveCfg);
    cfgRow->addStretch();
    outf->addRow(cfgRow);
    v->addWidget(out);
    v->addStretch();

    connect(m_dataFolder, &QRadioButton::toggled, this, &TrainingTab::updateDataControls);
    connect(m_datasetBrowse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Dataset folder"), m_datasetDir->text());
        if (!dir.isEmpty())
            m_datasetDir->setText(QDir::toNativeSeparators(dir));
    });
    connect(outBrowse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Output folder"), m_outDir->text());
        if (!dir.isEmpty())
            m_outDir->setText(QDir::toNativeSeparators(dir));
    });
    connect(loadCfg, &QPushButton::clicked, this, &TrainingTab::loadConfigFile);
    connect(saveCfg, &QPushButton::clicked, this, &TrainingTab::saveConfigFile);
    return form;
}

QWidget* TrainingTab::buildCharts()
{
    auto* right = new QSplitter(Qt::Vertical);

    auto* charts = new QWidget();
    auto* cv = new QVBoxLayout(charts);
    cv->setContentsMargins(0, 0, 0, 0);
    auto* chartRow = new QHBoxLayout();

    m_lossChart = new LossChart();
    m_lossChart->setObjectName(QStringLiteral("lossChart"));
    m_lossChart->setTitle(tr("Loss l(θ)"));
    m_lossChart->setAxisTitles(tr("epoch"), tr("loss"));
    m_lossChart->addSeries(QStringLiteral("trainStep"), tr("training, per step"), QColor(160, 190, 230));
    m_lossChart->addSeries(QStringLiteral("trainEpoch"), tr("training, epoch mean"), QColor(31, 100, 180),
                           LossChart::Axis::Left, Qt::SolidLine, true);
    m_lossChart->addSeries(QStringLiteral("valEpoch"), tr("validation"), QColor(214, 90, 30),
                           LossChart::Axis::Left, Qt::SolidLine, true);
    chartRow->addWidget(m_lossChart, 1);

    m_metricsChart = new LossChart();
    m_metricsChart->setObjectName(QStringLiteral("metricsChart"));
    m_metricsChart->setTitle(tr("Validation SSIM and SNR (dashed: uncorrected input)"));
    m_metricsChart->setAxisTitles(tr("epoch"), tr("SSIM"), tr("SNR (dB)"));
    m_metricsChart->setMinimumRange(LossChart::Axis::Left, 0.0, 1.0);
    const QColor ssimPoster(31, 100, 180), ssimWindowed(60, 150, 60), snr(200, 60, 60);
    m_metricsChart->addSeries(QStringLiteral("ssimPoster"), tr("SSIM"), ssimPoster,
                              LossChart::Axis::Left, Qt::SolidLine, true);
    m_metricsChart->addSeries(QStringLiteral("ssimWindowed"), tr("SSIM 11×11"), ssimWindowed,
                              LossChart::Axis::Left, Qt::SolidLine, true);
    m_metricsChart->addSeries(QStringLiteral("snrDb"), tr("SNR"), snr, LossChart::Axis::Right,
                              Qt::SolidLine, true);
    // The uncorrected input's values, dashed in the same colours (explained in the title).
    for (const auto& [key, color, axis] :
         {std::tuple{QStringLiteral("inputSsimPoster"), ssimPoster, LossChart::Axis::Left},
          std::tuple{QStringLiteral("inputSsimWindowed"), ssimWindowed, LossChart::Axis::Left},
          std::tuple{QStringLiteral("inputSnrDb"), snr, LossChart::Axis::Right}}) {
        m_metricsChart->addSeries(key, key, color, axis, Qt::DashLine);
        m_metricsChart->setSeriesInLegend(key, false);
    }
    chartRow->addWidget(m_metricsChart, 1);
    cv->addLayout(chartRow, 1);

    auto* chartOptions = new QHBoxLayout();
    m_logScale = new QCheckBox(tr("Logarithmic loss axis"));
    m_logScale->setObjectName(QStringLiteral("logScale"));
    chartOptions->addWidget(m_logScale);
    chartOptions->addStretch();
    cv->addLayout(chartOptions);
    connect(m_logScale, &QCheckBox::toggled, this, &TrainingTab::setLogScale);
    right->addWidget(charts);

    auto* bottom = new QTabWidget();
    bottom->setObjectName(QStringLiteral("galleryAndLog"));
    m_gallery = new SampleGallery();
    m_gallery->setObjectName(QStringLiteral("gallery"));
    bottom->addTab(m_gallery, tr("Validation gallery"));
    m_log = new QPlainTextEdit();
    m_log->setObjectName(QStringLiteral("trainingLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    bottom->addTab(m_log, tr("Log"));
    right->addWidget(bottom);
    right->setStretchFactor(0, 2);
    right->setStretchFactor(1, 3);
    return right;
}

void TrainingTab::updateDataControls()
{
    const bool folder = m_dataFolder->isChecked();
    m_datasetDir->setEnabled(folder);
    m_datasetBrowse->setEnabled(folder);
    m_trainPreset->setEnabled(!folder);
    m_sampleSize->setEnabled(!folder);
    m_dataThreads->setEnabled(!folder);
}

nn::TrainConfig TrainingTab::config() const
{
    nn::TrainConfig c;
    c.network.architecture = m_architecture->currentData().toString().toStdString();
    c.network.depth = m_depth->value();
    c.network.channels = m_channels->value();
    try {
        c.network.dilations = nn::parseDilations(m_dilations->text().toStdString());
    } catch (const Error&) {
        c.network.dilations = {-1};   // rejected with its message by validate() when the run starts
    }

    const auto trainPreset = synthesis::parseRegionPreset(m_trainPreset->currentData().toString().toStdString())
                                 .value_or(synthesis::RegionPreset::Train);
    c.trainData.applyPreset(trainPreset);
    c.trainData.sampleSize = m_sampleSize->value();
    c.validationPreset = synthesis::parseRegionPreset(m_valPreset->currentData().toString().toStdString())
                             .value_or(synthesis::RegionPreset::Validation);
    if (m_dataFolder->isChecked())
        c.datasetDir = m_datasetDir->text().trimmed().toStdString();
    c.validationSamples = m_validationSamples->value();
    c.galleryCount = m_galleryCount->value();
    c.cropSize = m_cropSize->value();
    c.cropsPerSample = m_cropsPerSample->value();
    c.dataThreads = m_dataThreads->value();
    c.normalisation = m_normalisation->currentData().toString() == QLatin1String("poster8bit")
                          ? nn::NormalisationMode::Poster8Bit
                          : nn::NormalisationMode::Float;

    c.epochs = m_epochs->value();
    c.stepsPerEpoch = m_stepsPerEpoch->value();
    c.batchSize = m_batch->value();
    c.learningRate = m_learningRate->value();
    try {
        c.lrMilestones = parseMilestones(m_milestones->text());
    } catch (const Error&) {
        // Shown when the run starts (start() parses again and reports the message).
    }
    c.lrGamma = m_gamma->value();
    c.earlyStoppingPatience = m_patience->value();
    c.seed = std::uint64_t(m_seed->value());
    c.device = m_device->currentData().toString().toStdString();
    c.threads = m_threads->value();
    c.mixedPrecision = m_mixedPrecision->isChecked();
    return c;
}

void TrainingTab::setConfig(const nn::TrainConfig& c)
{
    selectData(m_architecture, QString::fromStdString(c.network.architecture));
    m_depth->setValue(c.network.depth);
    m_channels->setValue(c.network.channels);
    m_dilations->setText(QString::fromStdString(nn::formatDilations(c.network.dilations)));
    selectData(m_trainPreset, QString::fromStdString(synthesis::regionPresetName(c.trainData.regionPreset)));
    m_sampleSize->setValue(c.trainData.sampleSize);
    selectData(m_valPreset, QString::fromStdString(synthesis::regionPresetName(c.validationPreset)));
    (c.datasetDir.empty() ? m_dataSynthetic : m_dataFolder)->setChecked(true);
    if (!c.datasetDir.empty())
        m_datasetDir->setText(QString::fromStdString(c.datasetDir.string()));
    m_validationSamples->setValue(c.validationSamples);
    m_galleryCount->setValue(c.galleryCount);
    m_cropSize->setValue(c.cropSize);
    m_cropsPerSample->setValue(c.cropsPerSample);
    m_dataThreads->setValue(c.dataThreads);
    selectData(m_normalisation, QString::fromStdString(nn::normalisationName(c.normalisation)));
    m_epochs->setValue(c.epochs);
    m_stepsPerEpoch->setValue(c.stepsPerEpoch);
    m_batch->setValue(c.batchSize);
    m_learningRate->setValue(c.learningRate);
    m_milestones->setText(milestonesText(c.lrMilestones));
    m_gamma->setValue(c.lrGamma);
    m_patience->setValue(c.earlyStoppingPatience);
    m_seed->setValue(int(std::min<std::uint64_t>(c.seed, std::uint64_t(std::numeric_limits<int>::max()))));
    selectData(m_device, QString::fromStdString(c.device));
    m_threads->setValue(c.threads);
    m_mixedPrecision->setChecked(c.mixedPrecision);
    updateDataControls();
}

std::filesystem::path TrainingTab::outputDir() const
{
    return m_outDir->text().trimmed().toStdString();
}

void TrainingTab::setOutputDir(const QString& dir)
{
    m_outDir->setText(dir);
}

void TrainingTab::saveSettings() const
{
    FormMemory::save(m_formArea, kSettingsGroup);
    QSettings().setValue(kSettingsGroup + QStringLiteral("/logScale"), m_logScale->isChecked());
}

void TrainingTab::loadConfigFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Training configuration"), QString(),
                                                      tr("JSON (*.json);;All files (*)"));
    if (file.isEmpty())
        return;
    try {
        setConfig(nn::loadTrainConfig(file.toStdString()));
        setStatus(tr("Loaded %1.").arg(file));
    } catch (const std::exception& e) {
        setStatus(QString::fromStdString(e.what()), true);
    }
}

void TrainingTab::saveConfigFile()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Training configuration"),
                                                      QStringLiteral("train_config.json"),
                                                      tr("JSON (*.json)"));
    if (file.isEmpty())
        return;
    try {
        nn::TrainConfig c = config();
        c.lrMilestones = parseMilestones(m_milestones->text());
        nn::saveTrainConfig(c, file.toStdString());
        setStatus(tr("Saved %1.").arg(file));
    } catch (const std::exception& e) {
        setStatus(QString::fromStdString(e.what()), true);
    }
}

// ---------------------------------------------------------------------------------------------
// Run control

void TrainingTab::start()
{
    if (m_state != State::Idle)
        return;
    nn::TrainConfig c = config();
    const std::filesystem::path out = outputDir();
    try {
        c.lrMilestones = parseMilestones(m_milestones->text());
        c.network.dilations = nn::parseDilations(m_dilations->text().toStdString());
        if (out.empty())
            throw Error(ErrorKind::InvalidInput, "choose an output folder for the checkpoint and models");
        if (m_dataFolder->isChecked() && c.datasetDir.empty())
            throw Error(ErrorKind::InvalidInput, "choose the dataset folder, or synthesise on the fly");
        nn::validate(c);
    } catch (const std::exception& e) {
        setStatus(QString::fromStdString(e.what()), true);
        return;
    }
    saveSettings();

    const bool resume = m_resumeCheckpoint->isChecked();
    if (!resume) {
        m_lossChart->clearData();
        m_metricsChart->clearData();
        m_gallery->clear();
        m_log->clear();
    }
    m_runStepsPerEpoch = std::max(1, c.stepsPerEpoch);
    m_smoothedSamplesPerSec = 0.0;
    m_lastEpoch = nn::EpochReport{};
    m_progress->setValue(0);
    m_throughput->setText(QStringLiteral("–"));
    m_eta->setText(QStringLiteral("–"));

    auto* job = new TrainingJob(c, out, resume, this);
    m_job = job;
    connect(job, &TrainingJob::finished, this, &TrainingTab::onJobFinished);
    appendLog(tr("%1 training: %2, %3 layers × %4 channels, %5 epochs × %6 steps, batch %7 → %8")
                  .arg(resume ? tr("Continuing") : tr("Starting"))
                  .arg(QString::fromStdString(c.network.architecture))
                  .arg(c.network.depth)
                  .arg(c.network.channels)
                  .arg(c.epochs)
                  .arg(c.stepsPerEpoch)
                  .arg(c.batchSize)
                  .arg(QString::fromStdString(out.string())));
    m_elapsed.start();
    setStatus(tr("Training…"));
    setState(State::Running);
    job->start();
    m_drainTimer->start();
}

void TrainingTab::pause()
{
    if (m_state != State::Running || !m_job)
        return;
    m_job->pause();
    setState(State::Paused);
    m_stage->setText(tr("paused (the trainer waits at the next step)"));
}

void TrainingTab::resume()
{
    if (m_state != State::Paused || !m_job)
        return;
    m_job->resume();
    setState(State::Running);
}

void TrainingTab::stop()
{
    if ((m_state != State::Running && m_state != State::Paused) || !m_job)
        return;
    m_job->stop();
    setState(State::Stopping);
    m_stage->setText(tr("stopping: writing a checkpoint…"));
}

bool TrainingTab::confirmClose()
{
    if (m_state == State::Idle)
        return true;
    if (m_state != State::Stopping) {
        const auto answer = QMessageBox::question(
            this, tr("Training is running"),
            tr("A training run is in progress. Stop it and close? A checkpoint is written first, so "
               "the run can be continued later."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return false;
        stop();
    }
    m_closeWhenStopped = true;
    return false;
}

void TrainingTab::setLogScale(bool on)
{
    if (m_logScale->isChecked() != on)
        m_logScale->setChecked(on);
    m_lossChart->setLogScale(on);
}

void TrainingTab::setState(State state)
{
    m_state = state;
    const bool idle = state == State::Idle;
    m_start->setEnabled(idle);
    m_pause->setEnabled(state == State::Running);
    m_resume->setEnabled(state == State::Paused);
    m_stop->setEnabled(state == State::Running || state == State::Paused);
    m_formArea->setEnabled(idle);
    if (idle)
        m_stage->setText(tr("idle"));
    emit stateChanged(state);
}

// ---------------------------------------------------------------------------------------------
// Streaming updates

void TrainingTab::drainUpdates()
{
    if (!m_job)
        return;
    TrainingJob::Updates u = m_job->drain();
    // One rescale per chart per drain, however many steps and epochs arrived.
    const LossChart::UpdateBatch lossBatch(m_lossChart);
    const LossChart::UpdateBatch metricsBatch(m_metricsChart);

    if (!u.steps.empty()) {
        QList<QPointF> points;
        points.reserve(qsizetype(u.steps.size()));
        for (const nn::StepReport& s : u.steps)
            points.append(QPointF(double(s.step) / double(m_runStepsPerEpoch), s.loss));
        m_lossChart->appendPoints(QStringLiteral("trainStep"), points);
        updateThroughput(u.steps.back().samplesPerSec);
    }
    for (const nn::EpochReport& e : u.epochs) {
        m_lossChart->appendPoint(QStringLiteral("trainEpoch"), e.epoch, e.trainLoss);
        m_lossChart->appendPoint(QStringLiteral("valEpoch"), e.epoch, e.valLoss);
        m_metricsChart->appendPoint(QStringLiteral("ssimPoster"), e.epoch, e.ssimPoster);
        m_metricsChart->appendPoint(QStringLiteral("ssimWindowed"), e.epoch, e.ssimWindowed);
        m_metricsChart->appendPoint(QStringLiteral("snrDb"), e.epoch, e.snrDb);
        m_metricsChart->setReferenceLine(QStringLiteral("inputSsimPoster"), e.inputSsimPoster);
        m_metricsChart->setReferenceLine(QStringLiteral("inputSsimWindowed"), e.inputSsimWindowed);
        m_metricsChart->setReferenceLine(QStringLiteral("inputSnrDb"), e.inputSnrDb);
        appendLog(tr("epoch %1/%2: train %3, val %4%5 | SSIM %6 / %7 (input %8 / %9) | SNR %10 dB "
                     "(input %11 dB) | RMSE %12 mm (input %13 mm) | %14 | lr %15")
                      .arg(e.epoch)
                      .arg(e.epochs)
                      .arg(e.trainLoss, 0, 'g', 4)
                      .arg(e.valLoss, 0, 'g', 4)
                      .arg(e.best ? tr(" (best)") : QString())
                      .arg(e.ssimPoster, 0, 'f', 3)
                      .arg(e.ssimWindowed, 0, 'f', 3)
                      .arg(e.inputSsimPoster, 0, 'f', 3)
                      .arg(e.inputSsimWindowed, 0, 'f', 3)
                      .arg(e.snrDb, 0, 'f', 2)
                      .arg(e.inputSnrDb, 0, 'f', 2)
                      .arg(e.rmseM * 1e3, 0, 'f', 2)
                      .arg(e.inputRmseM * 1e3, 0, 'f', 2)
                      .arg(formatRate(e.samplesPerSec))
                      .arg(e.learningRate, 0, 'g', 3));
        m_lastEpoch = e;
        if (e.samplesPerSec > 0.0)
            updateThroughput(e.samplesPerSec);
    }
    if (u.hasGallery)
        m_gallery->setItems(u.gallery, m_lastEpoch.epoch);
    for (const QString& m : std::as_const(u.messages))
        appendLog(m);

    m_progress->setValue(int(std::lround(std::clamp(u.fraction, 0.0, 1.0) * 1000.0)));
    if (m_state == State::Running && !u.stage.isEmpty())
        m_stage->setText(u.stage);
    if (m_state == State::Running) {
        // The trainer's estimate after each epoch; before the first one, none is shown.
        if (m_lastEpoch.epoch > 0) {
            m_eta->setText(JobProgressWidget::formatEta(m_lastEpoch.etaSeconds));
        } else if (u.fraction > 0.02 && m_elapsed.isValid()) {
            // Before the first epoch report: linear in the run's progress.
            const double seconds = m_elapsed.elapsed() / 1000.0;
            m_eta->setText(JobProgressWidget::formatEta(seconds * (1.0 - u.fraction) / u.fraction));
        }
    }
    if (!u.epochs.empty())
        emit epochShown(m_lastEpoch.epoch);
}

void TrainingTab::updateThroughput(double samplesPerSec)
{
    if (!(samplesPerSec > 0.0) || !std::isfinite(samplesPerSec))
        return;
    // Exponential smoothing so the read-out does not flicker step to step.
    m_smoothedSamplesPerSec = m_smoothedSamplesPerSec > 0.0
                                  ? 0.8 * m_smoothedSamplesPerSec + 0.2 * samplesPerSec
                                  : samplesPerSec;
    m_throughput->setText(formatRate(m_smoothedSamplesPerSec));
}

void TrainingTab::onJobFinished()
{
    m_drainTimer->stop();
    drainUpdates();
    TrainingJob* job = m_job;
    QString message;
    bool ok = true;
    if (job->failed()) {
        ok = false;
        message = tr("Training failed: %1").arg(job->errorMessage());
    } else {
        m_lastResult = job->result();
        const nn::TrainResult& r = m_lastResult;
        const QString checkpoint = QString::fromStdString(r.checkpointFile.string());
        if (r.stopped)
            message = tr("Stopped after %n epoch(s); checkpoint written to %1. Tick “Continue from the "
                         "checkpoint” and press Start to go on.", nullptr, r.epochsDone)
                          .arg(checkpoint);
        else
            message = tr("%1 after %n epoch(s) (%2). Best validation loss %3 at epoch %4; model: %5",
                         nullptr, r.epochsDone)
                          .arg(r.earlyStopped ? tr("Stopped early") : tr("Finished"))
                          .arg(formatDuration(r.seconds))
                          .arg(r.bestValLoss, 0, 'g', 4)
                          .arg(r.bestEpoch)
                          .arg(QString::fromStdString(r.modelFile.string()));
        if (!r.stopped)
            m_progress->setValue(m_progress->maximum());
    }
    appendLog(message);
    setStatus(message, !ok);
    m_eta->setText(QStringLiteral("–"));
    m_job = nullptr;
    job->deleteLater();
    setState(State::Idle);
    emit trainingFinished(ok, message);
    if (m_closeWhenStopped) {
        m_closeWhenStopped = false;
        if (QWidget* w = window(); w && w != this)
            QTimer::singleShot(0, w, &QWidget::close);
    }
}

void TrainingTab::appendLog(const QString& line)
{
    m_log->appendPlainText(line);
}

void TrainingTab::setStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

QString TrainingTab::statusText() const
{
    return m_status->text();
}

} // namespace insar::ui
