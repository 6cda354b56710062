// Plain progress and cancellation object taken by every long algorithm in core (no Qt here; the
// GUI adapts it to QPromise, the CLI to a text line). Implementations must be thread-safe:
// workers report from several threads at once.
#pragma once

#include "error.h"

#include <atomic>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>

namespace insar {

class Progress {
public:
    virtual ~Progress() = default;
    /// Fraction of the whole job done, 0..1.
    virtual void setFraction(double fraction) = 0;
    /// Short human-readable name of what is being done now ("reading", "epoch 3/10").
    virtual void setStage(std::string_view stage) { (void)stage; }
    /// Whether the user asked to stop. Also the job's safe point: a GUI job that the user paused
    /// waits inside this call until it is resumed or cancelled (docs/jobs.md), so long loops must
    /// ask it regularly and must not hold locks other threads need while they do.
    virtual bool isCancelled() const = 0;

    /// Throws CancelledError when cancellation was requested; call it at safe points.
    void throwIfCancelled() const
    {
        if (isCancelled())
            throw CancelledError();
    }
};

/// Never cancels, ignores reports. For tests and quick calls.
class NullProgress final : public Progress {
public:
    void setFraction(double) override {}
    bool isCancelled() const override { return false; }
};

/// Progress with an atomic cancel flag and optional callbacks; used by the CLI and tests.
class CallbackProgress : public Progress {
public:
    using FractionFn = std::function<void(double)>;
    using StageFn = std::function<void(const std::string&)>;

    explicit CallbackProgress(FractionFn onFraction = {}, StageFn onStage = {})
        : m_onFraction(std::move(onFraction)), m_onStage(std::move(onStage))
    {
    }
    void setFraction(double fraction) override
    {
        m_fraction.store(fraction);
        if (m_onFraction) {
            std::lock_guard lock(m_mutex);
            m_onFraction(fraction);
        }
    }
    void setStage(std::string_view stage) override
    {
        std::lock_guard lock(m_mutex);
        m_stage = std::string(stage);
        if (m_onStage)
            m_onStage(m_stage);
    }
    bool isCancelled() const override { return m_cancelled.load(); }
    void cancel() { m_cancelled.store(true); }
    double fraction() const { return m_fraction.load(); }
    std::string stage() const
    {
        std::lock_guard lock(m_mutex);
        return m_stage;
    }

private:
    FractionFn m_onFraction;
    StageFn m_onStage;
    mutable std::mutex m_mutex;
    std::string m_stage;
    std::atomic<double> m_fraction{0.0};
    std::atomic<bool> m_cancelled{false};
};

/// Maps a sub-task's 0..1 onto [begin, end] of a parent; cancellation is the parent's.
class SubProgress final : public Progress {
public:
    SubProgress(Progress& parent, double begin, double end) : m_parent(parent), m_begin(begin), m_end(end) {}
    void setFraction(double fraction) override
    {
        m_parent.setFraction(m_begin + (m_end - m_begin) * fraction);
    }
    void setStage(std::string_view stage) override { m_parent.setStage(stage); }
    bool isCancelled() const override { return m_parent.isCancelled(); }

private:
    Progress& m_parent;
    double m_begin;
    double m_end;
};

} // namespace insar
