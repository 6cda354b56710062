// RasterView's overlays: the marked pixel (the reference point) and the profile line, kept in
// pixel coordinates and placed on whichever axes (pixel or map) the view shows.
#include "raster_view.h"

#include <QMouseEvent>

#include <qcustomplot.h>

namespace insar::ui {

void RasterView::createOverlays()
{
    m_markerGraph = m_plot->addGraph();
    m_markerGraph->setLineStyle(QCPGraph::lsNone);
    m_markerGraph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCrossCircle, QPen(Qt::black, 2),
                                                   QBrush(QColor(255, 255, 255, 160)), 13));
    m_markerGraph->setVisible(false);
    m_lineItem = new QCPItemLine(m_plot);
    m_lineItem->setPen(QPen(QColor(20, 20, 20), 2, Qt::DashLine));
    m_lineItem->setHead(QCPLineEnding::esNone);
    m_lineItem->setTail(QCPLineEnding::esDisc);
    m_lineItem->setVisible(false);
}

QPointF RasterView::pixelToPlot(const QPointF& pixel) const
{
    if (!useGeographicAxes())
        return pixel; // cell centres sit at integer keys/values
    const auto& c = m_raster->geoTransform.c;
    return {c[0] + (pixel.x() + 0.5) * c[1], c[3] + (pixel.y() + 0.5) * c[5]};
}

QPointF RasterView::plotToPixel(const QPointF& coords) const
{
    if (!useGeographicAxes())
        return coords;
    const auto& c = m_raster->geoTransform.c;
    return {(coords.x() - c[0]) / c[1] - 0.5, (coords.y() - c[3]) / c[5] - 0.5};
}

QPointF RasterView::pixelPosAt(const QPointF& widgetPos) const
{
    const QPointF coords(m_plot->xAxis->pixelToCoord(widgetPos.x()),
                         m_plot->yAxis->pixelToCoord(widgetPos.y()));
    QPointF p = plotToPixel(coords);
    if (m_raster) { // a line ends on the raster even when the mouse left it
        p.setX(std::clamp(p.x(), 0.0, double(m_raster->width() - 1)));
        p.setY(std::clamp(p.y(), 0.0, double(m_raster->height() - 1)));
    }
    return p;
}

void RasterView::updateOverlays()
{
    const bool show = m_raster != nullptr;
    m_markerGraph->data()->clear();
    if (show && m_marker) {
        const QPointF p = pixelToPlot(QPointF(*m_marker));
        m_markerGraph->addData(p.x(), p.y());
    }
    m_markerGraph->setVisible(show && m_marker.has_value());
    if (show && m_profileLine) {
        const QPointF a = pixelToPlot(m_profileLine->p1());
        const QPointF b = pixelToPlot(m_profileLine->p2());
        m_lineItem->start->setCoords(a);
        m_lineItem->end->setCoords(b);
    }
    m_lineItem->setVisible(show && m_profileLine.has_value());
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void RasterView::setMarker(std::optional<QPoint> pixel)
{
    m_marker = pixel;
    updateOverlays();
}

void RasterView::setProfileMode(bool on)
{
    m_profileMode = on;
    m_dragStart.reset();
    m_plot->setInteraction(QCP::iRangeDrag, !on);
    m_plot->setCursor(on ? Qt::CrossCursor : Qt::ArrowCursor);
}

void RasterView::setProfileLine(const QPointF& from, const QPointF& to)
{
    m_profileLine = QLineF(from, to);
    updateOverlays();
}

void RasterView::clearProfileLine()
{
    m_profileLine.reset();
    updateOverlays();
}

void RasterView::onMousePress(QMouseEvent* event)
{
    if (!m_profileMode || !m_raster || event->button() != Qt::LeftButton)
        return;
    m_dragStart = pixelPosAt(event->position());
    setProfileLine(*m_dragStart, *m_dragStart);
}

void RasterView::onMouseRelease(QMouseEvent* event)
{
    if (!m_dragStart || event->button() != Qt::LeftButton)
        return;
    const QPointF from = *m_dragStart;
    const QPointF to = pixelPosAt(event->position());
    m_dragStart.reset();
    setProfileLine(from, to);
    if (QLineF(from, to).length() >= 1.0)
        emit profileLineDrawn(from, to);
}

} // namespace insar::ui
