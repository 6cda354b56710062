// The Denoise tab's file queue: files (dropped, opened, from a folder) are read and corrected one
// after another in the background, each with its own status and progress; a failure is listed
// with its reason and the queue goes on; every file's results stay in the list to browse.
#pragma once

#include "common/raster.h"
#include "corrections/correction.h"
#include "jobs/job_slot.h"
#include "pipeline/correction_inputs.h"
#include "widgets/text_bindings.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <cmath>
#include <memory>
#include <optional>
#include <string>

class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace insar::ui {

/// One method run on one file: its result, or why it failed.
struct MethodOutcome {
    QString label;
    std::string spec;
    std::shared_ptr<const corrections::CorrectionResult> result; // null when failed
    QString error;
    double seconds = NAN;
};

/// What to do with a file: the methods (makeCorrection specs; none = only read it) and their inputs.
struct CorrectionPlan {
    QList<std::pair<QString, std::string>> methods; // label, spec
    pipeline::CorrectionInputs inputs;
};

struct QueueEntry {
    enum class State { Queued, Loading, Loaded, Correcting, Done, Failed, Cancelled, WaitingForUnits };
    quint64 id = 0;
    QString path;
    State state = State::Queued;
    QString message; // the reason of a failure
    double fraction = 0.0;
    CorrectionPlan plan;
    bool correct = false; // run plan.methods after reading
    std::shared_ptr<const Raster> input;
    QString driver;
    QList<MethodOutcome> results;
};

/// Shares corrections (a loaded CNN model...) between files; cleared when the choices change.
struct CorrectionCache;

class DenoiseQueue : public QWidget {
    Q_OBJECT
public:
    /// Jobs are shown in `progress` (owned by the tab).
    explicit DenoiseQueue(JobProgressWidget* progress, QWidget* parent = nullptr);
    ~DenoiseQueue() override;

    /// Appends files; each is read, then corrected with `plan` when it has methods. Returns the
    /// new entries' ids.
    QList<quint64> enqueue(const QStringList& paths, const CorrectionPlan& plan);
    /// Corrects an entry (already read, or failed/cancelled: then read again) with `plan`.
    void recorrect(quint64 id, const CorrectionPlan& plan);
    /// Continues an entry waiting for units with these units (applied to it) or fails it.
    void provideUnits(quint64 id, Units units, std::optional<double> wavelengthM);
    void failEntry(quint64 id, const QString& reason);

    /// Cancels the file being processed (the queue goes on with the next).
    void cancelCurrent();
    /// Removes the files still waiting (results of finished files stay).
    void clearQueue();
    /// Forgets the corrections built so far (a new model, a new DEM...).
    void clearCorrectionCache();

    const QList<QueueEntry>& entries() const { return m_entries; }
    const QueueEntry* entry(quint64 id) const;
    /// The entry selected in the list (null when none).
    const QueueEntry* selectedEntry() const;
    void select(quint64 id);
    bool isRunning() const { return m_job.isRunning(); }
    bool isLoading() const;
    /// Entries waiting or running.
    int pendingCount() const;
    QListWidget* list() const { return m_list; }

    static QString stateText(QueueEntry::State state);

signals:
    void entryLoaded(quint64 id);
    /// Reading or correcting ended (Done, Failed or Cancelled).
    void entryFinished(quint64 id);
    void entryFailed(quint64 id, const QString& path, const QString& message);
    /// The methods need the file's units, which it does not say; the queue waits on this entry
    /// until provideUnits() or failEntry().
    void unitsNeeded(quint64 id, const QString& problem);
    /// A container file holding several datasets; the entry was removed.
    void subdatasetsFound(const QString& path, const QStringList& names,
                          const insar::ui::CorrectionPlan& plan);
    void selectionChanged(quint64 id);
    /// Nothing is waiting or running any more.
    void idle();

protected:
    void changeEvent(QEvent* event) override;

private:
    QueueEntry* find(quint64 id);
    void startNext();
    void startLoad(QueueEntry& entry);
    void startCorrect(QueueEntry& entry);
    void finishEntry(quint64 id, QueueEntry::State state, const QString& message = {});
    void refreshItem(quint64 id);
    QListWidgetItem* itemFor(quint64 id) const;

    JobSlot m_job;
    quint64 m_current = 0; // entry whose job runs (0: none)
    quint64 m_nextId = 1;
    QList<QueueEntry> m_entries;
    QListWidget* m_list = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_clear = nullptr;
    TextBindings m_texts;
    std::shared_ptr<CorrectionCache> m_cache;
};

} // namespace insar::ui

Q_DECLARE_METATYPE(insar::ui::CorrectionPlan)
