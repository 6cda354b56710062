// RasterView: one raster as a QCustomPlot colour map with a colour bar, zoom/pan, a pixel
// read-out and shared colour limits; LinkedRasterViews keeps the zoom/pan (and optionally the
// colour limits) of several views in step, e.g. before/after or a row of samples.
#pragma once

#include "color_maps.h"
#include "common/raster.h"
#include "widgets/text_bindings.h"

#include <QLineF>
#include <QList>
#include <QPoint>
#include <QPointer>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QCustomPlot;
class QCPColorMap;
class QCPGraph;
class QCPItemLine;
class QCPColorScale;
class QLabel;
class QMouseEvent;

namespace insar::ui {

/// Colour limits [lower, upper] of a view.
struct ValueRange {
    double lower = 0.0;
    double upper = 1.0;
    bool operator==(const ValueRange&) const = default;
};

/// What is under the mouse (or at a given pixel).
struct PixelReadout {
    int row = 0;
    int col = 0;
    double value = 0.0; // NaN for no-data
    bool noData = false;
    QString units;       // "rad", "m", "mm" or empty
    bool hasGeo = false; // x/y from the geotransform (pixel centre)
    double x = 0.0;
    double y = 0.0;
    bool geographic = false; // x/y are lon/lat (degrees)
    /// "row 12, col 40: 1.234 rad  (lat 35.8901, lon 137.4802)"
    QString text() const;
};

class RasterView : public QWidget {
    Q_OBJECT
public:
    /// How the colour limits follow the data when they are not set by hand.
    enum class LimitsMode {
        Automatic, // symmetric around 0 for a diverging map, min..max otherwise
        Symmetric, // [-m, m], m = max |value|
        MinMax,    // [min, max]
        Manual,    // whatever setLimits() set
    };
    enum class AxisMode { Pixel, Geographic };

    explicit RasterView(QWidget* parent = nullptr);
    ~RasterView() override;

    /// Shows `raster` (copied once into the plot's cell data; a shared copy is kept for the
    /// read-out). An empty raster clears the view.
    void setRaster(std::shared_ptr<const Raster> raster);
    void setRaster(Raster raster);
    /// Units maps are shown in from now on (Preferences): "file" (as stored, the default), "mm", "cm"
    /// or "rad". Maps in metres, millimetres or radians are converted for display (radians need the
    /// map's wavelength; a map that cannot be converted is shown as stored); others are unchanged.
    static void setDisplayUnits(const QString& units);
    static QString displayUnits();
    void clear();
    bool hasRaster() const { return m_raster != nullptr; }
    std::shared_ptr<const Raster> raster() const { return m_raster; }

    /// Text shown in the middle of an empty view ("Drop a raster here").
    void setPlaceholderText(const QString& text);
    QString messageText() const;

    void setTitle(const QString& title);
    QString title() const { return m_title; }

    void setColorMap(ColorMapKind kind);
    ColorMapKind colorMap() const { return m_colorMap; }

    /// Fixes the colour limits (switches to LimitsMode::Manual).
    void setLimits(double lower, double upper);
    void setLimits(const ValueRange& range) { setLimits(range.lower, range.upper); }
    ValueRange limits() const { return m_limits; }
    void setLimitsMode(LimitsMode mode);
    LimitsMode limitsMode() const { return m_limitsMode; }
    /// The limits `mode` would give for `raster` with colour map `kind` (nullopt: no valid data).
    static std::optional<ValueRange> limitsFor(const Raster& raster, LimitsMode mode,
                                               ColorMapKind kind = ColorMapKind::Diverging);
    /// Limits covering all rasters (symmetric or min..max), for rows of views on one scale.
    static std::optional<ValueRange> sharedLimits(const QList<const Raster*>& rasters, bool symmetric);

    /// Colour-bar label; defaults to the raster's units.
    void setColorBarLabel(const QString& label);
    void setColorBarVisible(bool visible);
    bool isColorBarVisible() const;

    /// Pixel (col/row, row 0 at the top) or geographic axes (x/y of the geotransform; only for
    /// north-up rasters, otherwise pixel axes are kept).
    void setAxisMode(AxisMode mode);
    AxisMode axisMode() const { return m_axisMode; }
    bool canShowGeographic() const;

    /// Shows the whole raster with square pixels.
    void resetView();
    QAction* resetViewAction() const { return m_resetAction; }

    /// Visible part in pixel coordinates (x = col, y = row, top-left origin).
    QRectF visiblePixelRect() const;
    void setVisiblePixelRect(const QRectF& rect);

    /// Read-out of a pixel (nullopt outside the raster or when empty).
    std::optional<PixelReadout> readoutAt(int row, int col) const;

    /// Marks one pixel (x = column, y = row), e.g. the reference point, with a crossed circle;
    /// nullopt removes the mark. The mark follows the axis mode and survives setRaster().
    void setMarker(std::optional<QPoint> pixel);
    std::optional<QPoint> marker() const { return m_marker; }

    /// While on, a left-button drag draws a line instead of panning and ends with
    /// profileLineDrawn(); the wheel still zooms.
    void setProfileMode(bool on);
    bool profileMode() const { return m_profileMode; }
    /// Shows a line between two positions in pixel coordinates (x = column, y = row, pixel
    /// centres at integers); clearProfileLine() removes it.
    void setProfileLine(const QPointF& from, const QPointF& to);
    void clearProfileLine();
    std::optional<QLineF> profileLine() const { return m_profileLine; }

    /// Writes the plot as an image: PDF for a ".pdf" path, else PNG. On failure returns false
    /// and, with `error`, says which file could not be written.
    bool saveImage(const QString& path, QString* error = nullptr);

    QCustomPlot* plot() const { return m_plot; }
    QCPColorMap* colorMapItem() const { return m_map; }
    QCPColorScale* colorScale() const { return m_scale; }

signals:
    /// Mouse moved over a pixel; text is PixelReadout::text(), empty when leaving the raster.
    void pixelHovered(const QString& text);
    void readoutChanged(const insar::ui::PixelReadout& readout);
    /// The visible part changed by zoom/pan/reset (pixel coordinates).
    void visiblePixelRectChanged(const QRectF& rect);
    void limitsChanged(const insar::ui::ValueRange& range);
    void rasterChanged();
    /// A line was drawn in profile mode (pixel coordinates, see setProfileLine()).
    void profileLineDrawn(const QPointF& from, const QPointF& to);

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillData();
    void applyLimits();
    void applyAxisLabels();
    void keepSquarePixels();
    void onMouseMove(QMouseEvent* event);
    void onRangeChanged();
    bool pixelAt(const QPointF& widgetPos, int& row, int& col) const;
    bool useGeographicAxes() const;
    // Overlays (raster_view_overlays.cpp): the marker and the profile line.
    void createOverlays();
    void updateOverlays();
    QPointF pixelToPlot(const QPointF& pixel) const;
    QPointF plotToPixel(const QPointF& coords) const;
    QPointF pixelPosAt(const QPointF& widgetPos) const;
    void onMousePress(QMouseEvent* event);
    void onMouseRelease(QMouseEvent* event);

    QCustomPlot* m_plot = nullptr;
    QCPColorMap* m_map = nullptr;
    QCPColorScale* m_scale = nullptr;
    QLabel* m_messageLabel = nullptr;
    QAction* m_resetAction = nullptr;
    std::shared_ptr<const Raster> m_raster;
    QString m_title;
    QString m_colorBarLabel;
    TextBindings m_texts;
    bool m_defaultPlaceholder = true; // "No raster" until an owner sets its own
    bool m_colorBarLabelSet = false;
    ColorMapKind m_colorMap = ColorMapKind::Diverging;
    LimitsMode m_limitsMode = LimitsMode::Automatic;
    ValueRange m_limits;
    AxisMode m_axisMode = AxisMode::Pixel;
    bool m_settingRange = false;
    bool m_fitPending = false;
    /// The user (or a linked view) moved or zoomed since the last fit: a resize keeps that view
    /// instead of fitting the whole raster again.
    bool m_userView = false;
    QSize m_lastRectSize;
    QCPGraph* m_markerGraph = nullptr;
    QCPItemLine* m_lineItem = nullptr;
    std::optional<QPoint> m_marker;
    std::optional<QLineF> m_profileLine;
    bool m_profileMode = false;
    std::optional<QPointF> m_dragStart;
};

} // namespace insar::ui

Q_DECLARE_METATYPE(insar::ui::PixelReadout)
Q_DECLARE_METATYPE(insar::ui::ValueRange)
