// The one way a tab tracks a background job: a guarded pointer to the running job (jobs started
// with startJob() delete themselves when they end) and the JobProgressWidget that shows it
// (docs/jobs.md).
#pragma once

#include "jobs/job.h"
#include "jobs/job_progress_widget.h"

#include <QPointer>

namespace insar::ui {

class JobSlot {
public:
    explicit JobSlot(JobProgressWidget* widget = nullptr) : m_widget(widget) {}

    /// Tracks `job` from now on and shows it in the widget; returns it for chaining.
    template <typename J> J* track(J* job)
    {
        m_job = job;
        if (m_widget)
            m_widget->watch(job);
        return job;
    }

    /// The tracked job while it exists, else null.
    JobBase* get() const { return m_job; }
    JobBase* operator->() const { return m_job; }
    explicit operator bool() const { return !m_job.isNull(); }
    bool isRunning() const { return m_job && m_job->isRunning(); }
    void cancel()
    {
        if (m_job)
            m_job->cancel();
    }
    JobProgressWidget* widget() const { return m_widget; }

private:
    QPointer<JobBase> m_job;
    QPointer<JobProgressWidget> m_widget;
};

} // namespace insar::ui
