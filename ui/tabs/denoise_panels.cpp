#include "denoise_panels.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPainter>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <cmath>

namespace insar::ui {

namespace {

/// Each panel is at least this wide (all three the same, so they stay equal).
constexpr int kMinimumPanelWidth = 120;
/// The width a panel asks for (sizeHint()): the map, its axes and its colour bar at a useful size.
constexpr int kPreferredPanelWidth = 320;

/// A plot title (RasterView::setTitle(), a text element in the first row of the plot layout)
/// asks for its text's width as the minimum width of its column, which would make the plot of
/// a long title ("After: CNN (model)") wider than its neighbours' in a narrow window. An
/// explicit minimum width overrides that request; a long title then runs past its cell instead.
void keepTitleFromWideningPlot(RasterView* view)
{
    QCPLayoutGrid* grid = view->plot()->plotLayout();
    if (grid->rowCount() < 2)
        return;
    if (auto* title = qobject_cast<QCPTextElement*>(grid->element(0, 0)))
        title->setMinimumSize(1, 0); // width only; 0 keeps the text's height
}

} // namespace

DenoisePanels::DenoisePanels(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* bar = new QHBoxLayout();
    m_scale = new SymmetricScaleControl(this);
    bar->addWidget(m_scale);
    m_profileButton = new QToolButton(this);
    m_profileButton->setObjectName(QStringLiteral("profileButton"));
    m_profileButton->setCheckable(true);
    m_texts.bind([this] {
        m_profileButton->setText(tr("Profile"));
        m_profileButton->setToolTip(tr("Draw a line on any panel (press, drag, release) to plot before, "
                                       "after and removed noise along it"));
    });
    bar->addStretch(1);
    bar->addWidget(m_profileButton);
    layout->addLayout(bar);

    auto* vertical = new QSplitter(Qt::Vertical, this);
    // The three panels share one row in a plain box layout (no splitter handles between them):
    // linked zoom shows the same area only in panels of the same shape, so each gets an equal
    // share of the width whatever its contents want (Ignored: no size hint, no minimum from the
    // plot inside, e.g. a long title), never less than the same floor.
    m_views = new QWidget(vertical);
    m_views->setObjectName(QStringLiteral("panelRow"));
    auto* row = new QHBoxLayout(m_views);
    row->setContentsMargins(0, 0, 0, 0);
    m_before = new RasterView(m_views);
    m_after = new RasterView(m_views);
    m_removed = new RasterView(m_views);
    m_before->setObjectName(QStringLiteral("beforeView"));
    m_after->setObjectName(QStringLiteral("afterView"));
    m_removed->setObjectName(QStringLiteral("removedView"));
    m_texts.bind([this] {
        m_before->setPlaceholderText(
            tr("Drop unwrapped interferograms (or a folder) here, or use File > Open.\n\n"
               "GeoTIFF (also LiCSAR *.geo.unw.tif), ROI_PAC/ISCE .unw with sidecars, ENVI, "
               "HDF5 datasets (MintPy) and any single-band raster GDAL reads."));
        m_after->setPlaceholderText(
            tr("The corrected map appears here.\nChoose methods above and press Correct."));
        m_removed->setPlaceholderText(tr("The removed noise (before − after) appears here."));
    });
    for (RasterView* v : {m_before, m_after, m_removed}) {
        v->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Expanding);
        v->setMinimumWidth(kMinimumPanelWidth);
        row->addWidget(v, 1);
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

QSize DenoisePanels::sizeHint() const
{
    QSize hint = QWidget::sizeHint();
    hint.setWidth(std::max(hint.width(), 3 * kPreferredPanelWidth + 2 * m_views->layout()->spacing()));
    return hint;
}

void DenoisePanels::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.apply();
        if (m_profile->isVisible())
            updateProfile(); // the curve names
    }
    QWidget::changeEvent(event);
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
    // The panels are equal in size (see the constructor); so are the plots inside them: the same
    // colour-bar label on each (the removed noise and the corrected map are in the input's units)
    // and titles that do not widen their plot, so before and after compare pixel for pixel.
    const QString units = m_before->colorScale()->axis()->label();
    m_after->setColorBarLabel(units);
    m_removed->setColorBarLabel(units);
    for (RasterView* v : {m_before, m_after, m_removed})
        keepTitleFromWideningPlot(v);
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
