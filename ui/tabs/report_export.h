// The common end of the tabs' "Export report…" jobs: the report collected in the background is
// written on the GUI thread (report_writer.h draws its figures with widgets), and a failure of
// either step reaches the tab's own error path.
#pragma once

#include "jobs/job.h"
#include "report/report.h"

#include <QString>

#include <filesystem>
#include <functional>

namespace insar::ui {

/// Writes the collected report of a succeeded job to `out` (format from the extension) and returns
/// true. A failed job, or a writer error, calls `fail` with its message and returns false; a
/// cancelled job returns false without calling it.
bool writeCollectedReport(const JobOutcome<report::Report>& outcome, const std::filesystem::path& out,
                          const std::function<void(const QString&)>& fail);

} // namespace insar::ui
