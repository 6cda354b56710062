#include "training_tab.h"

#include "common/error.h"
#include "jobs/job_progress_widget.h"
#include "jobs/training_job.h"
#include "tabs/training_form.h"
#include "tabs/training_monitor.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <chrono>
#include <functional>
#include <system_error>

namespace insar::ui {

TrainingTab::TrainingTab(QWidget* parent) : QWidget(parent)
{
    qRegisterMetaType<insar::ui::TrainingTab::State>();
    auto* splitter = new QSplitter(Qt::Horizontal, this);

    auto* left = new QWidget();
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 6, 0);
    m_formArea = new QScrollArea();
    m_formArea->setWidgetResizable(true);
    m_formArea->setFrameShape(QFrame::NoFrame);
    m_form = new TrainingForm();
    m_formArea->setWidget(m_form);
    m_formArea->setMinimumWidth(m_form->sizeHint().width() + 24);
    leftLayout->addWidget(m_formArea, 1);
    leftLayout->addWidget(buildRunBox()); // under the form, always visible
    splitter->addWidget(left);
    m_monitor = new TrainingMonitor();
    splitter->addWidget(m_monitor);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);

    m_drainTimer = new QTimer(this);
    m_drainTimer->setInterval(kDrainIntervalMs);
    connect(m_drainTimer, &QTimer::timeout, this, &TrainingTab::drainUpdates);
    m_job = JobSlot(m_progress);
    connect(m_start, &QPushButton::clicked, this, &TrainingTab::start);
    connect(m_form, &TrainingForm::statusMessage, this,
            [this](const QString& text, bool error) { setStatus([text] { return text; }, error); });
    connect(m_form, &TrainingForm::outputDirChanged, this, &TrainingTab::updateReportAction);
    connect(m_exportReport, &QPushButton::clicked, this, &TrainingTab::chooseReportPath);
    setState(State::Idle);
}

TrainingTab::~TrainingTab()
{
    saveSettings();
    if (m_job.isRunning()) {
        // The worker may not outlive the window unnoticed: let it write its checkpoint first.
        m_job.cancel();
        m_job->waitForFinished();
    }
}

QWidget* TrainingTab::buildRunBox()
{
    auto* box = new QGroupBox();
    auto* v = new QVBoxLayout(box);
    auto* row = new QHBoxLayout();
    m_start = new QPushButton();
    m_start->setObjectName(QStringLiteral("startButton"));
    m_progress = new JobProgressWidget();
    m_progress->setObjectName(QStringLiteral("trainingProgress"));
    m_progress->setAutoHide(false);
    m_progress->setPauseVisible(true);
    m_progress->pauseButton()->setObjectName(QStringLiteral("pauseButton"));
    m_progress->cancelButton()->setObjectName(QStringLiteral("stopButton"));
    m_exportReport = new QPushButton();
    m_exportReport->setObjectName(QStringLiteral("exportReportButton"));
    row->addWidget(m_start);
    row->addWidget(m_progress, 1);
    row->addWidget(m_exportReport);
    v->addLayout(row);
    m_status = new QLabel();
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Room for a three-line result message (wrapped labels do not ask for height by themselves).
    m_status->setMinimumHeight(3 * m_status->fontMetrics().lineSpacing() + 4);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    v->addWidget(m_status);
    m_texts.bind([this, box] {
        box->setTitle(tr("Run"));
        m_start->setText(tr("Start"));
        m_exportReport->setText(tr("Export report…"));
        m_exportReport->setToolTip(tr("A PDF or HTML report of the run in the output folder: model card, "
                                      "configuration, loss and metric curves, validation gallery"));
    });
    showStopTexts();
    return box;
}

void TrainingTab::showStopTexts()
{
    // The progress widget re-applies these on every language change, in its own bindings.
    m_progress->setPauseTip([] { return tr("Hold the trainer at its next step, or let it continue"); });
    m_progress->setCancelTexts([] { return tr("Stop"); },
                               [] {
                                   return tr("Stops at the next step and writes a checkpoint; tick “Continue "
                                             "from the checkpoint” to go on later.");
                               });
}

void TrainingTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.apply();
        if (m_statusText)
            m_status->setText(m_statusText());
    }
    QWidget::changeEvent(event);
}

nn::TrainConfig TrainingTab::config() const
{
    return m_form->config();
}

void TrainingTab::setConfig(const nn::TrainConfig& config)
{
    m_form->setConfig(config);
}

std::filesystem::path TrainingTab::outputDir() const
{
    return m_form->outputDir();
}

void TrainingTab::setOutputDir(const QString& dir)
{
    m_form->setOutputDir(dir);
}

LossChart* TrainingTab::lossChart() const
{
    return m_monitor->lossChart();
}

LossChart* TrainingTab::metricsChart() const
{
    return m_monitor->metricsChart();
}

SampleGallery* TrainingTab::gallery() const
{
    return m_monitor->gallery();
}

const nn::EpochReport& TrainingTab::lastEpoch() const
{
    return m_monitor->lastEpoch();
}

void TrainingTab::saveSettings() const
{
    m_form->saveSettings();
    m_monitor->saveSettings();
}

void TrainingTab::start()
{
    if (m_state != State::Idle)
        return;
    nn::TrainConfig c;
    const std::filesystem::path out = outputDir();
    try {
        c = m_form->config();
        if (out.empty())
            throw Error(ErrorKind::InvalidInput, "choose an output folder for the checkpoint and models");
        if (m_form->usesDatasetFolder() && c.datasetDir.empty())
            throw Error(ErrorKind::InvalidInput, "choose the dataset folder, or synthesise on the fly");
        nn::validate(c);
    } catch (const std::exception& e) {
        setStatus([text = QString::fromStdString(e.what())] { return text; }, true);
        return;
    }
    saveSettings();

    const bool resume = m_form->resumeRequested();
    if (!resume)
        m_monitor->clear();
    m_monitor->beginRun(c.stepsPerEpoch);
    m_runConfig = c;
    m_runDir = out;
    m_runStarted = std::filesystem::file_time_type::clock::now();
    m_lastResult = nn::TrainResult{};
    m_stream = std::make_shared<TrainingStream>();
    m_monitor->appendLog(tr("%1 training: %2, %3 layers × %4 channels, %5 epochs × %6 steps, batch %7 → %8")
                             .arg(resume ? tr("Continuing") : tr("Starting"))
                             .arg(QString::fromStdString(c.network.architecture))
                             .arg(c.network.depth)
                             .arg(c.network.channels)
                             .arg(c.epochs)
                             .arg(c.stepsPerEpoch)
                             .arg(c.batchSize)
                             .arg(QString::fromStdString(out.string())));
    setStatus([] { return tr("Training…"); });
    setState(State::Running);

    auto* job =
        m_job.track(startTraining(this, TrainingRun{c, out, resume}, m_stream,
                                  [this](JobOutcome<nn::TrainResult> o) { onFinished(std::move(o)); }));
    connect(job, &JobBase::pausedChanged, this, [this](bool paused) {
        if (m_state == State::Running || m_state == State::Paused)
            setState(paused ? State::Paused : State::Running);
    });
    connect(job, &JobBase::cancelRequested, this, [this] { setState(State::Stopping); });
    m_drainTimer->start();
}

void TrainingTab::pause()
{
    if (m_state == State::Running && m_job)
        m_job->setPaused(true);
}

void TrainingTab::resume()
{
    if (m_state == State::Paused && m_job)
        m_job->setPaused(false);
}

void TrainingTab::stop()
{
    if (m_state == State::Running || m_state == State::Paused)
        m_job.cancel();
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
    m_monitor->setLogScale(on);
}

void TrainingTab::setState(State state)
{
    m_state = state;
    const bool idle = state == State::Idle;
    m_start->setEnabled(idle);
    m_formArea->setEnabled(idle);
    updateReportAction();
    emit stateChanged(state);
}

void TrainingTab::drainUpdates()
{
    if (!m_stream)
        return;
    if (m_monitor->showUpdates(m_stream->drain()) > 0)
        emit epochShown(m_monitor->lastEpoch().epoch);
}

void TrainingTab::onFinished(JobOutcome<nn::TrainResult> outcome)
{
    m_drainTimer->stop();
    drainUpdates();
    m_lastStatus = outcome.status;
    std::function<QString()> text;
    switch (outcome.status) {
    case JobStatus::Succeeded: {
        m_lastResult = std::move(*outcome.value);
        text = [r = m_lastResult] {
            return tr("%1 after %n epoch(s) (%2). Best validation loss %3 at epoch %4; model: %5", nullptr,
                      r.epochsDone)
                .arg(r.earlyStopped ? tr("Stopped early") : tr("Finished"))
                .arg(JobProgressWidget::formatDuration(r.seconds))
                .arg(r.bestValLoss, 0, 'g', 4)
                .arg(r.bestEpoch)
                .arg(QString::fromStdString(r.modelFile.string()));
        };
        break;
    }
    case JobStatus::Cancelled: {
        // Only a checkpoint written by this run counts (coarse file times: a little slack).
        const std::filesystem::path checkpoint = checkpointFile(m_runDir);
        std::error_code ec;
        const auto written = std::filesystem::last_write_time(checkpoint, ec);
        if (!ec && written + std::chrono::seconds(2) >= m_runStarted)
            text = [file = QString::fromStdString(checkpoint.string())] {
                return tr("Stopped; checkpoint written to %1. Tick “Continue from the checkpoint” and press "
                          "Start to go on.")
                    .arg(file);
            };
        else
            text = [] {
                return tr("Stopped before the first step; there is no checkpoint to continue from.");
            };
        break;
    }
    case JobStatus::Failed:
        text = [why = outcome.message] { return tr("Training failed: %1").arg(why); };
        break;
    }
    const QString message = text();
    const bool ok = !outcome.failed();
    m_monitor->appendLog(message);
    setStatus(text, !ok);
    setState(State::Idle);
    emit trainingFinished(ok, message);
    if (m_closeWhenStopped) {
        m_closeWhenStopped = false;
        if (QWidget* w = window(); w && w != this)
            QTimer::singleShot(0, w, &QWidget::close);
    }
}

void TrainingTab::setStatus(std::function<QString()> text, bool error)
{
    m_statusText = std::move(text);
    m_status->setText(m_statusText());
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

QString TrainingTab::statusText() const
{
    return m_status->text();
}

} // namespace insar::ui
