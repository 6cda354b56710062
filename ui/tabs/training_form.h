// The training configuration form of the Training tab: network, data, optimiser, device and
// output folder, bound to nn::TrainConfig. A loaded config survives the form: fields the form
// does not show (float scale, augmentation, bad-step limit, prefetch, the training-data physics)
// and values the widgets cannot hold exactly are kept; only what the user edits is overwritten.
// The form remembers its last values (QSettings group "trainingTab").
#pragma once

#include "nn/train_config.h"
#include "widgets/form_binding.h"
#include "widgets/text_bindings.h"

#include <QString>
#include <QWidget>

#include <filesystem>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace insar::ui {

class TrainingForm : public QWidget {
    Q_OBJECT
public:
    static inline const QString kSettingsGroup = QStringLiteral("trainingTab");

    explicit TrainingForm(QWidget* parent = nullptr);

    /// The configuration shown (not validated). Throws insar::Error naming the field when an
    /// edited text field (dilations, learning-rate milestones) cannot be parsed.
    nn::TrainConfig config() const;
    /// Shows `config` and keeps it as the base of config().
    void setConfig(const nn::TrainConfig& config);

    std::filesystem::path outputDir() const;
    void setOutputDir(const QString& dir);
    /// "Continue from the checkpoint in this folder" is ticked.
    bool resumeRequested() const;
    /// "Dataset folder" is chosen rather than synthesis on the fly.
    bool usesDatasetFolder() const;

    /// Loads a JSON config into the form; throws insar::Error naming the file and the problem.
    void loadConfigFile(const QString& file);
    /// Saves config() as JSON; throws insar::Error.
    void saveConfigFile(const QString& file) const;

    void saveSettings() const;

signals:
    /// A result of Load/Save config for the tab's status line.
    void statusMessage(const QString& text, bool error);
    /// The output folder's text changed (the tab offers a report when it holds a run).
    void outputDirChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildNetwork();
    QWidget* buildData();
    QWidget* buildOptimiser();
    QWidget* buildDevice();
    QWidget* buildOutput();
    void bindFields();
    void updateDataControls();
    /// Levels only for unet; Depth and Dilations only for DnCNN.
    void updateArchitectureControls();
    void updateReceptiveField();
    void chooseConfigToLoad();
    void chooseConfigToSave();

    FormBinding<nn::TrainConfig> m_binding;
    TextBindings m_texts; // every user-visible text, re-applied on QEvent::LanguageChange

    // Network
    QComboBox* m_architecture = nullptr;
    QSpinBox* m_depth = nullptr;
    QSpinBox* m_channels = nullptr;
    QSpinBox* m_levels = nullptr;
    QLineEdit* m_dilations = nullptr;
    QCheckBox* m_demInput = nullptr;
    QLabel* m_receptiveField = nullptr;
    // Data
    QRadioButton* m_dataSynthetic = nullptr;
    QRadioButton* m_dataFolder = nullptr;
    QLineEdit* m_datasetDir = nullptr;
    QPushButton* m_datasetBrowse = nullptr;
    QComboBox* m_trainPreset = nullptr;
    QComboBox* m_valPreset = nullptr;
    QSpinBox* m_sampleSize = nullptr;
    QSpinBox* m_cropSize = nullptr;
    QSpinBox* m_cropsPerSample = nullptr;
    QSpinBox* m_validationSamples = nullptr;
    QSpinBox* m_galleryCount = nullptr;
    QSpinBox* m_dataThreads = nullptr;
    QComboBox* m_normalisation = nullptr;
    // Optimiser
    QSpinBox* m_epochs = nullptr;
    QSpinBox* m_stepsPerEpoch = nullptr;
    QSpinBox* m_batch = nullptr;
    QDoubleSpinBox* m_learningRate = nullptr;
    QLineEdit* m_milestones = nullptr;
    QDoubleSpinBox* m_gamma = nullptr;
    QSpinBox* m_patience = nullptr;
    QSpinBox* m_seed = nullptr;
    // Device
    QComboBox* m_device = nullptr;
    QSpinBox* m_threads = nullptr;
    QCheckBox* m_mixedPrecision = nullptr;
    // Output
    QLineEdit* m_outDir = nullptr;
    QCheckBox* m_resumeCheckpoint = nullptr;
};

} // namespace insar::ui
