#include "denoise_panels.h"

#include <QHBoxLayout>
#include <QPainter>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace insar::ui {

DenoisePanels::DenoisePanels(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* bar = new QHBoxLayout();
    m_scale = new SymmetricScaleControl(this);
    bar->addWidget(m_scale);
    m_profileButton = new QToolButton(this);
    m_profileButton->setObjectName(QStringLiteral("profileButton"));
    m_profileButton->setText(tr("Profile"));
    m_profileButton->setCheckable(true);
    m_profileButton->setToolTip(tr(
        "Draw a line on any panel (press, drag, release) to plot before, after and removed noise along it"));
    bar->addStretch(1);
    bar->addWidget(m_profileButton);
    layout->addLayout(bar);

    auto* vertical = new QSplitter(Qt::Vertical, this);
    m_views = new QSplitter(Qt::Horizontal, vertical);
    m_before = new RasterView(m_views);
    m_after = new RasterView(m_views);
    m_removed = new RasterView(m_views);
    m_before->setObjectName(QStringLiteral("beforeView"));
    m_after->setObjectName(QStringLiteral("afterView"));
    m_removed->setObjectName(QStringLiteral("removedView"));
    m_before->setPlaceholderText(
        tr("Drop unwrapped interferograms (or a folder) here, or use File > Open.\n\n"
           "GeoTIFF (also LiCSAR *.geo.unw.tif), ROI_PAC/ISCE .unw with sidecars, ENVI, "
           "HDF5 datasets (MintPy) and any single-band raster GDAL reads."));
    m_after->setPlaceholderText(
        tr("The corrected map appears here.\nChoose methods above and press Correct."));
    m_removed->setPlaceholderText(tr("The removed noise (before − after) appears here."));
    for (RasterView* v : {m_before, m_after, m_removed}) {
        m_views->addWidget(v);
        m_views->setStretchFactor(m_views->indexOf(v), 1); // equal panels: linked views show the same area
    }
    m_profile = new ProfilePlot(vertical);
    m_profile->setVisible(false);
    vertical->addWidget(m_views);
    vertical->addWidget(m_profile);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);
    layout->addWidget(vertical, 1);

    m_linked = new LinkedRasterViews(this);
    m_linked->setLinkLimits(true);
    for (RasterView* v : {m_before, m_after, m_removed}) {
        m_linked->addView(v);
        // A view emits readoutChanged() and then pixelHovered() with its own text: with a result
        // shown, the status bar gets the values of all panels instead.
        connect(v, &RasterView::readoutChanged, this, [this](const PixelReadout& r) {
            m_composedReadout = m_after->hasRaster() ? readoutText(r.row, r.col) : QString();
        });
        connect(v, &RasterView::pixelHovered, this, [this](const QString& text) {
            emit pixelHovered(text.isEmpty() || m_composedReadout.isEmpty() ? text : m_composedReadout);
            m_composedReadout.clear();
        });
        connect(v, &RasterView::profileLineDrawn, this, &DenoisePanels::setProfileLine);
    }
    connect(m_scale, &SymmetricScaleControl::limitChanged, this, &DenoisePanels::applyLimit);
    connect(m_profileButton, &QToolButton::toggled, this, [this](bool on) {
        for (RasterView* v : {m_before, m_after, m_removed})
            v->setProfileMode(on);
        m_profile->setVisible(on && m_line.has_value());
    });
}

void DenoisePanels::showInput(std::shared_ptr<const Raster> input, const QString& title)
{
    m_after->clear();
    m_removed->clear();
    m_before->setMarker(std::nullopt);
    m_before->setRaster(std::move(input));
    m_before->setTitle(title);
    m_after->setTitle(QString());
    m_removed->setTitle(QString());
    refreshDataLimit();
    updateProfile();
}

void DenoisePanels::showResult(std::shared_ptr<const Raster> before, std::shared_ptr<const Raster> after,
                               std::shared_ptr<const Raster> removed, std::optional<QPoint> reference,
                               const QString& afterTitle)
{
    const bool sameGrid = m_before->raster() && before && m_before->raster()->width() == before->width() &&
                          m_before->raster()->height() == before->height();
    const QRectF visible = m_before->visiblePixelRect();
    if (m_before->raster() != before)
        m_before->setRaster(before);
    m_after->setRaster(std::move(after));
    m_removed->setRaster(std::move(removed));
    m_before->setTitle(tr("Before"));
    m_after->setTitle(afterTitle);
    m_removed->setTitle(tr("Removed noise"));
    for (RasterView* v : {m_before, m_after, m_removed})
        v->setMarker(reference);
    refreshDataLimit();
    // Equal panels showing the same area, so before and after compare pixel for pixel.
    const int third = std::max(1, m_views->width() / 3);
    m_views->setSizes({third, third, third});
    m_before->resetView();
    // Switching methods on the same file keeps the area being inspected.
    if (sameGrid && !visible.isEmpty())
        m_before->setVisiblePixelRect(visible);
    updateProfile();
}

void DenoisePanels::clearAll()
{
    for (RasterView* v : {m_before, m_after, m_removed}) {
        v->clear();
        v->setMarker(std::nullopt);
        v->clearProfileLine();
        v->setTitle(QString());
    }
    m_line.reset();
    m_profile->clearProfiles();
    m_profile->setVisible(false);
}

void DenoisePanels::refreshDataLimit()
{
    QList<const Raster*> rasters;
    for (RasterView* v : {m_before, m_after, m_removed}) {
        if (v->raster())
            rasters.append(v->raster().get());
    }
    m_scale->setDataLimit(SymmetricScaleControl::autoLimit(rasters));
    applyLimit(m_scale->limit()); // a manual limit holds for the new maps too
}

void DenoisePanels::applyLimit(double limit)
{
    m_linked->setLimits(ValueRange{-limit, limit});
}

QString DenoisePanels::readoutText(int row, int col) const
{
    const auto first = m_before->readoutAt(row, col);
    if (!first)
        return {};
    const auto value = [](const std::optional<PixelReadout>& r) {
        if (!r)
            return QStringLiteral("–");
        return r->noData ? tr("no data") : QString::number(r->value, 'g', 5);
    };
    QStringList parts;
    parts << tr("before %1").arg(value(first));
    if (m_after->hasRaster())
        parts << tr("after %1").arg(value(m_after->readoutAt(row, col)));
    if (m_removed->hasRaster())
        parts << tr("removed %1").arg(value(m_removed->readoutAt(row, col)));
    QString text = tr("row %1, col %2: %3").arg(row).arg(col).arg(parts.join(QStringLiteral(" · ")));
    if (!first->units.isEmpty())
        text += QLatin1Char(' ') + first->units;
    if (first->hasGeo) {
        text += first->geographic ? tr("  (lat %1, lon %2)").arg(first->y, 0, 'f', 5).arg(first->x, 0, 'f', 5)
                                  : tr("  (x %1, y %2)").arg(first->x, 0, 'f', 1).arg(first->y, 0, 'f', 1);
    }
    return text;
}

void DenoisePanels::setProfileLine(const QPointF& from, const QPointF& to)
{
    m_line = QLineF(from, to);
    updateProfile();
}

void DenoisePanels::updateProfile()
{
    if (!m_line || !m_before->hasRaster()) {
        for (RasterView* v : {m_before, m_after, m_removed})
            v->clearProfileLine();
        m_profile->clearProfiles();
        m_profile->setVisible(false);
        return;
    }
    QList<ProfilePlot::Curve> curves;
    const QList<std::pair<RasterView*, QColor>> panels = {
        {m_before, QColor(90, 90, 90)}, {m_after, QColor(31, 119, 180)}, {m_removed, QColor(214, 39, 40)}};
    const QStringList names = {tr("before"), tr("after"), tr("removed")};
    for (int i = 0; i < panels.size(); ++i) {
        RasterView* v = panels[i].first;
        if (!v->hasRaster())
            continue;
        v->setProfileLine(m_line->p1(), m_line->p2());
        curves.append({names[i], v->raster(), panels[i].second});
    }
    m_profile->setProfiles(curves, m_line->p1(), m_line->p2());
    m_profile->setVisible(true);
}

QImage DenoisePanels::renderImage()
{
    QImage views = m_views->grab().toImage();
    if (!m_profile->isVisible())
        return views;
    const QImage profile = m_profile->grab().toImage();
    QImage out(std::max(views.width(), profile.width()), views.height() + profile.height(),
               QImage::Format_ARGB32_Premultiplied);
    out.fill(Qt::white);
    QPainter painter(&out);
    painter.drawImage(0, 0, views);
    painter.drawImage(0, views.height(), profile);
    return out;
}

} // namespace insar::ui
