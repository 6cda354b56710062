#include "cli_progress.h"

#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <unistd.h>

namespace insar::cli {
namespace {

std::atomic<int> s_interrupts{0};
std::mutex s_printMutex;

extern "C" void onInterrupt(int)
{
    if (s_interrupts.fetch_add(1) >= 1)
        std::_Exit(130);
    const char msg[] = "\ninterrupt: cancelling (press Ctrl-C again to kill)\n";
    [[maybe_unused]] auto n = write(STDERR_FILENO, msg, sizeof msg - 1);
}

} // namespace

void installInterruptHandler()
{
    std::signal(SIGINT, onInterrupt);
}

bool interruptRequested()
{
    return s_interrupts.load() > 0;
}

TerminalProgress::TerminalProgress(std::string label, bool quiet)
    : m_label(std::move(label)), m_quiet(quiet), m_start(std::chrono::steady_clock::now()),
      m_lastPrint(m_start - std::chrono::seconds(10))
{
}

TerminalProgress::~TerminalProgress()
{
    finish();
}

void TerminalProgress::setFraction(double fraction)
{
    std::lock_guard lock(s_printMutex);
    m_fraction = fraction;
    print(false);
}

void TerminalProgress::setStage(std::string_view stage)
{
    std::lock_guard lock(s_printMutex);
    m_stage = std::string(stage);
    print(false);
}

bool TerminalProgress::isCancelled() const
{
    return interruptRequested();
}

void TerminalProgress::print(bool force)
{
    if (m_quiet)
        return;
    const auto now = std::chrono::steady_clock::now();
    // A terminal line is redrawn in place; a log file gets a new line, so fewer of them.
    const bool tty = isatty(STDERR_FILENO);
    if (!force && now - m_lastPrint < std::chrono::milliseconds(tty ? 500 : 10000))
        return;
    m_lastPrint = now;
    const double elapsed = std::chrono::duration<double>(now - m_start).count();
    char eta[32] = "";
    if (m_fraction > 0.01 && m_fraction < 1.0)
        std::snprintf(eta, sizeof eta, ", ETA %.0f s", elapsed * (1.0 - m_fraction) / m_fraction);
    std::fprintf(stderr, "%s%s: %5.1f%%%s%s%s%s", tty ? "\r\033[K" : "", m_label.c_str(), 100.0 * m_fraction,
                 eta, m_stage.empty() ? "" : " (", m_stage.c_str(), m_stage.empty() ? "" : ")");
    if (!tty)
        std::fputc('\n', stderr);
    m_printed = true;
}

void TerminalProgress::finish()
{
    std::lock_guard lock(s_printMutex);
    if (m_printed && isatty(STDERR_FILENO))
        std::fputc('\n', stderr);
    m_printed = false;
}

} // namespace insar::cli
