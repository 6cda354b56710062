#include "raster_view.h"

#include "common/error.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QStackedLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace insar::ui {
namespace {

QString unitsLabel(const Raster& raster)
{
    switch (raster.metadata.units) {
    case Units::Radians:
        return QStringLiteral("rad");
    case Units::Metres:
        return QStringLiteral("m");
    case Units::Millimetres:
        return QStringLiteral("mm");
    case Units::Unknown:
        break;
    }
    const auto it = raster.metadata.extra.find("units");
    return it != raster.metadata.extra.end() ? QString::fromStdString(it->second) : QString();
}

QString s_displayUnits = QStringLiteral("file");

/// `raster` in the display units of the preferences (a converted copy), or itself.
std::shared_ptr<const Raster> inDisplayUnits(std::shared_ptr<const Raster> raster)
{
    const Units from = raster->metadata.units;
    if (s_displayUnits == QLatin1String("file") || from == Units::Unknown)
        return raster;
    const bool cm = s_displayUnits == QLatin1String("cm");
    const Units to = s_displayUnits == QLatin1String("rad") ? Units::Radians : Units::Millimetres;
    if (from == to && !cm)
        return raster;
    auto copy = std::make_shared<Raster>(*raster);
    try {
        copy->convertUnits(to);
    } catch (const Error&) {
        return raster; // radians without a wavelength: shown as stored
    }
    if (cm) {
        for (float& v : copy->values())
            v *= 0.1f; // NaN stays NaN
        copy->metadata.units = Units::Unknown;
        copy->metadata.extra["units"] = "cm";
    }
    return copy;
}

/// A WKT whose root is a geographic CRS has lon/lat axes (degrees).
bool isGeographicWkt(const std::string& wkt)
{
    const auto start = wkt.find_first_not_of(" \t\r\n");
    if (start == std::string::npos)
        return false;
    const std::string_view head(wkt.data() + start, std::min<std::size_t>(wkt.size() - start, 16));
    return head.starts_with("GEOGCS[") || head.starts_with("GEOGCRS[") || head.starts_with("GEODCRS[") ||
           head.starts_with("GEOGRAPHICCRS[");
}

QString formatValue(double v)
{
    if (std::isnan(v))
        return QStringLiteral("no data");
    return QString::number(v, 'g', 6);
}

} // namespace

QString PixelReadout::text() const
{
    QString s = QCoreApplication::translate("insar::ui::RasterView", "row %1, col %2: %3")
                    .arg(row)
                    .arg(col)
                    .arg(noData ? QCoreApplication::translate("insar::ui::RasterView", "no data")
                                : formatValue(value));
    if (!noData && !units.isEmpty())
        s += QLatin1Char(' ') + units;
    if (hasGeo) {
        if (geographic)
            s += QCoreApplication::translate("insar::ui::RasterView", "  (lat %1, lon %2)")
                     .arg(y, 0, 'f', 5)
                     .arg(x, 0, 'f', 5);
        else
            s += QCoreApplication::translate("insar::ui::RasterView", "  (x %1, y %2)")
                     .arg(x, 0, 'f', 1)
                     .arg(y, 0, 'f', 1);
    }
    return s;
}

RasterView::RasterView(QWidget* parent) : QWidget(parent)
{
    auto* stack = new QStackedLayout(this);
    stack->setContentsMargins(0, 0, 0, 0);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setAlignment(Qt::AlignCenter);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setFrameShape(QFrame::StyledPanel);
    m_messageLabel->setMargin(12);
    stack->addWidget(m_messageLabel);

    m_plot = new QCustomPlot(this);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal | Qt::Vertical);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal | Qt::Vertical);
    m_plot->axisRect()->setRangeZoomFactor(0.85);
    m_plot->xAxis2->setVisible(false);
    m_plot->yAxis2->setVisible(false);
    m_plot->setNoAntialiasingOnDrag(true);
    // No-data pixels are transparent: a grey backdrop keeps them apart from white (zero) values.
    m_plot->axisRect()->setBackground(QBrush(QColor(190, 190, 190)));
    stack->addWidget(m_plot);

    m_map = new QCPColorMap(m_plot->xAxis, m_plot->yAxis);
    m_map->setInterpolate(false);
    m_map->setTightBoundary(true);

    m_scale = new QCPColorScale(m_plot);
    m_scale->setType(QCPAxis::atRight);
    m_scale->setBarWidth(12);
    m_scale->setRangeDrag(false);
    m_scale->setRangeZoom(false);
    m_plot->plotLayout()->addElement(0, 1, m_scale);
    m_map->setColorScale(m_scale);
    m_map->setGradient(colorGradient(m_colorMap)); // after setColorScale, which copies the scale's
    auto* margins = new QCPMarginGroup(m_plot);
    m_plot->axisRect()->setMarginGroup(QCP::msTop | QCP::msBottom, margins);
    m_scale->setMarginGroup(QCP::msTop | QCP::msBottom, margins);

    m_resetAction = new QAction(QIcon::fromTheme(QStringLiteral("zoom-fit-best")), QString(), this);
    m_texts.bind([this] {
        m_resetAction->setText(tr("Reset view"));
        m_resetAction->setToolTip(tr("Show the whole raster (double-click does the same)"));
    });
    connect(m_resetAction, &QAction::triggered, this, &RasterView::resetView);

    createOverlays();
    connect(m_plot, &QCustomPlot::mouseMove, this, &RasterView::onMouseMove);
    connect(m_plot, &QCustomPlot::mousePress, this, &RasterView::onMousePress);
    connect(m_plot, &QCustomPlot::mouseRelease, this, &RasterView::onMouseRelease);
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this](QMouseEvent*) { resetView(); });
    // A range change that is not ours is the user dragging or zooming.
    for (QCPAxis* axis : {m_plot->xAxis, m_plot->yAxis})
        connect(axis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [this] {
            if (!m_settingRange)
                m_userView = true;
        });
    connect(m_plot->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
            &RasterView::onRangeChanged);
    connect(m_plot->yAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
            &RasterView::onRangeChanged);
    connect(m_plot, &QCustomPlot::afterLayout, this, [this] { keepSquarePixels(); });

    m_plot->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_plot, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu menu(this);
        menu.addAction(m_resetAction);
        QMenu* maps = menu.addMenu(tr("Colour map"));
        for (ColorMapKind kind : allColorMaps()) {
            QAction* a = maps->addAction(colorMapName(kind), this, [this, kind] { setColorMap(kind); });
            a->setCheckable(true);
            a->setChecked(kind == m_colorMap);
        }
        QMenu* lims = menu.addMenu(tr("Colour limits"));
        const auto addMode = [&](const QString& text, LimitsMode mode) {
            QAction* a = lims->addAction(text, this, [this, mode] { setLimitsMode(mode); });
            a->setCheckable(true);
            a->setChecked(mode == m_limitsMode);
        };
        addMode(tr("Automatic"), LimitsMode::Automatic);
        addMode(tr("Symmetric around 0"), LimitsMode::Symmetric);
        addMode(tr("Minimum to maximum"), LimitsMode::MinMax);
        QMenu* axes = menu.addMenu(tr("Axes"));
        QAction* pix =
            axes->addAction(tr("Pixel (row/column)"), this, [this] { setAxisMode(AxisMode::Pixel); });
        pix->setCheckable(true);
        pix->setChecked(m_axisMode == AxisMode::Pixel);
        QAction* geo =
            axes->addAction(tr("Map coordinates"), this, [this] { setAxisMode(AxisMode::Geographic); });
        geo->setCheckable(true);
        geo->setChecked(m_axisMode == AxisMode::Geographic);
        geo->setEnabled(canShowGeographic());
        menu.addSeparator();
        menu.addAction(tr("Save image…"), this, [this] {
            const QString path = QFileDialog::getSaveFileName(this, tr("Save image"), QString(),
                                                              tr("PNG image (*.png);;PDF (*.pdf)"));
            QString error;
            if (!path.isEmpty() && !saveImage(path, &error))
                QMessageBox::warning(this, tr("Cannot save image"), error);
        });
        menu.exec(m_plot->mapToGlobal(pos));
    });

    m_texts.bind([this] {
        if (m_defaultPlaceholder) // an owner's own text is the owner's to retranslate
            m_messageLabel->setText(tr("No raster"));
    });
    applyAxisLabels();
}

void RasterView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.apply();
        applyAxisLabels();
    }
    QWidget::changeEvent(event);
}

RasterView::~RasterView() = default;

bool RasterView::saveImage(const QString& path, QString* error)
{
    const bool pdf = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    const bool ok = pdf ? m_plot->savePdf(path) : m_plot->savePng(path);
    if (!ok && error)
        *error = tr("Could not write %1: check that the folder exists and is writable.")
                     .arg(QDir::toNativeSeparators(path));
    return ok;
}

void RasterView::setRaster(Raster raster)
{
    if (raster.empty()) {
        clear();
        return;
    }
    setRaster(std::make_shared<const Raster>(std::move(raster)));
}

void RasterView::setRaster(std::shared_ptr<const Raster> raster)
{
    if (!raster || raster->empty()) {
        clear();
        return;
    }
    m_raster = inDisplayUnits(std::move(raster));
    if (!m_colorBarLabelSet)
        m_scale->axis()->setLabel(unitsLabel(*m_raster));
    fillData();
    applyLimits();
    applyAxisLabels();
    updateOverlays();
    static_cast<QStackedLayout*>(layout())->setCurrentWidget(m_plot);
    resetView();
    emit rasterChanged();
}

void RasterView::setDisplayUnits(const QString& units)
{
    s_displayUnits = units;
}

QString RasterView::displayUnits()
{
    return s_displayUnits;
}

void RasterView::clear()
{
    m_raster.reset();
    m_map->data()->clear();
    updateOverlays();
    static_cast<QStackedLayout*>(layout())->setCurrentWidget(m_messageLabel);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    emit rasterChanged();
}

void RasterView::setPlaceholderText(const QString& text)
{
    m_defaultPlaceholder = false;
    m_messageLabel->setText(text);
}

QString RasterView::messageText() const
{
    return m_messageLabel->text();
}

void RasterView::setTitle(const QString& title)
{
    m_title = title;
    auto* grid = m_plot->plotLayout();
    QCPTextElement* element = nullptr;
    if (grid->rowCount() > 1)
        element = qobject_cast<QCPTextElement*>(grid->element(0, 0));
    if (title.isEmpty()) {
        if (element) {
            grid->remove(element);
            grid->simplify();
        }
    } else if (element) {
        element->setText(title);
    } else {
        grid->insertRow(0);
        QFont font = this->font();
        font.setBold(true);
        grid->addElement(0, 0, new QCPTextElement(m_plot, title, font));
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void RasterView::setColorMap(ColorMapKind kind)
{
    m_colorMap = kind;
    m_map->setGradient(colorGradient(kind));
    if (m_limitsMode == LimitsMode::Automatic)
        applyLimits();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void RasterView::setLimits(double lower, double upper)
{
    if (!std::isfinite(lower) || !std::isfinite(upper))
        return;
    if (lower > upper)
        std::swap(lower, upper);
    if (lower == upper) {
        lower -= 0.5;
        upper += 0.5;
    }
    m_limitsMode = LimitsMode::Manual;
    const ValueRange range{lower, upper};
    const bool changed = range != m_limits;
    m_limits = range;
    m_map->setDataRange(QCPRange(lower, upper));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    if (changed)
        emit limitsChanged(m_limits);
}

void RasterView::setLimitsMode(LimitsMode mode)
{
    m_limitsMode = mode;
    applyLimits();
}

std::optional<ValueRange> RasterView::limitsFor(const Raster& raster, LimitsMode mode, ColorMapKind kind)
{
    const RasterStats s = raster.stats();
    if (s.validCount == 0 || !std::isfinite(s.min) || !std::isfinite(s.max))
        return std::nullopt;
    bool symmetric = mode == LimitsMode::Symmetric;
    if (mode == LimitsMode::Automatic)
        symmetric = isDiverging(kind);
    if (symmetric) {
        const double m = std::max(std::abs(s.min), std::abs(s.max));
        return m > 0 ? ValueRange{-m, m} : ValueRange{-1.0, 1.0};
    }
    if (s.min == s.max)
        return ValueRange{s.min - 0.5, s.max + 0.5};
    return ValueRange{s.min, s.max};
}

std::optional<ValueRange> RasterView::sharedLimits(const QList<const Raster*>& rasters, bool symmetric)
{
    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
    for (const Raster* r : rasters) {
        if (!r)
            continue;
        const auto range = limitsFor(*r, LimitsMode::MinMax);
        if (!range)
            continue;
        const RasterStats s = r->stats();
        lo = std::min(lo, s.min);
        hi = std::max(hi, s.max);
    }
    if (!std::isfinite(lo) || !std::isfinite(hi))
        return std::nullopt;
    if (symmetric) {
        const double m = std::max(std::abs(lo), std::abs(hi));
        return m > 0 ? ValueRange{-m, m} : ValueRange{-1.0, 1.0};
    }
    if (lo == hi)
        return ValueRange{lo - 0.5, hi + 0.5};
    return ValueRange{lo, hi};
}

void RasterView::applyLimits()
{
    if (m_limitsMode == LimitsMode::Manual) {
        m_map->setDataRange(QCPRange(m_limits.lower, m_limits.upper));
        return;
    }
    if (!m_raster)
        return;
    const auto range = limitsFor(*m_raster, m_limitsMode, m_colorMap);
    const ValueRange r = range.value_or(ValueRange{-1.0, 1.0});
    const bool changed = r != m_limits;
    m_limits = r;
    m_map->setDataRange(QCPRange(r.lower, r.upper));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    if (changed)
        emit limitsChanged(m_limits);
}

void RasterView::setColorBarLabel(const QString& label)
{
    m_colorBarLabel = label;
    m_colorBarLabelSet = true;
    m_scale->axis()->setLabel(label);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void RasterView::setColorBarVisible(bool visible)
{
    if (visible == isColorBarVisible())
        return;
    auto* grid = m_plot->plotLayout();
    // A hidden element would still take its cell: take the bar out of the layout instead.
    if (visible) {
        grid->addElement(grid->rowCount() - 1, 1, m_scale);
    } else {
        grid->take(m_scale);
        grid->simplify();
    }
    m_scale->setVisible(visible);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

bool RasterView::isColorBarVisible() const
{
    return m_scale->visible();
}

bool RasterView::canShowGeographic() const
{
    if (!m_raster || !m_raster->geoTransform.valid)
        return false;
    const auto& c = m_raster->geoTransform.c;
    return c[2] == 0.0 && c[4] == 0.0 && c[1] != 0.0 && c[5] != 0.0;
}

bool RasterView::useGeographicAxes() const
{
    return m_axisMode == AxisMode::Geographic && canShowGeographic();
}

void RasterView::setAxisMode(AxisMode mode)
{
    if (mode == m_axisMode)
        return;
    const QRectF visible = visiblePixelRect();
    m_axisMode = mode;
    if (m_raster) {
        fillData();
        applyAxisLabels();
        updateOverlays();
        setVisiblePixelRect(visible);
    } else {
        applyAxisLabels();
    }
}

void RasterView::applyAxisLabels()
{
    const bool geo = useGeographicAxes();
    const bool lonLat = geo && isGeographicWkt(m_raster->crsWkt);
    m_plot->xAxis->setLabel(geo ? (lonLat ? tr("longitude (°)") : tr("x")) : tr("column"));
    m_plot->yAxis->setLabel(geo ? (lonLat ? tr("latitude (°)") : tr("y")) : tr("row"));
    // Pixel rows grow downwards; map y grows upwards (north-up rasters are stored top row first).
    m_plot->yAxis->setRangeReversed(!geo);
}

void RasterView::fillData()
{
    const Raster& r = *m_raster;
    const int w = r.width();
    const int h = r.height();
    QCPColorMapData* data = m_map->data();
    data->setSize(w, h);
    const bool geo = useGeographicAxes();
    const auto& c = r.geoTransform.c;
    const auto span = [](double a, double b) { return a == b ? QCPRange(a - 0.5, b + 0.5) : QCPRange(a, b); };
    if (geo) {
        // Cell centres; value index 0 is the bottom row so the value axis grows upwards.
        const double x0 = c[0] + 0.5 * c[1];
        const double x1 = c[0] + (w - 0.5) * c[1];
        const double yTop = c[3] + 0.5 * c[5];
        const double yBottom = c[3] + (h - 0.5) * c[5];
        data->setRange(span(std::min(x0, x1), std::max(x0, x1)),
                       span(std::min(yTop, yBottom), std::max(yTop, yBottom)));
    } else {
        data->setRange(span(0, w - 1), span(0, h - 1));
    }
    const bool flipX = geo && c[1] < 0;
    const bool flipY = geo && c[5] < 0;
    const float* values = r.data();
    for (int row = 0; row < h; ++row) {
        const int vi = flipY ? h - 1 - row : row;
        const float* line = values + static_cast<std::size_t>(row) * static_cast<std::size_t>(w);
        for (int col = 0; col < w; ++col)
            data->setCell(flipX ? w - 1 - col : col, vi, line[col]);
    }
    m_map->setDataRange(QCPRange(m_limits.lower, m_limits.upper));
}

void RasterView::resetView()
{
    if (!m_raster)
        return;
    const QCPRange keys = m_map->data()->keyRange();
    const QCPRange vals = m_map->data()->valueRange();
    const double kHalf = m_raster->width() > 1 ? keys.size() / (m_raster->width() - 1) / 2.0 : 0.5;
    const double vHalf = m_raster->height() > 1 ? vals.size() / (m_raster->height() - 1) / 2.0 : 0.5;
    m_settingRange = true;
    m_plot->xAxis->setRange(keys.lower - kHalf, keys.upper + kHalf);
    m_plot->yAxis->setRange(vals.lower - vHalf, vals.upper + vHalf);
    m_settingRange = false;
    m_fitPending = true;
    m_userView = false;
    m_lastRectSize = QSize();
    m_plot->replot(); // lays the plot out, then keepSquarePixels() fits the raster in
    onRangeChanged();
}

void RasterView::keepSquarePixels()
{
    if (!m_raster)
        return;
    const QRect rect = m_plot->axisRect()->rect();
    if (rect.width() <= 0 || rect.height() <= 0)
        return;
    if (rect.size() == m_lastRectSize && !m_fitPending)
        return;
    // Shown before the final layout and resized since: fit the whole raster again, unless the
    // user chose a view of their own (then keep its centre and scale).
    if (!m_userView)
        m_fitPending = true;
    m_lastRectSize = rect.size();
    // y units per x unit that make one raster pixel square on screen.
    double ratio = 1.0;
    if (useGeographicAxes())
        ratio = std::abs(m_raster->geoTransform.c[5] / m_raster->geoTransform.c[1]);
    QCPAxis* xa = m_plot->xAxis;
    QCPAxis* ya = m_plot->yAxis;
    const double w = rect.width();
    const double hpx = rect.height();
    double xUnitsPerPx = xa->range().size() / w;
    if (m_fitPending) {
        m_fitPending = false;
        xUnitsPerPx = std::max(xUnitsPerPx, ya->range().size() / ratio / hpx);
    }
    m_settingRange = true;
    xa->setRange(xa->range().center(), xUnitsPerPx * w, Qt::AlignCenter);
    ya->setRange(ya->range().center(), xUnitsPerPx * ratio * hpx, Qt::AlignCenter);
    m_settingRange = false;
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    onRangeChanged();
}

QRectF RasterView::visiblePixelRect() const
{
    if (!m_raster)
        return {};
    const QCPRange xr = m_plot->xAxis->range();
    const QCPRange yr = m_plot->yAxis->range();
    if (!useGeographicAxes())
        return QRectF(QPointF(xr.lower, yr.lower), QPointF(xr.upper, yr.upper)).normalized();
    const auto& c = m_raster->geoTransform.c;
    const double col0 = (xr.lower - c[0]) / c[1] - 0.5;
    const double col1 = (xr.upper - c[0]) / c[1] - 0.5;
    const double row0 = (yr.lower - c[3]) / c[5] - 0.5;
    const double row1 = (yr.upper - c[3]) / c[5] - 0.5;
    return QRectF(QPointF(col0, row0), QPointF(col1, row1)).normalized();
}

void RasterView::setVisiblePixelRect(const QRectF& rect)
{
    if (!m_raster || rect.isEmpty())
        return;
    double x0 = rect.left();
    double x1 = rect.right();
    double y0 = rect.top();
    double y1 = rect.bottom();
    if (useGeographicAxes()) {
        const auto& c = m_raster->geoTransform.c;
        x0 = c[0] + (rect.left() + 0.5) * c[1];
        x1 = c[0] + (rect.right() + 0.5) * c[1];
        y0 = c[3] + (rect.top() + 0.5) * c[5];
        y1 = c[3] + (rect.bottom() + 0.5) * c[5];
    }
    m_settingRange = true;
    m_plot->xAxis->setRange(std::min(x0, x1), std::max(x0, x1));
    m_plot->yAxis->setRange(std::min(y0, y1), std::max(y0, y1));
    m_settingRange = false;
    m_userView = true;        // a linked view's choice: kept on resize like the user's own
    m_lastRectSize = QSize(); // re-square the pixels for this view's own shape
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    keepSquarePixels();
    onRangeChanged();
}

void RasterView::onRangeChanged()
{
    if (m_settingRange || !m_raster)
        return;
    emit visiblePixelRectChanged(visiblePixelRect());
}

std::optional<PixelReadout> RasterView::readoutAt(int row, int col) const
{
    if (!m_raster || row < 0 || col < 0 || row >= m_raster->height() || col >= m_raster->width())
        return std::nullopt;
    PixelReadout out;
    out.row = row;
    out.col = col;
    out.value = m_raster->at(row, col);
    out.noData = std::isnan(out.value);
    out.units = m_colorBarLabelSet ? m_colorBarLabel : unitsLabel(*m_raster);
    if (m_raster->geoTransform.valid) {
        out.hasGeo = true;
        m_raster->geoTransform.pixelToGeo(col + 0.5, row + 0.5, out.x, out.y);
        out.geographic = isGeographicWkt(m_raster->crsWkt);
    }
    return out;
}

bool RasterView::pixelAt(const QPointF& pos, int& row, int& col) const
{
    if (!m_raster || !m_plot->axisRect()->rect().contains(pos.toPoint()))
        return false;
    const double key = m_plot->xAxis->pixelToCoord(pos.x());
    const double value = m_plot->yAxis->pixelToCoord(pos.y());
    int ki = 0;
    int vi = 0;
    m_map->data()->coordToCell(key, value, &ki, &vi);
    const int w = m_raster->width();
    const int h = m_raster->height();
    if (ki < 0 || vi < 0 || ki >= w || vi >= h)
        return false;
    // coordToCell clamps nothing but rounds to the nearest centre; reject points beyond the edge.
    const QCPRange kr = m_map->data()->keyRange();
    const QCPRange vr = m_map->data()->valueRange();
    const double kStep = w > 1 ? kr.size() / (w - 1) : 1.0;
    const double vStep = h > 1 ? vr.size() / (h - 1) : 1.0;
    if (key < kr.lower - kStep / 2 || key > kr.upper + kStep / 2 || value < vr.lower - vStep / 2 ||
        value > vr.upper + vStep / 2)
        return false;
    const bool geo = useGeographicAxes();
    const auto& c = m_raster->geoTransform.c;
    col = geo && c[1] < 0 ? w - 1 - ki : ki;
    row = geo && c[5] < 0 ? h - 1 - vi : vi;
    return true;
}

void RasterView::onMouseMove(QMouseEvent* event)
{
    if (m_dragStart && m_raster) {
        setProfileLine(*m_dragStart, pixelPosAt(event->position()));
    }
    int row = 0;
    int col = 0;
    if (!pixelAt(event->position(), row, col)) {
        emit pixelHovered(QString());
        return;
    }
    if (const auto readout = readoutAt(row, col)) {
        emit readoutChanged(*readout);
        emit pixelHovered(readout->text());
    }
}

} // namespace insar::ui
