// The live view of a training run in the Training tab: the loss chart (per step, epoch mean,
// validation), the validation-metrics chart against the uncorrected input, the throughput
// read-out, a gallery of validation samples and the run's log. It shows what the trainer's
// TrainingStream delivered; it runs nothing itself.
#pragma once

#include "jobs/training_job.h"
#include "widgets/text_bindings.h"

#include <QString>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;

namespace insar::ui {

class LossChart;
class SampleGallery;

class TrainingMonitor : public QWidget {
    Q_OBJECT
public:
    explicit TrainingMonitor(QWidget* parent = nullptr);

    /// Clears charts, gallery and log for a new run (a resumed run keeps them).
    void clear();
    /// Prepares the read-outs for a run with this many steps per epoch (steps sit on the epoch axis).
    void beginRun(int stepsPerEpoch);
    /// Shows everything the stream delivered since the previous call (one chart rescale per call).
    /// Returns the number of epoch reports among them.
    int showUpdates(const TrainingStream::Updates& updates);
    void appendLog(const QString& line);

    void setLogScale(bool on);
    void saveSettings() const;

    /// The last epoch report shown (epoch 0 before any).
    const nn::EpochReport& lastEpoch() const { return m_lastEpoch; }
    LossChart* lossChart() const { return m_lossChart; }
    LossChart* metricsChart() const { return m_metricsChart; }
    SampleGallery* gallery() const { return m_gallery; }

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildCharts();
    void addEpoch(const nn::EpochReport& e);
    void updateThroughput(double samplesPerSec);

    LossChart* m_lossChart = nullptr;
    LossChart* m_metricsChart = nullptr;
    SampleGallery* m_gallery = nullptr;
    QPlainTextEdit* m_log = nullptr;
    QCheckBox* m_logScale = nullptr;
    QLabel* m_throughput = nullptr;
    int m_stepsPerEpoch = 1;
    double m_smoothedSamplesPerSec = 0.0;
    nn::EpochReport m_lastEpoch;
    TextBindings m_texts; // every user-visible text, re-applied on QEvent::LanguageChange
};

} // namespace insar::ui
