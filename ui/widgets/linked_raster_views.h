// Several RasterViews that zoom, pan and (optionally) change colour limits together, for
// before/after comparisons.
#pragma once

#include "widgets/raster_view.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QRectF>

namespace insar::ui {

/// Keeps the visible area (and, with setLinkLimits(true), the colour limits) of several views
/// identical: zooming or panning one moves the others. Views may be added and removed freely;
/// destroyed views drop out by themselves.
class LinkedRasterViews : public QObject {
    Q_OBJECT
public:
    explicit LinkedRasterViews(QObject* parent = nullptr);

    void addView(RasterView* view);
    void removeView(RasterView* view);
    QList<RasterView*> views() const;

    void setLinkLimits(bool link);
    bool linkLimits() const { return m_linkLimits; }
    /// Gives every view the same limits (LimitsMode::Manual).
    void setLimits(const ValueRange& range);
    /// Gives every view limits that cover all their rasters (symmetric for diverging maps).
    void fitSharedLimits(bool symmetric = true);

private:
    void syncRect(RasterView* source, const QRectF& rect);
    void syncLimits(RasterView* source, const ValueRange& range);

    QList<QPointer<RasterView>> m_views;
    bool m_linkLimits = false;
    bool m_syncing = false;
};

} // namespace insar::ui
