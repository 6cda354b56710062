// Training tab (issue 4): the training configuration form, Start / Pause / Resume / Stop, live loss
// and validation-metric charts, throughput and ETA, and a gallery of validation samples. Training
// runs on its own thread (TrainingJob); its reports are drained on a GUI timer.
#pragma once

#include "nn/trainer.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <filesystem>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTimer;

namespace insar::ui {

class LossChart;
class SampleGallery;
class TrainingJob;

class TrainingTab : public QWidget {
    Q_OBJECT
public:
    enum class State { Idle, Running, Paused, Stopping };
    /// How often the training thread's queued reports are moved into the charts.
    static constexpr int kDrainIntervalMs = 100;

    explicit TrainingTab(QWidget* parent = nullptr);
    /// Saves the form; a running training is stopped (checkpoint written) and waited for.
    ~TrainingTab() override;

    /// The configuration the form shows (not validated).
    nn::TrainConfig config() const;
    /// Fills the form from a configuration (e.g. one loaded from JSON).
    void setConfig(const nn::TrainConfig& config);
    std::filesystem::path outputDir() const;
    void setOutputDir(const QString& dir);

    State state() const { return m_state; }
    bool isTraining() const { return m_state != State::Idle; }

    /// For MainWindow::closeEvent: true when the window may close now. While training it asks
    /// whether to stop; on "yes" it stops the run (the trainer writes a checkpoint), returns false
    /// and closes the window itself once the training thread has ended.
    bool confirmClose();

    LossChart* lossChart() const { return m_lossChart; }
    LossChart* metricsChart() const { return m_metricsChart; }
    SampleGallery* gallery() const { return m_gallery; }
    /// The last status line (result of the run, error, or current stage).
    QString statusText() const;
    /// The last epoch report received (epoch 0 before any).
    const nn::EpochReport& lastEpoch() const { return m_lastEpoch; }
    /// Result of the last finished run.
    const nn::TrainResult& lastResult() const { return m_lastResult; }

    void saveSettings() const;

public slots:
    void start();
    void pause();
    void resume();
    /// Stops at the next step boundary with a checkpoint; trainingFinished() follows.
    void stop();
    void setLogScale(bool on);

signals:
    void stateChanged(insar::ui::TrainingTab::State state);
    /// The training thread ended; `message` says how (finished, stopped with checkpoint, error).
    void trainingFinished(bool ok, const QString& message);
    /// A new epoch's report (and gallery) reached the charts.
    void epochShown(int epoch);

private:
    QWidget* buildForm();
    QWidget* buildCharts();
    void setState(State state);
    void drainUpdates();
    void onJobFinished();
    void updateDataControls();
    void updateThroughput(double samplesPerSec);
    void appendLog(const QString& line);
    void setStatus(const QString& text, bool error = false);
    void loadConfigFile();
    void saveConfigFile();

    // Network
    QComboBox* m_architecture = nullptr;
    QSpinBox* m_depth = nullptr;
    QSpinBox* m_channels = nullptr;
    QLineEdit* m_dilations = nullptr;
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
    QLabel* m_deviceInfo = nullptr;
    QSpinBox* m_threads = nullptr;
    QCheckBox* m_mixedPrecision = nullptr;
    // Output
    QLineEdit* m_outDir = nullptr;
    QCheckBox* m_resumeCheckpoint = nullptr;
    QWidget* m_formArea = nullptr;

    // Controls and read-outs
    QPushButton* m_start = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_resume = nullptr;
    QPushButton* m_stop = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_stage = nullptr;
    QLabel* m_throughput = nullptr;
    QLabel* m_eta = nullptr;
    QLabel* m_status = nullptr;
    QPlainTextEdit* m_log = nullptr;
    QCheckBox* m_logScale = nullptr;

    LossChart* m_lossChart = nullptr;
    LossChart* m_metricsChart = nullptr;
    SampleGallery* m_gallery = nullptr;

    QPointer<TrainingJob> m_job;
    QTimer* m_drainTimer = nullptr;
    QElapsedTimer m_elapsed;
    State m_state = State::Idle;
    int m_runStepsPerEpoch = 1;
    double m_smoothedSamplesPerSec = 0.0;
    bool m_closeWhenStopped = false;
    nn::EpochReport m_lastEpoch;
    nn::TrainResult m_lastResult;
};

} // namespace insar::ui

Q_DECLARE_METATYPE(insar::ui::TrainingTab::State)
