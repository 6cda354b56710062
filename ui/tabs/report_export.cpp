#include "tabs/report_export.h"

#include "report/report_writer.h"

#include <exception>

namespace insar::ui {

bool writeCollectedReport(const JobOutcome<report::Report>& outcome, const std::filesystem::path& out,
                          const std::function<void(const QString&)>& fail)
{
    if (outcome.failed()) {
        fail(outcome.message);
        return false;
    }
    if (!outcome.succeeded())
        return false;
    try {
        writeReport(*outcome.value, out);
    } catch (const std::exception& e) {
        fail(QString::fromStdString(e.what()));
        return false;
    }
    return true;
}

} // namespace insar::ui
