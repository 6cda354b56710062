// `insar-denoiser-cli report --out FILE.pdf|FILE.html INPUT...`: a report from the output folders
// and files of `velocity`, `casestudy`, `denoise`, `gnss --csv`, `train` (or a model file alone)
// and `evaluate` (what each holds is found from its files and metadata; core/report), rendered with
// the GUI's plotting widgets on the offscreen platform (ui/report). docs/reports.md.
#include "command_registry.h"
#include "common/error.h"
#include "output_guard.h"
#include "report/report_collect.h"
#include "report/report_writer.h"

#include <CLI/CLI.hpp>
#include <QApplication>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

struct ReportCliOptions {
    std::vector<std::string> inputs;
    std::string out;
    std::string title = "InSAR Denoiser report";
    bool overwrite = false;
};

insar::cli::Runner setupReport(CLI::App& sub)
{
    auto o = std::make_shared<ReportCliOptions>();
    sub.add_option("inputs", o->inputs,
                   "Output folders or files of velocity, casestudy, denoise (GeoTIFFs with provenance), "
                   "gnss --csv, train (a run folder, or a .model file alone) and evaluate")
        ->required();
    sub.add_option("--out", o->out, "The report: FILE.pdf or FILE.html (one self-contained file)")
        ->required();
    sub.add_option("--title", o->title, "Title of the report");
    sub.add_flag("--overwrite", o->overwrite, "Replace an existing --out file (default: refuse)");
    return [o]() -> int {
        const fs::path out = o->out;
        std::string ext = out.extension().string();
        std::transform(ext.begin(), ext.end(), ext.begin(),
                       [](unsigned char c) { return char(std::tolower(c)); });
        if (ext != ".pdf" && ext != ".html" && ext != ".htm")
            throw insar::Error(insar::ErrorKind::InvalidInput,
                               "--out " + o->out + ": a report is FILE.pdf or FILE.html");
        std::vector<fs::path> inputs(o->inputs.begin(), o->inputs.end());
        insar::cli::checkOutputPath(out, inputs, o->overwrite);

        insar::report::CollectOptions options;
        options.title = o->title;
        options.softwareVersion = std::string("insar-denoiser-cli ") + INSAR_VERSION;
        const insar::report::Report report = insar::report::collectReport(inputs, options);

        // Figures are drawn by widgets: a QApplication on the offscreen platform unless one is set.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        static int argc = 1;
        static char name[] = "insar-denoiser-cli";
        static char* argv[] = {name, nullptr};
        std::unique_ptr<QApplication> app;
        if (QCoreApplication::instance() == nullptr)
            app = std::make_unique<QApplication>(argc, argv);
        insar::ui::writeReport(report, out);
        std::printf("wrote %s (%zu sections)\n", out.string().c_str(), report.sections.size());
        return 0;
    };
}

} // namespace

INSAR_REGISTER_COMMAND(report, "report", "Write a PDF or HTML report from result folders and files",
                       setupReport)
