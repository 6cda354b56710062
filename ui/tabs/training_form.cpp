#include "training_form.h"

#include "common/error.h"
#include "nn/network_config.h"
#include "nn/trainer.h"
#include "widgets/form_fields.h"
#include "widgets/bound_texts.h"
#include "widgets/form_memory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace insar::ui {

namespace {

void addPresets(TextBindings& texts, QComboBox* combo)
{
    combo->addItem(QString(), QStringLiteral("train"));
    combo->addItem(QString(), QStringLiteral("val"));
    combo->addItem(QString(), QStringLiteral("test"));
    bindItemTexts(texts, combo, [] {
        return QStringList{QObject::tr("Training (54°E–120°E, 26°N–37°N)"),
                           QObject::tr("Validation (120°W–100°W, 37°N–46°N)"),
                           QObject::tr("Test (70°E–110°E, 40°N–50°N)")};
    });
}

} // namespace

TrainingForm::TrainingForm(QWidget* parent) : QWidget(parent)
{
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->addWidget(buildNetwork());
    v->addWidget(buildData());
    v->addWidget(buildOptimiser());
    v->addWidget(buildDevice());
    v->addWidget(buildOutput());
    v->addStretch();

    bindFields();
    m_binding.show(nn::TrainConfig{});
    // Remembered values differ from the defaults just shown, so config() reads them as edits.
    FormMemory::restore(this, kSettingsGroup);
    updateDataControls();
    updateArchitectureControls();
    m_texts.bind([this] { updateReceptiveField(); });
    connect(m_architecture, &QComboBox::currentIndexChanged, this, [this] {
        updateArchitectureControls();
        updateReceptiveField();
    });
    connect(m_depth, &QSpinBox::valueChanged, this, &TrainingForm::updateReceptiveField);
    connect(m_levels, &QSpinBox::valueChanged, this, &TrainingForm::updateReceptiveField);
    connect(m_dilations, &QLineEdit::textChanged, this, &TrainingForm::updateReceptiveField);
    connect(m_dataFolder, &QRadioButton::toggled, this, &TrainingForm::updateDataControls);
    connect(m_outDir, &QLineEdit::textChanged, this, &TrainingForm::outputDirChanged);
}

void TrainingForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_texts.apply();
    QWidget::changeEvent(event);
}

QWidget* TrainingForm::buildNetwork()
{
    const nn::NetworkConfig d;
    auto* box = new QGroupBox();
    auto* f = new QFormLayout(box);
    m_architecture = new QComboBox();
    m_architecture->setObjectName(QStringLiteral("architecture"));
    for (const std::string& a : nn::availableArchitectures())
        m_architecture->addItem(QString::fromStdString(a), QString::fromStdString(a));
    m_depth = intSpin("depth", 3, 100, d.depth);
    bindSuffix(m_texts, m_depth, [] { return tr(" layers"); });
    m_channels = intSpin("channels", 1, 512, d.channels);
    bindSuffix(m_texts, m_channels, [] { return tr(" channels"); });
    m_levels = intSpin("levels", 1, 5, d.levels);
    m_dilations = new QLineEdit();
    m_dilations->setObjectName(QStringLiteral("dilations"));
    m_demInput = new QCheckBox();
    m_demInput->setObjectName(QStringLiteral("demInput"));
    m_texts.bind([this, box] {
        box->setTitle(tr("Network (DnCNN, residual learning)"));
        m_levels->setToolTip(tr("U-Net: number of halvings of the map (each doubles the width)"));
        m_demInput->setText(tr("DEM input"));
        m_demInput->setToolTip(
            tr("Give the network the DEM as a second channel; denoising then needs a DEM"));
        m_dilations->setPlaceholderText(tr("none (plain DnCNN)"));
        m_dilations->setToolTip(
            tr("Dilation of each convolution, one per layer, e.g. 1,2,4,8,16,16,8,4,2,1 for "
               "10 layers. Dilated layers see long-wavelength atmosphere (ramps, turbulence) "
               "with the same number of weights."));
    });
    m_receptiveField = new QLabel();
    m_receptiveField->setObjectName(QStringLiteral("receptiveField"));
    addBoundRow(
        m_texts, f, [] { return tr("Architecture"); }, m_architecture);
    addBoundRow(
        m_texts, f, [] { return tr("Depth"); }, m_depth);
    addBoundRow(
        m_texts, f, [] { return tr("Width"); }, m_channels);
    addBoundRow(
        m_texts, f, [] { return tr("Dilations"); }, m_dilations);
    addBoundRow(
        m_texts, f, [] { return tr("Levels"); }, m_levels);
    f->addRow(m_demInput);
    addBoundRow(
        m_texts, f, [] { return tr("Receptive field"); }, m_receptiveField);
    return box;
}

QWidget* TrainingForm::buildData()
{
    const nn::TrainConfig d;
    auto* box = new QGroupBox();
    auto* f = new QFormLayout(box);
    m_dataSynthetic = new QRadioButton();
    m_dataSynthetic->setObjectName(QStringLiteral("dataSynthetic"));
    m_dataSynthetic->setChecked(true);
    m_dataFolder = new QRadioButton();
    m_dataFolder->setObjectName(QStringLiteral("dataFolder"));
    f->addRow(m_dataSynthetic);
    m_trainPreset = new QComboBox();
    m_trainPreset->setObjectName(QStringLiteral("trainPreset"));
    addPresets(m_texts, m_trainPreset);
    m_sampleSize = intSpin("sampleSize", 16, 2048, d.trainData.sampleSize);
    bindSuffix(m_texts, m_sampleSize, [] { return tr(" px"); });
    addBoundRow(
        m_texts, f, [] { return tr("Training region"); }, m_trainPreset);
    addBoundRow(
        m_texts, f, [] { return tr("Map size"); }, m_sampleSize);
    f->addRow(m_dataFolder);
    auto* dirRow = new QHBoxLayout();
    m_datasetDir = new QLineEdit();
    m_datasetDir->setObjectName(QStringLiteral("datasetDir"));
    m_datasetBrowse = new QPushButton();
    dirRow->addWidget(m_datasetDir, 1);
    dirRow->addWidget(m_datasetBrowse);
    auto* folderLabel = new QLabel();
    f->addRow(folderLabel, dirRow);
    m_valPreset = new QComboBox();
    m_valPreset->setObjectName(QStringLiteral("validationPreset"));
    addPresets(m_texts, m_valPreset);
    m_validationSamples = intSpin("validationSamples", 1, 10000, d.validationSamples);
    m_galleryCount = intSpin("galleryCount", 0, 8, d.galleryCount);
    addBoundRow(
        m_texts, f, [] { return tr("Validation region"); }, m_valPreset);
    addBoundRow(
        m_texts, f, [] { return tr("Validation maps"); }, m_validationSamples);
    addBoundRow(
        m_texts, f, [] { return tr("Gallery samples"); }, m_galleryCount);
    m_cropSize = intSpin("cropSize", 0, 2048, d.cropSize);
    bindSuffix(m_texts, m_cropSize, [] { return tr(" px"); });
    m_cropsPerSample = intSpin("cropsPerSample", 1, 64, d.cropsPerSample);
    m_dataThreads = intSpin("dataThreads", 1, 64, d.dataThreads);
    m_normalisation = new QComboBox();
    m_normalisation->setObjectName(QStringLiteral("normalisation"));
    m_normalisation->addItem(QString(), QStringLiteral("float"));
    m_normalisation->addItem(QString(), QStringLiteral("poster8bit"));
    bindItemTexts(m_texts, m_normalisation, [] {
        return QStringList{tr("Float (metres × scale)"), tr("8-bit per map, as the poster")};
    });
    addBoundRow(
        m_texts, f, [] { return tr("Crop size"); }, m_cropSize);
    addBoundRow(
        m_texts, f, [] { return tr("Crops per map"); }, m_cropsPerSample);
    addBoundRow(
        m_texts, f, [] { return tr("Synthesis threads"); }, m_dataThreads);
    addBoundRow(
        m_texts, f, [] { return tr("Normalisation"); }, m_normalisation);
    m_texts.bind([this, box, folderLabel] {
        box->setTitle(tr("Data"));
        m_dataSynthetic->setText(tr("Synthesise on the fly"));
        m_dataFolder->setText(tr("Dataset folder (written by Generate / synth)"));
        m_datasetBrowse->setText(tr("Browse…"));
        folderLabel->setText(tr("Folder"));
        m_cropSize->setSpecialValueText(tr("full maps"));
    });
    connect(m_datasetBrowse, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Dataset folder"), m_datasetDir->text());
        if (!dir.isEmpty())
            m_datasetDir->setText(QDir::toNativeSeparators(dir));
    });
    return box;
}

QWidget* TrainingForm::buildOptimiser()
{
    const nn::TrainConfig d;
    auto* box = new QGroupBox();
    auto* f = new QFormLayout(box);
    m_epochs = intSpin("epochs", 1, 100000, d.epochs);
    m_stepsPerEpoch = intSpin("stepsPerEpoch", 1, 1000000, d.stepsPerEpoch);
    m_batch = intSpin("batch", 1, 4096, d.batchSize);
    m_learningRate = doubleSpin("learningRate", 1e-7, 1.0, d.learningRate, 7, 1e-4);
    m_milestones = new QLineEdit();
    m_milestones->setObjectName(QStringLiteral("lrMilestones"));
    m_gamma = doubleSpin("lrGamma", 0.001, 1.0, d.lrGamma, 3, 0.05);
    m_patience = intSpin("patience", 0, 100000, d.earlyStoppingPatience);
    m_seed = intSpin("seed", 0, std::numeric_limits<int>::max(), int(d.seed));
    m_texts.bind([this, box] {
        box->setTitle(tr("Optimiser (Adam, multi-step schedule)"));
        m_milestones->setToolTip(tr("Epochs at which the learning rate is multiplied by γ"));
        m_patience->setSpecialValueText(tr("never stop early"));
    });
    addBoundRow(
        m_texts, f, [] { return tr("Epochs"); }, m_epochs);
    addBoundRow(
        m_texts, f, [] { return tr("Steps per epoch"); }, m_stepsPerEpoch);
    addBoundRow(
        m_texts, f, [] { return tr("Batch size"); }, m_batch);
    addBoundRow(
        m_texts, f, [] { return tr("Learning rate"); }, m_learningRate);
    addBoundRow(
        m_texts, f, [] { return tr("LR milestones"); }, m_milestones);
    addBoundRow(
        m_texts, f, [] { return tr("LR factor γ"); }, m_gamma);
    addBoundRow(
        m_texts, f, [] { return tr("Early-stop patience"); }, m_patience);
    addBoundRow(
        m_texts, f, [] { return tr("Seed"); }, m_seed);
    return box;
}

QWidget* TrainingForm::buildDevice()
{
    auto* box = new QGroupBox();
    auto* f = new QFormLayout(box);
    m_device = new QComboBox();
    m_device->setObjectName(QStringLiteral("device"));
    m_device->addItem(QString(), QStringLiteral("auto"));
    m_device->addItem(QString(), QStringLiteral("cpu"));
    m_device->addItem(QString(), QStringLiteral("cuda"));
    const nn::DeviceInfo info = nn::deviceInfo();
    // Without CUDA the entry stays visible (so the user sees the option exists) but not selectable.
    if (!info.cudaAvailable)
        if (auto* model = qobject_cast<QStandardItemModel*>(m_device->model()))
            model->item(2)->setEnabled(false);
    const bool cuda = info.cudaAvailable;
    bindItemTexts(m_texts, m_device, [cuda] {
        return QStringList{tr("Automatic"), tr("CPU"),
                           cuda ? tr("CUDA GPU") : tr("CUDA GPU (not available)")};
    });
    auto* deviceInfo = new QLabel();
    deviceInfo->setObjectName(QStringLiteral("deviceInfoLabel"));
    deviceInfo->setWordWrap(true);
    m_threads = intSpin("threads", 0, 256, 0);
    m_mixedPrecision = new QCheckBox();
    m_mixedPrecision->setObjectName(QStringLiteral("mixedPrecision"));
    m_texts.bind([this, box, deviceInfo, description = QString::fromStdString(info.description), cuda] {
        box->setTitle(tr("Device"));
        deviceInfo->setText(description + (cuda ? tr(" — CUDA available") : tr(" — no CUDA")));
        m_threads->setSpecialValueText(tr("all cores"));
        m_mixedPrecision->setText(tr("Mixed precision on CUDA"));
    });
    addBoundRow(
        m_texts, f, [] { return tr("Run on"); }, m_device);
    f->addRow(deviceInfo);
    addBoundRow(
        m_texts, f, [] { return tr("CPU threads"); }, m_threads);
    f->addRow(m_mixedPrecision);
    return box;
}

QWidget* TrainingForm::buildOutput()
{
    auto* box = new QGroupBox();
    auto* f = new QFormLayout(box);
    auto* outRow = new QHBoxLayout();
    m_outDir = new QLineEdit();
    m_outDir->setObjectName(QStringLiteral("outDir"));
    auto* outBrowse = new QPushButton();
    outRow->addWidget(m_outDir, 1);
    outRow->addWidget(outBrowse);
    auto* folderLabel = new QLabel();
    f->addRow(folderLabel, outRow);
    m_resumeCheckpoint = new QCheckBox();
    m_resumeCheckpoint->setObjectName(QStringLiteral("resumeCheckpoint"));
    f->addRow(m_resumeCheckpoint);
    auto* cfgRow = new QHBoxLayout();
    auto* loadCfg = new QPushButton();
    loadCfg->setObjectName(QStringLiteral("loadConfigButton"));
    auto* saveCfg = new QPushButton();
    saveCfg->setObjectName(QStringLiteral("saveConfigButton"));
    cfgRow->addWidget(loadCfg);
    cfgRow->addWidget(saveCfg);
    cfgRow->addStretch();
    f->addRow(cfgRow);
    m_texts.bind([this, box, outBrowse, folderLabel, loadCfg, saveCfg] {
        box->setTitle(tr("Output"));
        m_outDir->setPlaceholderText(tr("folder for checkpoint, models and history"));
        outBrowse->setText(tr("Browse…"));
        folderLabel->setText(tr("Folder"));
        m_resumeCheckpoint->setText(tr("Continue from the checkpoint in this folder"));
        loadCfg->setText(tr("Load config…"));
        saveCfg->setText(tr("Save config…"));
    });
    connect(outBrowse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Output folder"), m_outDir->text());
        if (!dir.isEmpty())
            m_outDir->setText(QDir::toNativeSeparators(dir));
    });
    connect(loadCfg, &QPushButton::clicked, this, &TrainingForm::chooseConfigToLoad);
    connect(saveCfg, &QPushButton::clicked, this, &TrainingForm::chooseConfigToSave);
    return box;
}

std::filesystem::path TrainingForm::outputDir() const
{
    return m_outDir->text().trimmed().toStdString();
}

void TrainingForm::setOutputDir(const QString& dir)
{
    m_outDir->setText(dir);
}

bool TrainingForm::resumeRequested() const
{
    return m_resumeCheckpoint->isChecked();
}

bool TrainingForm::usesDatasetFolder() const
{
    return m_dataFolder->isChecked();
}
void TrainingForm::saveSettings() const
{
    FormMemory::save(this, kSettingsGroup);
}

void TrainingForm::updateDataControls()
{
    const bool folder = m_dataFolder->isChecked();
    m_datasetDir->setEnabled(folder);
    m_datasetBrowse->setEnabled(folder);
    m_trainPreset->setEnabled(!folder);
    m_sampleSize->setEnabled(!folder);
    m_dataThreads->setEnabled(!folder);
}

void TrainingForm::updateArchitectureControls()
{
    const bool unet = m_architecture->currentData().toString() == QLatin1String("unet");
    m_levels->setEnabled(unet);
    m_depth->setEnabled(!unet);
    m_dilations->setEnabled(!unet);
}

void TrainingForm::updateReceptiveField()
{
    nn::NetworkConfig n;
    n.architecture = m_architecture->currentData().toString().toStdString();
    n.depth = m_depth->value();
    n.levels = m_levels->value();
    try {
        if (n.architecture != "unet") // unet widens its field by downsampling, not dilation
            n.dilations = nn::parseDilations(m_dilations->text().toStdString());
        nn::validate(n);
        m_receptiveField->setText(tr("%1 × %1 pixels").arg(nn::receptiveField(n)));
    } catch (const Error& e) {
        m_receptiveField->setText(QString::fromStdString(e.what()));
    }
}

void TrainingForm::chooseConfigToLoad()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Training configuration"), QString(),
                                                      tr("JSON (*.json);;All files (*)"));
    if (file.isEmpty())
        return;
    try {
        loadConfigFile(file);
        emit statusMessage(tr("Loaded %1.").arg(file), false);
    } catch (const std::exception& e) {
        emit statusMessage(QString::fromStdString(e.what()), true);
    }
}

void TrainingForm::chooseConfigToSave()
{
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Training configuration"), QStringLiteral("train_config.json"), tr("JSON (*.json)"));
    if (file.isEmpty())
        return;
    try {
        saveConfigFile(file);
        emit statusMessage(tr("Saved %1.").arg(file), false);
    } catch (const std::exception& e) {
        emit statusMessage(QString::fromStdString(e.what()), true);
    }
}

} // namespace insar::ui
