#include "job.h"

#include <QCoreApplication>

#include <new>

namespace insar::ui {

double JobBase::elapsedSeconds() const
{
    return m_timer.isValid() ? static_cast<double>(m_timer.elapsed()) / 1000.0 : 0.0;
}

std::optional<double> JobBase::etaSeconds() const
{
    const double elapsed = elapsedSeconds();
    if (!m_running || m_fraction < 0.01 || elapsed < 1.0)
        return std::nullopt;
    return elapsed * (1.0 - m_fraction) / m_fraction;
}

void JobBase::markStarted()
{
    m_timer.start();
    m_running = true;
    m_fraction = 0.0;
    m_stage.clear();
    emit started();
}

void JobBase::markProgress(int value, int maximum, const QString& text)
{
    if (!m_running)
        return;
    m_fraction = maximum > 0 ? static_cast<double>(value) / maximum : 0.0;
    m_stage = text;
    emit progressChanged(m_fraction, m_stage);
}

QString currentExceptionMessage()
{
    try {
        throw;
    } catch (const Error& e) {
        return QString::fromStdString(e.what());
    } catch (const std::bad_alloc&) {
        return QCoreApplication::translate("insar::ui::Job", "not enough memory for this operation");
    } catch (const std::exception& e) {
        return QCoreApplication::translate("insar::ui::Job", "unexpected error: %1")
            .arg(QString::fromLocal8Bit(e.what()));
    } catch (...) {
        return QCoreApplication::translate("insar::ui::Job", "unexpected error of unknown type");
    }
}

} // namespace insar::ui
