#include "denoise_tab.h"

#include "io/raster_reader.h"
#include "jobs/job.h"
#include "jobs/job_progress_widget.h"
#include "pipeline/cnn_correction.h"
#include "preferences_dialog.h"
#include "tabs/correction_table.h"
#include "tabs/denoise_method_box.h"
#include "tabs/denoise_panels.h"
#include "tabs/units_dialog.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QEvent>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QUrl>
#include <QVBoxLayout>

namespace insar::ui {
namespace {

/// Registers "cnn" with the chosen model, so chains ("gacos,cnn") use it too.
void registerModel(const QString& path)
{
    pipeline::CnnDefaults defaults;
    defaults.modelFile = path.toStdString();
    defaults.options = cnnOptionsFromSettings(); // device and CPU precision from Preferences
    pipeline::registerCnnCorrection(defaults);
}

QGroupBox* group(QWidget* content, QWidget* parent)
{
    auto* box = new QGroupBox(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(content);
    return box;
}

} // namespace

DenoiseTab::DenoiseTab(QWidget* parent) : QWidget(parent)
{
    setAcceptDrops(true);
    auto* layout = new QVBoxLayout(this);
    m_progress = new JobProgressWidget(this);
    m_progress->setPauseVisible(true);
    layout->addWidget(m_progress);
    m_saveJob = JobSlot(m_progress);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    auto* left = new QWidget(splitter);
    left->setMaximumWidth(480); // the panels get the room
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_methods = new DenoiseMethodBox(left);
    QGroupBox* methodsBox = group(m_methods, left);
    leftLayout->addWidget(methodsBox);

    auto* buttons = new QHBoxLayout();
    m_addButton = new QPushButton(QIcon(QStringLiteral(":/icons/open.svg")), QString(), left);
    m_addButton->setObjectName(QStringLiteral("addFilesButton"));
    m_correctButton = new QPushButton(QIcon(QStringLiteral(":/icons/denoise.svg")), QString(), left);
    m_correctButton->setObjectName(QStringLiteral("correctButton"));
    m_saveButton = new QPushButton(QIcon(QStringLiteral(":/icons/save.svg")), QString(), left);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_imageButton = new QPushButton(left);
    m_imageButton->setObjectName(QStringLiteral("saveImageButton"));
    m_reportButton = new QPushButton(left);
    m_reportButton->setObjectName(QStringLiteral("exportReportButton"));
    for (QPushButton* b : {m_addButton, m_correctButton, m_saveButton, m_imageButton, m_reportButton})
        buttons->addWidget(b);
    leftLayout->addLayout(buttons);

    m_queue = new DenoiseQueue(m_progress, left);
    QGroupBox* filesBox = group(m_queue, left);
    leftLayout->addWidget(filesBox, 1);
    m_table = new CorrectionTable(left);
    QGroupBox* comparisonBox = group(m_table, left);
    leftLayout->addWidget(comparisonBox, 1);
    m_texts.bind([this, methodsBox, filesBox, comparisonBox] {
        methodsBox->setTitle(tr("Methods"));
        m_addButton->setText(tr("Add files…"));
        m_addButton->setToolTip(
            tr("Queue interferograms: each is read and corrected with the checked methods"));
        m_correctButton->setText(tr("Correct"));
        m_correctButton->setToolTip(tr("Run the checked methods on the selected file (background job)"));
        m_saveButton->setText(tr("Save result…"));
        m_saveButton->setToolTip(tr("Write the shown method's corrected map and removed noise as GeoTIFF"));
        m_imageButton->setText(tr("Save image…"));
        m_imageButton->setToolTip(tr("Write the three panels as a PNG image"));
        m_reportButton->setText(tr("Export report…"));
        m_reportButton->setToolTip(
            tr("A PDF or HTML report of the corrected files: std reduction, provenance, "
               "before / after / removed maps"));
        filesBox->setTitle(tr("Files"));
        comparisonBox->setTitle(tr("Comparison"));
    });

    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_panels = new DenoisePanels(right);
    rightLayout->addWidget(m_panels, 1);
    m_summary = new QLabel(right);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    rightLayout->addWidget(m_summary);
    m_messages = new QLabel(right);
    m_messages->setObjectName(QStringLiteral("resultLabel"));
    m_messages->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messages->setWordWrap(true);
    rightLayout->addWidget(m_messages);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    // The left column asks for more than its maximum (its table's width): without sizes set, the
    // splitter reserves that much for it and the panels lose the difference to empty space.
    splitter->setSizes({left->maximumWidth(), 1000});
    layout->addWidget(splitter, 1);

    connect(m_addButton, &QPushButton::clicked, this, &DenoiseTab::chooseFiles);
    connect(m_correctButton, &QPushButton::clicked, this, &DenoiseTab::correctCurrent);
    connect(m_saveButton, &QPushButton::clicked, this, &DenoiseTab::chooseSavePath);
    connect(m_reportButton, &QPushButton::clicked, this, &DenoiseTab::chooseReportPath);
    connect(m_imageButton, &QPushButton::clicked, this, &DenoiseTab::chooseImagePath);
    connect(m_methods, &DenoiseMethodBox::changed, this, [this] {
        m_queue->clearCorrectionCache();
        updateActions();
    });
    connect(m_methods, &DenoiseMethodBox::modelPathChanged, this, &registerModel);
    connect(m_queue, &DenoiseQueue::selectionChanged, this,
            [this](quint64 id) { showEntry(m_queue->entry(id)); });
    connect(m_queue, &DenoiseQueue::entryLoaded, this, &DenoiseTab::onEntryLoaded);
    connect(m_queue, &DenoiseQueue::entryFinished, this, &DenoiseTab::onEntryFinished);
    connect(m_queue, &DenoiseQueue::entryFailed, this, &DenoiseTab::onEntryFailed);
    connect(m_queue, &DenoiseQueue::unitsNeeded, this, &DenoiseTab::askForUnits);
    connect(m_queue, &DenoiseQueue::subdatasetsFound, this, &DenoiseTab::askForSubdataset);
    connect(m_queue, &DenoiseQueue::idle, this, [this] {
        updateActions();
        emit queueFinished();
    });
    connect(m_table, &CorrectionTable::methodSelected, this, &DenoiseTab::showMethod);
    connect(m_panels, &DenoisePanels::pixelHovered, this, &DenoiseTab::pixelHovered);
    registerModel(m_methods->modelPath());
    updateActions();
}

void DenoiseTab::applyInferencePreferences()
{
    registerModel(m_methods->modelPath());
    m_queue->clearCorrectionCache(); // the next file builds its CNN with the new settings
}

CorrectionPlan DenoiseTab::currentPlan() const
{
    CorrectionPlan plan;
    for (const MethodChoice& m : m_methods->methods())
        plan.methods.append({m.label, m.spec});
    plan.inputs = m_methods->inputs();
    plan.inputs.units = m_unitsOverride;
    plan.inputs.wavelengthM = m_wavelengthOverride;
    return plan;
}

void DenoiseTab::openFile(const QString& path)
{
    CorrectionPlan plan = currentPlan();
    plan.methods.clear(); // read and show only
    emit statusMessage(tr("Loading %1 …").arg(QFileInfo(path).fileName()));
    const QList<quint64> ids = m_queue->enqueue({path}, plan);
    m_queue->select(ids.first());
    updateActions();
}

void DenoiseTab::addFiles(const QStringList& paths)
{
    const QStringList files = expandFolders(paths);
    if (files.isEmpty()) {
        emit statusMessage(tr("No raster files in %1").arg(paths.join(QStringLiteral(", "))));
        return;
    }
    emit statusMessage(tr("Queued %n file(s)", nullptr, static_cast<int>(files.size())));
    const bool showFirst = m_shown == 0;
    const QList<quint64> ids = m_queue->enqueue(files, currentPlan());
    if (showFirst)
        m_queue->select(ids.first());
    updateActions();
}

void DenoiseTab::correctCurrent()
{
    const QueueEntry* e = m_queue->selectedEntry();
    const CorrectionPlan plan = currentPlan();
    if (!e || plan.methods.isEmpty())
        return;
    emit statusMessage(tr("Correcting %1 …").arg(QFileInfo(e->path).fileName()));
    m_queue->recorrect(e->id, plan);
    updateActions();
}

bool DenoiseTab::isLoading() const
{
    return m_queue->isLoading();
}

bool DenoiseTab::isBusy() const
{
    return m_queue->isRunning();
}

QString DenoiseTab::currentFile() const
{
    const QueueEntry* e = m_queue->entry(m_shown);
    return e ? e->path : QString();
}

std::shared_ptr<const Raster> DenoiseTab::inputRaster() const
{
    const QueueEntry* e = m_queue->entry(m_shown);
    return e ? e->input : nullptr;
}

const MethodOutcome* DenoiseTab::currentMethod() const
{
    const QueueEntry* e = m_queue->entry(m_shown);
    if (!e || m_shownMethod < 0 || m_shownMethod >= e->results.size())
        return nullptr;
    return &e->results[m_shownMethod];
}

RasterView* DenoiseTab::inputView() const
{
    return m_panels->beforeView();
}

RasterView* DenoiseTab::outputView() const
{
    return m_panels->afterView();
}

RasterView* DenoiseTab::removedView() const
{
    return m_panels->removedView();
}

LinkedRasterViews* DenoiseTab::linkedViews() const
{
    return m_panels->linkedViews();
}

QString DenoiseTab::summaryText() const
{
    return m_summary->text();
}

void DenoiseTab::setUnitsOverride(std::optional<Units> units, std::optional<double> wavelengthM)
{
    m_unitsOverride = units;
    m_wavelengthOverride = wavelengthM;
}

void DenoiseTab::onEntryLoaded(quint64 id)
{
    const QueueEntry* e = m_queue->entry(id);
    if (!e)
        return;
    if (const QueueEntry* selected = m_queue->selectedEntry(); selected && selected->id == id)
        showEntry(e);
    emit statusMessage(tr("Opened %1 (%2 × %3)")
                           .arg(QFileInfo(e->path).fileName())
                           .arg(e->input->width())
                           .arg(e->input->height()));
    emit fileLoaded(e->path);
}

void DenoiseTab::onEntryFinished(quint64 id)
{
    const QueueEntry* e = m_queue->entry(id);
    updateActions();
    if (!e)
        return;
    const QueueEntry* selected = m_queue->selectedEntry();
    if (selected && selected->id == id)
        showEntry(e);
    if (e->state == QueueEntry::State::Done) {
        emit statusMessage(tr("Corrected %1").arg(QFileInfo(e->path).fileName()));
        emit fileCorrected(e->path);
    } else if (e->state == QueueEntry::State::Cancelled) {
        emit statusMessage(tr("Cancelled %1").arg(QFileInfo(e->path).fileName()));
    }
}

void DenoiseTab::onEntryFailed(quint64 id, const QString& path, const QString& message)
{
    const QueueEntry* e = m_queue->entry(id);
    const bool reading = e && !e->input;
    // Queued files list their failure in the list; a file opened alone says so in a box.
    const bool alone = e && e->plan.methods.isEmpty();
    if (reading)
        reportFailure(tr("Cannot open raster"), tr("Could not open %1.").arg(QFileInfo(path).fileName()),
                      message, alone ? QStringLiteral("rasterErrorBox") : QString(), path);
    else
        reportFailure(tr("Cannot correct"), tr("Could not correct %1.").arg(QFileInfo(path).fileName()),
                      message, QString(), path);
}

void DenoiseTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.apply();
        // The summary, the messages and the panel titles are worded from the shown entry's state.
        if (const QueueEntry* e = m_shown ? m_queue->entry(m_shown) : nullptr) {
            const int method = m_shownMethod;
            showEntry(e);
            if (method >= 0 && method != m_shownMethod)
                m_table->selectMethodRow(method);
        }
    }
    QWidget::changeEvent(event);
}

void DenoiseTab::showEntry(const QueueEntry* entry)
{
    m_shown = entry ? entry->id : 0;
    m_shownMethod = -1;
    if (!entry || !entry->input) {
        m_panels->clearAll();
        m_table->setRows({}, -1);
        m_summary->setText(
            entry ? entry->path + QStringLiteral(" — ") + DenoiseQueue::stateText(entry->state) +
                        (entry->message.isEmpty() ? QString() : QStringLiteral(": ") + entry->message)
                  : QString());
        m_messages->clear();
        updateActions();
        return;
    }
    m_summary->setText(describe(*entry));
    QList<CorrectionRow> rows;
    const QString units = QString::fromStdString(unitsName(entry->input->metadata.units));
    for (const MethodOutcome& m : entry->results) {
        CorrectionRow row;
        row.method = m.label;
        row.error = m.error;
        row.seconds = m.seconds;
        row.units = units;
        if (m.result) {
            row.stdBefore = m.result->stdBefore;
            row.stdAfter = m.result->stdAfter;
            row.reduction = m.result->reduction;
            row.reference = QString::fromStdString(m.result->reference.describe());
        }
        rows.append(row);
    }
    int first = -1;
    for (int i = 0; i < entry->results.size() && first < 0; ++i) {
        if (entry->results[i].result)
            first = i;
    }
    m_table->setRows(rows, first);
    if (first >= 0) {
        showMethod(first);
    } else {
        m_panels->showInput(entry->input, tr("Input: %1").arg(QFileInfo(entry->path).fileName()));
        m_messages->clear();
    }
    updateActions();
}

void DenoiseTab::showMethod(int row)
{
    const QueueEntry* e = m_queue->entry(m_shown);
    if (!e || row < 0 || row >= e->results.size())
        return;
    const MethodOutcome& m = e->results[row];
    if (!m.result) {
        m_messages->setText(tr("%1 failed: %2").arg(m.label, m.error));
        return;
    }
    m_shownMethod = row;
    const auto& r = *m.result;
    const auto after = std::shared_ptr<const Raster>(m.result, &r.corrected);
    const auto removed = std::shared_ptr<const Raster>(m.result, &r.removed);
    m_panels->showResult(e->input, after, removed, QPoint(r.reference.col, r.reference.row),
                         tr("After: %1").arg(QString::fromStdString(m.spec)));
    QStringList lines;
    lines << tr("%1: standard deviation %2 → %3 %4, reduction %5 %; reference %6")
                 .arg(m.label)
                 .arg(r.stdBefore, 0, 'g', 4)
                 .arg(r.stdAfter, 0, 'g', 4)
                 .arg(QString::fromStdString(unitsName(e->input->metadata.units)))
                 .arg(100.0 * r.reduction, 0, 'f', 1)
                 .arg(QString::fromStdString(r.reference.describe()));
    if (!r.reference.warning.empty())
        lines << QString::fromStdString(r.reference.warning);
    for (const std::string& msg : r.messages)
        lines << QString::fromStdString(msg);
    m_messages->setText(lines.join(QLatin1Char('\n')));
    updateActions();
}

QString DenoiseTab::describe(const QueueEntry& entry) const
{
    const Raster& raster = *entry.input;
    const RasterStats s = raster.stats();
    QStringList parts;
    parts << QFileInfo(entry.path).fileName();
    if (!entry.driver.isEmpty())
        parts << entry.driver;
    parts << tr("%1 × %2 px").arg(raster.width()).arg(raster.height());
    parts << tr("units: %1").arg(QString::fromStdString(unitsName(raster.metadata.units)));
    parts << tr("range %1 … %2 (mean %3, std %4)")
                 .arg(s.min, 0, 'g', 5)
                 .arg(s.max, 0, 'g', 5)
                 .arg(s.mean, 0, 'g', 4)
                 .arg(s.std, 0, 'g', 4);
    const double total = static_cast<double>(raster.size());
    parts << tr("no-data %1 px (%2 %)").arg(s.noDataCount).arg(100.0 * s.noDataCount / total, 0, 'f', 1);
    parts << tr("CRS: %1").arg(QString::fromStdString(io::describeCrs(raster.crsWkt)));
    const auto& md = raster.metadata;
    if (md.date1 && md.date2)
        parts << tr("dates %1 → %2")
                     .arg(QString::fromStdString(md.date1->toIso()),
                          QString::fromStdString(md.date2->toIso()));
    if (md.wavelengthM)
        parts << tr("wavelength %1 m").arg(*md.wavelengthM, 0, 'g', 5);
    return parts.join(QStringLiteral("  ·  "));
}

void DenoiseTab::askForUnits(quint64 id, const QString& problem)
{
    if (m_unitsOverride) { // given meanwhile (programmatically)
        m_queue->provideUnits(id, *m_unitsOverride, m_wavelengthOverride);
        return;
    }
    if (!m_errorDialogs) {
        m_queue->failEntry(id, problem);
        return;
    }
    auto* dialog = new UnitsDialog(problem, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, id, dialog] {
        if (dialog->applyToAll())
            setUnitsOverride(dialog->units(), dialog->wavelengthM());
        m_queue->provideUnits(id, dialog->units(), dialog->wavelengthM());
    });
    connect(dialog, &QDialog::rejected, this, [this, id, problem] { m_queue->failEntry(id, problem); });
    dialog->open();
}

void DenoiseTab::askForSubdataset(const QString& path, const QStringList& names, const CorrectionPlan& plan)
{
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Choose a dataset"));
    dialog->setLabelText(
        tr("%1 holds several datasets. Which one should be opened?").arg(QFileInfo(path).fileName()));
    dialog->setComboBoxItems(names);
    dialog->setComboBoxEditable(false);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, plan](const QString& name) {
        const QList<quint64> ids = m_queue->enqueue({name}, plan);
        m_queue->select(ids.first());
    });
    dialog->open();
}

void DenoiseTab::updateActions()
{
    const QueueEntry* e = m_queue->selectedEntry();
    const bool idle = e && e->state != QueueEntry::State::Loading &&
                      e->state != QueueEntry::State::Correcting && e->state != QueueEntry::State::Queued;
    m_correctButton->setEnabled(idle && e->input && !m_methods->methods().isEmpty());
    const bool result = currentMethod() && currentMethod()->result;
    m_saveButton->setEnabled(result && !m_saveJob.isRunning());
    m_reportButton->setEnabled(result && !m_saveJob.isRunning());
    m_imageButton->setEnabled(m_panels->beforeView()->hasRaster());
}

void DenoiseTab::chooseFiles()
{
    QSettings settings;
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Add interferograms"), settings.value(QStringLiteral("lastOpenDir")).toString(),
        tr("Rasters (*.tif *.tiff *.unw *.h5 *.hdf5 *.he5 *.nc *.img *.vrt *.grd);;All files (*)"));
    if (paths.isEmpty())
        return;
    settings.setValue(QStringLiteral("lastOpenDir"), QFileInfo(paths.first()).absolutePath());
    addFiles(paths);
}

void DenoiseTab::reportFailure(const QString& title, const QString& what, const QString& message,
                               const QString& boxName, const QString& path)
{
    m_lastError = message;
    emit errorOccurred(path, message);
    emit statusMessage(what);
    if (!m_errorDialogs || boxName.isEmpty())
        return;
    // open() rather than exec(): the box is window-modal but nothing blocks on it.
    auto* box = new QMessageBox(QMessageBox::Warning, title, what, QMessageBox::Ok, this);
    box->setInformativeText(message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(boxName);
    box->open();
}

QStringList DenoiseTab::localPaths(const QMimeData* mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

QStringList DenoiseTab::expandFolders(const QStringList& paths)
{
    static const QStringList kRasterPatterns = {
        QStringLiteral("*.tif"), QStringLiteral("*.tiff"), QStringLiteral("*.unw"),
        QStringLiteral("*.h5"),  QStringLiteral("*.he5"),  QStringLiteral("*.nc"),
        QStringLiteral("*.img"), QStringLiteral("*.vrt"),  QStringLiteral("*.grd")};
    QStringList out;
    for (const QString& p : paths) {
        const QFileInfo info(p);
        if (!info.isDir()) {
            out.append(p);
            continue;
        }
        const QDir dir(p);
        for (const QString& name : dir.entryList(kRasterPatterns, QDir::Files, QDir::Name))
            out.append(dir.filePath(name));
    }
    return out;
}

void DenoiseTab::dragEnterEvent(QDragEnterEvent* event)
{
    if (!localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void DenoiseTab::dropEvent(QDropEvent* event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    addFiles(paths);
}

} // namespace insar::ui
