// Renders a report (core/report/report.h) to one self-contained HTML file (figures as PNG data:
// URIs, no external reference) or to a PDF (QPdfWriter + QTextDocument, selectable text), drawing
// the figures with the GUI's own widgets (RasterView maps with colour bars, QCustomPlot plots).
// Widgets are drawn, so every function here runs on the GUI thread of a QApplication (offscreen is
// fine). docs/reports.md.
#pragma once

#include "report/report.h"

#include <QImage>

#include <filesystem>
#include <string>

namespace insar::ui {

/// A figure drawn at `widthPx` pixels wide (height follows its content).
QImage renderReportFigure(const report::Figure& figure, int widthPx = 1600);

/// The report as one well-formed, self-contained HTML5 document (UTF-8).
std::string reportHtml(const report::Report& report);

/// Writes the report atomically; the format follows the extension (.html/.htm or .pdf); anything
/// else is an insar::Error naming the file. An existing file is replaced.
void writeReport(const report::Report& report, const std::filesystem::path& path);
void writeReportHtml(const report::Report& report, const std::filesystem::path& path);
void writeReportPdf(const report::Report& report, const std::filesystem::path& path);

} // namespace insar::ui
