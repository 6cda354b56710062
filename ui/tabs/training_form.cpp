#include "training_form.h"

#include "common/error.h"
#include "nn/network_config.h"
#include "nn/trainer.h"
#include "widgets/form_fields.h"
#include "widgets/form_memory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
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

void addPresets(QComboBox* combo)
{
    combo->addItem(QObject::tr("Training (54°E–120°E, 26°N–37°N)"), QStringLiteral("train"));
    combo->addItem(QObject::tr("Validation (120°W–100°W, 37°N–46°N)"), QStringLiteral("val"));
    combo->addItem(QObject::tr("Test (70°E–110°E, 40°N–50°N)"), QStringLiteral("test"));
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
    updateReceptiveField();
    connect(m_depth, &QSpinBox::valueChanged, this, &TrainingForm::updateReceptiveField);
    connect(m_dilations, &QLineEdit::textChanged, this, &TrainingForm::updateReceptiveField);
    connect(m_dataFolder, &QRadioButton::toggled, this, &TrainingForm::updateDataControls);
}

QWidget* TrainingForm::buildNetwork()
{
    const nn::NetworkConfig d;
    auto* box = new QGroupBox(tr("Network (DnCNN, residual learning)"));
    auto* f = new QFormLayout(box);
    m_architecture = new QComboBox();
    m_architecture->setObjectName(QStringLiteral("architecture"));
    for (const std::string& a : nn::availableArchitectures())
        m_architecture->addItem(QString::fromStdString(a), QString::fromStdString(a));
    m_depth = intSpin("depth", 3, 100, d.depth);
    m_depth->setSuffix(tr(" layers"));
    m_channels = intSpin("channels", 1, 512, d.channels);
    m_channels->setSuffix(tr(" channels"));
    m_dilations = new QLineEdit();
    m_dilations->setObjectName(QStringLiteral("dilations"));
    m_dilations->setPlaceholderText(tr("none (plain DnCNN)"));
    m_dilations->setToolTip(tr("Dilation of each convolution, one per layer, e.g. 1,2,4,8,16,16,8,4,2,1 for "
                               "10 layers. Dilated layers see long-wavelength atmosphere (ramps, turbulence) "
                               "with the same number of weights."));
    m_receptiveField = new QLabel();
    m_receptiveField->setObjectName(QStringLiteral("receptiveField"));
    f->addRow(tr("Architecture"), m_architecture);
    f->addRow(tr("Depth"), m_depth);
    f->addRow(tr("Width"), m_channels);
    f->addRow(tr("Dilations"), m_dilations);
    f->addRow(tr("Receptive field"), m_receptiveField);
    return box;
}

QWidget* TrainingForm::buildData()
{
    const nn::TrainConfig d;
    auto* box = new QGroupBox(tr("Data"));
    auto* f = new QFormLayout(box);
    m_dataSynthetic = new QRadioButton(tr("Synthesise on the fly"));
    m_dataSynthetic->setObjectName(QStringLiteral("dataSynthetic"));
    m_dataSynthetic->setChecked(true);
    m_dataFolder = new QRadioButton(tr("Dataset folder (written by Generate / synth)"));
    m_dataFolder->setObjectName(QStringLiteral("dataFolder"));
    f->addRow(m_dataSynthetic);
    m_trainPreset = new QComboBox();
    m_trainPreset->setObjectName(QStringLiteral("trainPreset"));
    addPresets(m_trainPreset);
    m_sampleSize = intSpin("sampleSize", 16, 2048, d.trainData.sampleSize);
    m_sampleSize->setSuffix(tr(" px"));
    f->addRow(tr("Training region"), m_trainPreset);
    f->addRow(tr("Map size"), m_sampleSize);
    f->addRow(m_dataFolder);
    auto* dirRow = new QHBoxLayout();
    m_datasetDir = new QLineEdit();
    m_datasetDir->setObjectName(QStringLiteral("datasetDir"));
    m_datasetBrowse = new QPushButton(tr("Browse…"));
    dirRow->addWidget(m_datasetDir, 1);
    dirRow->addWidget(m_datasetBrowse);
    f->addRow(tr("Folder"), dirRow);
    m_valPreset = new QComboBox();
    m_valPreset->setObjectName(QStringLiteral("validationPreset"));
    addPresets(m_valPreset);
    m_validationSamples = intSpin("validationSamples", 1, 10000, d.validationSamples);
    m_galleryCount = intSpin("galleryCount", 0, 8, d.galleryCount);
    f->addRow(tr("Validation region"), m_valPreset);
    f->addRow(tr("Validation maps"), m_validationSamples);
    f->addRow(tr("Gallery samples"), m_galleryCount);
    m_cropSize = intSpin("cropSize", 0, 2048, d.cropSize);
    m_cropSize->setSpecialValueText(tr("full maps"));
    m_cropSize->setSuffix(tr(" px"));
    m_cropsPerSample = intSpin("cropsPerSample", 1, 64, d.cropsPerSample);
    m_dataThreads = intSpin("dataThreads", 1, 64, d.dataThreads);
    m_normalisation = new QComboBox();
    m_normalisation->setObjectName(QStringLiteral("normalisation"));
    m_normalisation->addItem(tr("Float (metres × scale)"), QStringLiteral("float"));
    m_normalisation->addItem(tr("8-bit per map, as the poster"), QStringLiteral("poster8bit"));
    f->addRow(tr("Crop size"), m_cropSize);
    f->addRow(tr("Crops per map"), m_cropsPerSample);
    f->addRow(tr("Synthesis threads"), m_dataThreads);
    f->addRow(tr("Normalisation"), m_normalisation);
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
    auto* box = new QGroupBox(tr("Optimiser (Adam, multi-step schedule)"));
    auto* f = new QFormLayout(box);
    m_epochs = intSpin("epochs", 1, 100000, d.epochs);
    m_stepsPerEpoch = intSpin("stepsPerEpoch", 1, 1000000, d.stepsPerEpoch);
    m_batch = intSpin("batch", 1, 4096, d.batchSize);
    m_learningRate = doubleSpin("learningRate", 1e-7, 1.0, d.learningRate, 7, 1e-4);
    m_milestones = new QLineEdit();
    m_milestones->setObjectName(QStringLiteral("lrMilestones"));
    m_milestones->setToolTip(tr("Epochs at which the learning rate is multiplied by γ"));
    m_gamma = doubleSpin("lrGamma", 0.001, 1.0, d.lrGamma, 3, 0.05);
    m_patience = intSpin("patience", 0, 100000, d.earlyStoppingPatience);
    m_patience->setSpecialValueText(tr("never stop early"));
    m_seed = intSpin("seed", 0, std::numeric_limits<int>::max(), int(d.seed));
    f->addRow(tr("Epochs"), m_epochs);
    f->addRow(tr("Steps per epoch"), m_stepsPerEpoch);
    f->addRow(tr("Batch size"), m_batch);
    f->addRow(tr("Learning rate"), m_learningRate);
    f->addRow(tr("LR milestones"), m_milestones);
    f->addRow(tr("LR factor γ"), m_gamma);
    f->addRow(tr("Early-stop patience"), m_patience);
    f->addRow(tr("Seed"), m_seed);
    return box;
}

QWidget* TrainingForm::buildDevice()
{
    auto* box = new QGroupBox(tr("Device"));
    auto* f = new QFormLayout(box);
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
    auto* deviceInfo = new QLabel(QString::fromStdString(info.description) +
                                  (info.cudaAvailable ? tr(" — CUDA available") : tr(" — no CUDA")));
    deviceInfo->setObjectName(QStringLiteral("deviceInfoLabel"));
    deviceInfo->setWordWrap(true);
    m_threads = intSpin("threads", 0, 256, 0);
    m_threads->setSpecialValueText(tr("all cores"));
    m_mixedPrecision = new QCheckBox(tr("Mixed precision on CUDA"));
    m_mixedPrecision->setObjectName(QStringLiteral("mixedPrecision"));
    f->addRow(tr("Run on"), m_device);
    f->addRow(deviceInfo);
    f->addRow(tr("CPU threads"), m_threads);
    f->addRow(m_mixedPrecision);
    return box;
}

QWidget* TrainingForm::buildOutput()
{
    auto* box = new QGroupBox(tr("Output"));
    auto* f = new QFormLayout(box);
    auto* outRow = new QHBoxLayout();
    m_outDir = new QLineEdit();
    m_outDir->setObjectName(QStringLiteral("outDir"));
    m_outDir->setPlaceholderText(tr("folder for checkpoint, models and history"));
    auto* outBrowse = new QPushButton(tr("Browse…"));
    outRow->addWidget(m_outDir, 1);
    outRow->addWidget(outBrowse);
    f->addRow(tr("Folder"), outRow);
    m_resumeCheckpoint = new QCheckBox(tr("Continue from the checkpoint in this folder"));
    m_resumeCheckpoint->setObjectName(QStringLiteral("resumeCheckpoint"));
    f->addRow(m_resumeCheckpoint);
    auto* cfgRow = new QHBoxLayout();
    auto* loadCfg = new QPushButton(tr("Load config…"));
    loadCfg->setObjectName(QStringLiteral("loadConfigButton"));
    auto* saveCfg = new QPushButton(tr("Save config…"));
    saveCfg->setObjectName(QStringLiteral("saveConfigButton"));
    cfgRow->addWidget(loadCfg);
    cfgRow->addWidget(saveCfg);
    cfgRow->addStretch();
    f->addRow(cfgRow);
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

void TrainingForm::updateReceptiveField()
{
    nn::NetworkConfig n;
    n.depth = m_depth->value();
    try {
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
