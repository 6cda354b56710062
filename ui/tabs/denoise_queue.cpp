#include "denoise_queue.h"

#include "corrections/correction_factory.h"
#include "io/raster_reader.h"
#include "jobs/job.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <chrono>
#include <map>
#include <mutex>

namespace insar::ui {

struct CorrectionCache {
    std::mutex mutex;
    std::map<std::string, std::shared_ptr<const corrections::Correction>> items;

    /// The correction for `spec`, built once (a CNN loads its model once for the whole queue).
    std::shared_ptr<const corrections::Correction> get(const std::string& spec)
    {
        {
            const std::lock_guard lock(mutex);
            if (const auto it = items.find(spec); it != items.end())
                return it->second;
        }
        std::shared_ptr<const corrections::Correction> made = corrections::makeCorrection(spec);
        const std::lock_guard lock(mutex);
        return items.emplace(spec, std::move(made)).first->second;
    }
};

namespace {

struct LoadOutcome {
    std::shared_ptr<const Raster> raster;
    QString driver;
    QStringList subdatasets; // set instead of raster when the file is a container
};

struct CorrectOutcome {
    std::shared_ptr<const Raster> input; // with the units the plan gave it
    QString unitsProblem;                // non-empty: nothing ran, the units must be asked for
    QList<MethodOutcome> results;
};

CorrectOutcome correctRaster(std::shared_ptr<const Raster> input, const CorrectionPlan& plan,
                             const std::shared_ptr<CorrectionCache>& cache, Progress& progress)
{
    CorrectOutcome out;
    if (plan.inputs.units || plan.inputs.wavelengthM) {
        auto copy = std::make_shared<Raster>(*input);
        pipeline::applyUnitOverrides(*copy, plan.inputs);
        input = std::move(copy);
    }
    out.input = input;
    for (const auto& [label, spec] : plan.methods) {
        std::string problem;
        try {
            problem = pipeline::missingUnitsProblem(*input, spec);
        } catch (const Error&) {
            continue; // a spec that does not parse fails below, on its own row
        }
        if (!problem.empty()) {
            out.unitsProblem = QString::fromStdString(problem);
            return out;
        }
    }
    progress.setStage("reading the correction inputs");
    std::vector<std::string> messages;
    SubProgress contextProgress(progress, 0.0, 0.05);
    const corrections::CorrectionContext ctx =
        pipeline::buildContext(plan.inputs, *input, messages, contextProgress);
    const double share = 0.95 / std::max<qsizetype>(1, plan.methods.size());
    for (qsizetype i = 0; i < plan.methods.size(); ++i) {
        const auto& [label, spec] = plan.methods[i];
        progress.setStage(spec);
        SubProgress sub(progress, 0.05 + share * double(i), 0.05 + share * double(i + 1));
        MethodOutcome method;
        method.label = label;
        method.spec = spec;
        const auto start = std::chrono::steady_clock::now();
        try {
            auto result =
                std::make_shared<corrections::CorrectionResult>(cache->get(spec)->apply(*input, ctx, sub));
            result->messages.insert(result->messages.begin(), messages.begin(), messages.end());
            method.result = std::move(result);
        } catch (const CancelledError&) {
            throw;
        } catch (const std::exception& e) {
            method.error = QString::fromStdString(e.what());
        }
        method.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        out.results.append(std::move(method));
        progress.throwIfCancelled();
    }
    progress.setFraction(1.0);
    return out;
}

} // namespace

DenoiseQueue::DenoiseQueue(JobProgressWidget* progress, QWidget* parent)
    : QWidget(parent), m_job(progress), m_cache(std::make_shared<CorrectionCache>())
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("queueList"));
    layout->addWidget(m_list, 1);
    auto* buttons = new QHBoxLayout();
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelCurrentButton"));
    m_clear = new QPushButton(this);
    m_clear->setObjectName(QStringLiteral("clearQueueButton"));
    m_texts.bind([this] {
        m_list->setToolTip(
            tr("Files read and corrected in the background, one after another; select one to show it"));
        m_cancel->setText(tr("Cancel current"));
        m_clear->setText(tr("Clear queue"));
        m_clear->setToolTip(tr("Remove the files still waiting; finished ones stay"));
    });
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_clear);
    layout->addLayout(buttons);
    m_cancel->setEnabled(false);
    m_clear->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, &DenoiseQueue::cancelCurrent);
    connect(m_clear, &QPushButton::clicked, this, &DenoiseQueue::clearQueue);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item)
            emit selectionChanged(item->data(Qt::UserRole).toULongLong());
    });
}

DenoiseQueue::~DenoiseQueue() = default;

QueueEntry* DenoiseQueue::find(quint64 id)
{
    for (QueueEntry& e : m_entries) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

const QueueEntry* DenoiseQueue::entry(quint64 id) const
{
    return const_cast<DenoiseQueue*>(this)->find(id);
}

const QueueEntry* DenoiseQueue::selectedEntry() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? entry(item->data(Qt::UserRole).toULongLong()) : nullptr;
}

void DenoiseQueue::select(quint64 id)
{
    if (QListWidgetItem* item = itemFor(id))
        m_list->setCurrentItem(item);
}

bool DenoiseQueue::isLoading() const
{
    const QueueEntry* e = entry(m_current);
    return e && e->state == QueueEntry::State::Loading;
}

int DenoiseQueue::pendingCount() const
{
    int n = 0;
    for (const QueueEntry& e : m_entries) {
        if (e.state == QueueEntry::State::Queued || e.state == QueueEntry::State::Loading ||
            e.state == QueueEntry::State::Correcting || e.state == QueueEntry::State::WaitingForUnits ||
            (e.state == QueueEntry::State::Loaded && e.correct))
            ++n;
    }
    return n;
}

QList<quint64> DenoiseQueue::enqueue(const QStringList& paths, const CorrectionPlan& plan)
{
    QList<quint64> ids;
    for (const QString& path : paths) {
        QueueEntry e;
        e.id = m_nextId++;
        e.path = path;
        e.plan = plan;
        e.correct = !plan.methods.isEmpty();
        auto* item = new QListWidgetItem(m_list);
        item->setData(Qt::UserRole, e.id);
        item->setToolTip(path);
        ids.append(e.id);
        m_entries.append(std::move(e));
        refreshItem(ids.last());
    }
    startNext();
    return ids;
}

void DenoiseQueue::recorrect(quint64 id, const CorrectionPlan& plan)
{
    QueueEntry* e = find(id);
    if (!e || e->id == m_current || plan.methods.isEmpty())
        return;
    e->plan = plan;
    e->correct = true;
    e->message.clear();
    e->fraction = 0.0;
    e->state = e->input ? QueueEntry::State::Loaded : QueueEntry::State::Queued;
    refreshItem(id);
    startNext();
}

void DenoiseQueue::provideUnits(quint64 id, Units units, std::optional<double> wavelengthM)
{
    QueueEntry* e = find(id);
    if (!e || e->state != QueueEntry::State::WaitingForUnits)
        return;
    e->plan.inputs.units = units;
    if (wavelengthM)
        e->plan.inputs.wavelengthM = wavelengthM;
    e->state = QueueEntry::State::Loaded;
    refreshItem(id);
    startNext();
}

void DenoiseQueue::failEntry(quint64 id, const QString& reason)
{
    QueueEntry* e = find(id);
    if (!e || e->state != QueueEntry::State::WaitingForUnits)
        return;
    finishEntry(id, QueueEntry::State::Failed, reason);
    startNext();
}

void DenoiseQueue::cancelCurrent()
{
    m_job.cancel();
}

void DenoiseQueue::clearQueue()
{
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        const QueueEntry& e = m_entries[i];
        if (e.id == m_current || e.state != QueueEntry::State::Queued)
            continue;
        delete itemFor(e.id);
        m_entries.removeAt(i);
    }
    m_clear->setEnabled(false);
    if (!m_job.isRunning())
        emit idle();
}

void DenoiseQueue::clearCorrectionCache()
{
    // Running jobs keep the cache they started with; new ones build afresh.
    m_cache = std::make_shared<CorrectionCache>();
}

void DenoiseQueue::startNext()
{
    m_clear->setEnabled(pendingCount() > (m_job.isRunning() ? 1 : 0));
    if (m_job.isRunning())
        return;
    for (QueueEntry& e : m_entries) {
        if (e.state == QueueEntry::State::WaitingForUnits)
            return; // files after it wait: the answer may hold for them too
        if (e.state == QueueEntry::State::Queued) {
            startLoad(e);
            return;
        }
        if (e.state == QueueEntry::State::Loaded && e.correct) {
            startCorrect(e);
            return;
        }
    }
    m_cancel->setEnabled(false);
    emit idle();
}

void DenoiseQueue::startLoad(QueueEntry& entry)
{
    entry.state = QueueEntry::State::Loading;
    entry.fraction = 0.0;
    m_current = entry.id;
    m_cancel->setEnabled(true);
    refreshItem(entry.id);
    const std::string file = entry.path.toStdString();
    const quint64 id = entry.id;
    auto* job = m_job.track(startJob<LoadOutcome>(
        this,
        [file](Progress& progress) {
            LoadOutcome result;
            progress.setStage("reading header");
            const io::RasterInfo info = io::probeRaster(file);
            result.driver = QString::fromStdString(info.driver);
            if (info.band == 0 && info.subdatasets.size() > 1) {
                for (const auto& name : info.subdatasets)
                    result.subdatasets.append(QString::fromStdString(name));
                return result;
            }
            progress.setStage("reading pixels");
            result.raster = std::make_shared<const Raster>(io::readRaster(file, progress));
            return result;
        },
        [this, id](JobOutcome<LoadOutcome> outcome) {
            QueueEntry* e = find(id);
            if (e && e->state != QueueEntry::State::Loading)
                return; // not this entry's read any more: never overwrite a later state
            m_current = 0;
            if (!e) {
                startNext();
                return;
            }
            if (outcome.cancelled()) {
                finishEntry(id, QueueEntry::State::Cancelled, tr("cancelled"));
            } else if (outcome.failed()) {
                finishEntry(id, QueueEntry::State::Failed, outcome.message);
            } else if (!outcome.value->subdatasets.isEmpty()) {
                const QString path = e->path;
                const CorrectionPlan plan = e->plan;
                delete itemFor(id);
                m_entries.removeIf([id](const QueueEntry& x) { return x.id == id; });
                emit subdatasetsFound(path, outcome.value->subdatasets, plan);
            } else {
                e->input = std::move(outcome.value->raster);
                e->driver = outcome.value->driver;
                e->state = QueueEntry::State::Loaded;
                e->fraction = 1.0;
                refreshItem(id);
                emit entryLoaded(id);
                if (const QueueEntry* again = find(id); again && !again->correct)
                    emit entryFinished(id);
            }
            startNext();
        }));
    connect(job, &JobBase::progressChanged, this, [this, id](double fraction, const QString&) {
        if (QueueEntry* e = find(id)) {
            e->fraction = fraction;
            refreshItem(id);
        }
    });
}

void DenoiseQueue::startCorrect(QueueEntry& entry)
{
    entry.state = QueueEntry::State::Correcting;
    entry.fraction = 0.0;
    entry.results.clear();
    m_current = entry.id;
    m_cancel->setEnabled(true);
    refreshItem(entry.id);
    const quint64 id = entry.id;
    auto* job = m_job.track(startJob<CorrectOutcome>(
        this,
        [input = entry.input, plan = entry.plan, cache = m_cache](Progress& progress) {
            return correctRaster(input, plan, cache, progress);
        },
        [this, id](JobOutcome<CorrectOutcome> outcome) {
            QueueEntry* e = find(id);
            if (e && e->state != QueueEntry::State::Correcting)
                return; // not this entry's correction any more: never overwrite a later state
            m_current = 0;
            if (!e) {
                startNext();
                return;
            }
            if (outcome.cancelled()) {
                e->correct = false;
                finishEntry(id, QueueEntry::State::Cancelled, tr("cancelled"));
            } else if (outcome.failed()) {
                e->correct = false;
                finishEntry(id, QueueEntry::State::Failed, outcome.message);
            } else if (!outcome.value->unitsProblem.isEmpty()) {
                e->state = QueueEntry::State::WaitingForUnits;
                e->message = outcome.value->unitsProblem;
                refreshItem(id);
                emit unitsNeeded(id, outcome.value->unitsProblem);
                return; // the answer restarts the queue
            } else {
                e->input = outcome.value->input;
                e->results = std::move(outcome.value->results);
                e->correct = false;
                bool any = false;
                QStringList errors;
                for (const MethodOutcome& m : e->results) {
                    any = any || m.result;
                    if (!m.error.isEmpty())
                        errors << QStringLiteral("%1: %2").arg(m.label, m.error);
                }
                if (any)
                    finishEntry(id, QueueEntry::State::Done, errors.join(QLatin1Char('\n')));
                else
                    finishEntry(id, QueueEntry::State::Failed, errors.join(QLatin1Char('\n')));
            }
            startNext();
        }));
    connect(job, &JobBase::progressChanged, this, [this, id](double fraction, const QString&) {
        if (QueueEntry* e = find(id)) {
            e->fraction = fraction;
            refreshItem(id);
        }
    });
}

void DenoiseQueue::finishEntry(quint64 id, QueueEntry::State state, const QString& message)
{
    QueueEntry* e = find(id);
    if (!e)
        return;
    e->state = state;
    e->message = message;
    const QString path = e->path;
    refreshItem(id);
    emit entryFinished(id); // the tab shows the entry before it reports the failure
    if (state == QueueEntry::State::Failed && find(id))
        emit entryFailed(id, path, message);
}

QListWidgetItem* DenoiseQueue::itemFor(quint64 id) const
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toULongLong() == id)
            return m_list->item(i);
    }
    return nullptr;
}

void DenoiseQueue::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.apply();
        for (int i = 0; i < m_list->count(); ++i) // "— done: 2 methods, best reduction …"
            refreshItem(m_list->item(i)->data(Qt::UserRole).toULongLong());
    }
    QWidget::changeEvent(event);
}

QString DenoiseQueue::stateText(QueueEntry::State state)
{
    switch (state) {
    case QueueEntry::State::Queued:
        return tr("waiting");
    case QueueEntry::State::Loading:
        return tr("reading");
    case QueueEntry::State::Loaded:
        return tr("read");
    case QueueEntry::State::Correcting:
        return tr("correcting");
    case QueueEntry::State::Done:
        return tr("done");
    case QueueEntry::State::Failed:
        return tr("failed");
    case QueueEntry::State::Cancelled:
        return tr("cancelled");
    case QueueEntry::State::WaitingForUnits:
        return tr("units unknown");
    }
    return {};
}

void DenoiseQueue::refreshItem(quint64 id)
{
    const QueueEntry* e = entry(id);
    QListWidgetItem* item = itemFor(id);
    if (!e || !item)
        return;
    QString text = QFileInfo(e->path).fileName() + QStringLiteral(" — ") + stateText(e->state);
    if (e->state == QueueEntry::State::Loading || e->state == QueueEntry::State::Correcting)
        text += QStringLiteral(" %1 %").arg(100.0 * e->fraction, 0, 'f', 0);
    if (e->state == QueueEntry::State::Done) {
        double best = NAN;
        for (const MethodOutcome& m : e->results) {
            if (m.result && std::isfinite(m.result->reduction) && !(best >= m.result->reduction))
                best = m.result->reduction;
        }
        text += tr(": %n method(s)", nullptr, static_cast<int>(e->results.size()));
        if (std::isfinite(best))
            text += tr(", best reduction %1 %").arg(100.0 * best, 0, 'f', 1);
    }
    if (e->state == QueueEntry::State::Failed)
        text += QStringLiteral(": ") + e->message.section(QLatin1Char('\n'), 0, 0);
    item->setText(text);
    if (e->state == QueueEntry::State::Failed)
        item->setForeground(QColor(170, 20, 20));
    else
        item->setData(Qt::ForegroundRole, QVariant());
    item->setToolTip(e->message.isEmpty() ? e->path : e->path + QStringLiteral("\n") + e->message);
}

} // namespace insar::ui
