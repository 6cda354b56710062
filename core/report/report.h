// A report as content, independent of how it is drawn: sections with paragraphs, key/value facts,
// tables and figure requests (maps on a shared colour scale, scatter plots, line plots). Built by the
// collectors of report_collect.h from result files; rendered to HTML or PDF by ui/report (docs/reports.md).
#pragma once

#include "common/raster.h"

#include <string>
#include <vector>

namespace insar::report {

struct KeyValue {
    std::string key;
    std::string value;
};

struct Table {
    std::string caption;
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
};

/// One map of a row of maps; `raster` is already reduced to display size.
struct MapPanel {
    std::string title;
    Raster raster;
    std::string units; // colour-bar label
};

enum class FigureKind { Maps, Scatter, Lines };

struct ScatterSeries {
    std::string name;
    std::vector<double> x;
    std::vector<double> y;
};

/// One curve of a line plot (FigureKind::Lines); x and y have the same length, NaN leaves a gap.
struct LineSeries {
    enum class Style { Solid, Dashed, Points };
    std::string name;
    std::vector<double> x;
    std::vector<double> y;
    Style style = Style::Solid;
    bool markers = false; // a marker on every point of a Solid or Dashed line
    int colour = -1;      // index into the renderer's palette; -1: the next one not taken by index
};

struct Figure {
    FigureKind kind = FigureKind::Maps;
    std::string caption;
    // Maps: one row of panels; with sharedScale every panel uses the same colour limits.
    std::vector<MapPanel> panels;
    bool sharedScale = true;
    bool symmetric = true; // diverging colours around 0 (else a sequential min..max map)
    // Scatter: series of points, with a 1:1 line.
    std::vector<ScatterSeries> series;
    std::string xLabel;
    std::string yLabel;
    // Lines: curves on shared axes, optionally logarithmic (values <= 0 are then left out), and
    // vertical marks at given x (e.g. the edges of SNR bins).
    std::vector<LineSeries> lines;
    bool logX = false;
    bool logY = false;
    std::vector<double> xMarks;
};

struct Section {
    std::string heading;
    std::vector<std::string> paragraphs;
    std::vector<KeyValue> facts;
    std::vector<Table> tables;
    std::vector<Figure> figures;
};

struct Report {
    std::string title;
    std::vector<KeyValue> facts; // software version, date, inputs
    std::vector<Section> sections;
};

} // namespace insar::report
