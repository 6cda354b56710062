#include "linked_raster_views.h"

namespace insar::ui {

LinkedRasterViews::LinkedRasterViews(QObject* parent) : QObject(parent) {}

void LinkedRasterViews::addView(RasterView* view)
{
    if (!view || views().contains(view))
        return;
    m_views.append(view);
    connect(view, &RasterView::visiblePixelRectChanged, this,
            [this, view](const QRectF& rect) { syncRect(view, rect); });
    connect(view, &RasterView::limitsChanged, this,
            [this, view](const ValueRange& range) { syncLimits(view, range); });
    connect(view, &QObject::destroyed, this,
            [this] { m_views.removeIf([](const QPointer<RasterView>& p) { return p.isNull(); }); });
}

void LinkedRasterViews::removeView(RasterView* view)
{
    if (!view)
        return;
    disconnect(view, nullptr, this, nullptr);
    m_views.removeIf([view](const QPointer<RasterView>& p) { return p.isNull() || p == view; });
}

QList<RasterView*> LinkedRasterViews::views() const
{
    QList<RasterView*> out;
    for (const auto& p : m_views) {
        if (p)
            out.append(p.data());
    }
    return out;
}

void LinkedRasterViews::setLinkLimits(bool link)
{
    m_linkLimits = link;
}

void LinkedRasterViews::setLimits(const ValueRange& range)
{
    m_syncing = true;
    for (RasterView* v : views())
        v->setLimits(range);
    m_syncing = false;
}

void LinkedRasterViews::fitSharedLimits(bool symmetric)
{
    QList<const Raster*> rasters;
    for (RasterView* v : views()) {
        if (v->raster())
            rasters.append(v->raster().get());
    }
    if (const auto range = RasterView::sharedLimits(rasters, symmetric))
        setLimits(*range);
}

void LinkedRasterViews::syncRect(RasterView* source, const QRectF& rect)
{
    if (m_syncing)
        return;
    m_syncing = true;
    for (RasterView* v : views()) {
        if (v != source && v->hasRaster())
            v->setVisiblePixelRect(rect);
    }
    m_syncing = false;
}

void LinkedRasterViews::syncLimits(RasterView* source, const ValueRange& range)
{
    if (m_syncing || !m_linkLimits)
        return;
    m_syncing = true;
    for (RasterView* v : views()) {
        if (v != source)
            v->setLimits(range);
    }
    m_syncing = false;
}

} // namespace insar::ui
