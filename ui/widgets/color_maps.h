// Colour maps for rasters: a diverging map for signed values (LOS, phase) and sequential maps for
// magnitudes and DEMs, as QCustomPlot gradients with no-data (NaN) drawn transparent.
#pragma once

#include <QColor>
#include <QList>
#include <QString>

class QCPColorGradient;

namespace insar::ui {

enum class ColorMapKind {
    Diverging, // blue (negative) - white (0) - red (positive), ColorBrewer RdBu reversed
    Viridis,   // perceptually uniform sequential (matplotlib viridis)
    Terrain,   // elevation: sea blue - green - brown - white
    Grey,      // black to white
};

/// All kinds, in menu order.
QList<ColorMapKind> allColorMaps();
/// Translated name for menus ("Diverging (blue-white-red)").
QString colorMapName(ColorMapKind kind);
/// Stable identifier for settings ("diverging", "viridis", "terrain", "grey").
QString colorMapId(ColorMapKind kind);
ColorMapKind colorMapFromId(const QString& id, ColorMapKind fallback = ColorMapKind::Diverging);
/// Diverging maps want limits symmetric around 0.
bool isDiverging(ColorMapKind kind);
/// The gradient with NaN transparent, 256 levels.
QCPColorGradient colorGradient(ColorMapKind kind);
/// Colour at t in [0, 1] (for legends and tests).
QColor colorAt(ColorMapKind kind, double t);

} // namespace insar::ui
