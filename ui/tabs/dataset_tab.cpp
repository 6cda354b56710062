#include "dataset_tab.h"

#include "jobs/job_progress_widget.h"
#include "synthesis/dataset.h"
#include "synthesis/dem_source.h"
#include "tabs/dataset_form.h"
#include "tabs/dataset_output.h"
#include "widgets/form_memory.h"

#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <filesystem>
#include <variant>

namespace insar::ui {

namespace {
const QString kSettingsGroup = QStringLiteral("datasetTab");
} // namespace

DatasetTab::DatasetTab(QWidget* parent) : QWidget(parent)
{
    auto* splitter = new QSplitter(Qt::Horizontal, this);

    auto* scroll = new QScrollArea();
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_form = new DatasetForm();
    scroll->setWidget(m_form);
    scroll->setMinimumWidth(m_form->sizeHint().width() + 24);
    splitter->addWidget(scroll);

    auto* right = new QWidget();
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(4, 0, 0, 0);
    m_preview = new DatasetPreview();
    m_output = new DatasetOutput();
    m_generateJob = JobSlot(m_output->progress());
    rightLayout->addWidget(m_preview, 1);
    rightLayout->addWidget(m_output);
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
    m_form->restoreSettings(kSettingsGroup);
    FormMemory::restore(m_output, kSettingsGroup);

    connect(m_form, &DatasetForm::parametersChanged, this, &DatasetTab::schedulePreview);
    connect(m_output, &DatasetOutput::generateRequested, this, &DatasetTab::generate);
    connect(m_preview, &DatasetPreview::shown, this, [this] {
        if (!isGenerating())
            setStatus([] { return tr("Preview up to date."); });
    });
    connect(m_preview, &DatasetPreview::failed, this, [this](const QString& message) {
        setStatus([message] { return tr("Preview failed: %1").arg(message); }, true);
    });
    connect(m_preview, &DatasetPreview::finished, this, [this] {
        // One preview at a time: the newest parameters run when the current one is done.
        if (m_previewPending)
            refreshPreview();
        else
            emit previewUpdated();
    });
    updateButtons();
    schedulePreview();
}

DatasetTab::~DatasetTab()
{
    saveSettings();
    m_generateJob.cancel();
}

synthesis::SynthesisConfig DatasetTab::config() const
{
    synthesis::SynthesisConfig c = m_form->config();
    c.normalisation = m_output->normalisation();
    return c;
}

void DatasetTab::setConfig(const synthesis::SynthesisConfig& config)
{
    m_form->setConfig(config);
    m_output->setNormalisation(config.normalisation);
}

std::uint64_t DatasetTab::datasetSeed() const
{
    return m_form->datasetSeed();
}

std::uint64_t DatasetTab::previewSampleSeed() const
{
    return m_form->previewSampleSeed();
}

RasterView* DatasetTab::previewView(Panel panel) const
{
    return m_preview->view(panel);
}

JobProgressWidget* DatasetTab::generationProgress() const
{
    return m_output->progress();
}

QString DatasetTab::previewInfoText() const
{
    return m_preview->infoText();
}

void DatasetTab::saveSettings() const
{
    m_form->saveSettings(kSettingsGroup);
    FormMemory::save(m_output, kSettingsGroup);
}

void DatasetTab::schedulePreview()
{
    m_debounce->start();
}

bool DatasetTab::isPreviewBusy() const
{
    return m_preview->isRunning() || m_previewPending || m_debounce->isActive();
}

void DatasetTab::refreshPreview()
{
    m_debounce->stop();
    if (m_preview->isRunning()) {
        m_previewPending = true;
        return;
    }
    m_previewPending = false;
    PreviewRequest request;
    request.config = config();
    try {
        request.config.validate();
    } catch (const std::exception& e) {
        const QString what = QString::fromStdString(e.what());
        setStatus([what] { return tr("Preview: %1").arg(what); }, true);
        emit previewUpdated();
        return;
    }
    if (m_form->usesDemFiles()) {
        request.demFiles = m_form->demFiles();
        if (request.demFiles.isEmpty()) {
            setStatus(
                [] { return tr("Preview: add at least one DEM file, or choose the built-in fractal DEM."); },
                true);
            emit previewUpdated();
            return;
        }
    }
    request.datasetSeed = m_form->datasetSeed();
    request.sampleIndex = m_form->previewIndex();
    m_preview->start(request);
}

bool DatasetTab::isGenerating() const
{
    return m_generateJob.isRunning();
}

void DatasetTab::generate()
{
    if (isGenerating())
        return;
    const synthesis::SynthesisConfig config = this->config();
    try {
        config.validate();
    } catch (const std::exception& e) {
        const QString what = QString::fromStdString(e.what());
        setStatus([what] { return what; }, true);
        return;
    }
    const QString outText = m_output->outputDir();
    if (outText.isEmpty()) {
        setStatus([] { return tr("Choose an output folder first."); }, true);
        return;
    }
    const QStringList files = m_form->usesDemFiles() ? m_form->demFiles() : QStringList{};
    if (m_form->usesDemFiles() && files.isEmpty()) {
        setStatus([] { return tr("Add at least one DEM file, or choose the built-in fractal DEM."); }, true);
        return;
    }
    saveSettings();

    const std::filesystem::path outDir = outText.toStdString();
    const std::size_t count = std::size_t(m_form->sampleCount());
    const std::uint64_t seed = datasetSeed();
    const synthesis::DatasetFormat format = m_output->format();
    const int threads = m_output->threads();
    synthesis::DatasetOptions options = m_output->options();
    std::shared_ptr<const synthesis::DemSource> cached = m_preview->cachedDem(files);

    m_generateJob.track(startJob<std::monostate>(
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
            const auto text = [status = outcome.status, error = outcome.message, count, outText] {
                if (status == JobStatus::Succeeded)
                    return tr("Wrote %n sample(s) to %1.", nullptr, int(count)).arg(outText);
                if (status == JobStatus::Cancelled)
                    return tr("Cancelled. The shards completed so far are kept in %1 (dataset.json "
                              "says \"complete\": false); the shard in progress was removed.")
                        .arg(outText);
                return tr("Generation failed: %1").arg(error);
            };
            const QString message = text();
            setStatus(text, outcome.failed());
            updateButtons();
            emit generationFinished(outcome.status, message);
        },
        longJobPool()));
    setStatus([count, outText] {
        return tr("Generating %n sample(s) into %1…", nullptr, int(count)).arg(outText);
    });
    updateButtons();
}

void DatasetTab::cancelGeneration()
{
    m_generateJob.cancel();
}

void DatasetTab::setStatus(std::function<QString()> text, bool error)
{
    m_output->setStatus(std::move(text), error);
}

QString DatasetTab::statusText() const
{
    return m_output->statusText();
}

void DatasetTab::updateButtons()
{
    m_output->generateButton()->setEnabled(!isGenerating());
}

} // namespace insar::ui
