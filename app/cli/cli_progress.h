// Text progress for the command line: a throttled status line on stderr, and Ctrl-C mapped to
// cancellation (a second Ctrl-C kills the process).
#pragma once

#include "common/progress.h"

#include <chrono>
#include <string>

namespace insar::cli {

class TerminalProgress final : public Progress {
public:
    explicit TerminalProgress(std::string label, bool quiet = false);
    ~TerminalProgress() override;
    void setFraction(double fraction) override;
    void setStage(std::string_view stage) override;
    bool isCancelled() const override;
    /// Ends the status line (prints a newline if something was printed).
    void finish();

private:
    void print(bool force);

    std::string m_label;
    std::string m_stage;
    bool m_quiet;
    bool m_printed = false;
    double m_fraction = 0.0;
    std::chrono::steady_clock::time_point m_start;
    std::chrono::steady_clock::time_point m_lastPrint;
};

/// Installs the SIGINT handler once; cancellation is then visible to every TerminalProgress.
void installInterruptHandler();
bool interruptRequested();

} // namespace insar::cli
