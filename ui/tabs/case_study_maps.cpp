#include "case_study_maps.h"

#include "widgets/bound_texts.h"
#include "widgets/linked_raster_views.h"
#include "widgets/raster_view.h"
#include "widgets/symmetric_scale_control.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <cmath>

namespace insar::ui {

namespace {

constexpr int kMinimumMapWidth = 110;
/// A press and release closer than this (in screen pixels) is a click, not a pan.
constexpr int kClickTolerance = 4;

/// See DenoisePanels: a long title must not make its plot wider than its neighbours'.
void keepTitleFromWideningPlot(RasterView* view)
{
    QCPLayoutGrid* grid = view->plot()->plotLayout();
    if (grid->rowCount() < 2)
        return;
    if (auto* title = qobject_cast<QCPTextElement*>(grid->element(0, 0)))
        title->setMinimumSize(1, 0);
}

QString formatValue(const std::optional<PixelReadout>& r)
{
    if (!r)
        return QStringLiteral("–");
    return r->noData ? QCoreApplication::translate("insar::ui::CaseStudyMaps", "no data")
                     : QString::number(r->value, 'f', 2);
}

} // namespace

CaseStudyMaps::CaseStudyMaps(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout();
    m_quantity = new QComboBox(this);
    m_quantity->setObjectName(QStringLiteral("mapQuantity"));
    m_quantity->addItem(QString(), static_cast<int>(Quantity::Velocity));
    m_quantity->addItem(QString(), static_cast<int>(Quantity::Displacement));
    bindItemTexts(m_texts, m_quantity, [] {
        return QStringList{tr("Velocity and σ (mm/yr)"), tr("Displacement at the last date (mm)")};
    });
    bar->addWidget(m_quantity);
    m_scale = new SymmetricScaleControl(this);
    bar->addWidget(m_scale);
    m_sigmaRange = new QLabel(this);
    bar->addWidget(m_sigmaRange);
    bar->addStretch(1);
    layout->addLayout(bar);

    m_placeholder = new QLabel(this);
    m_texts.bind([this] {
        m_placeholder->setText(tr("Load a stack or open a scenario, choose the methods and press Run: the "
                                  "velocity and σ maps of every method appear here side by side."));
    });
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setFrameShape(QFrame::StyledPanel);
    layout->addWidget(m_placeholder, 1);
    m_grid = new QWidget(this);
    m_grid->setObjectName(QStringLiteral("mapGrid"));
    m_gridLayout = new QGridLayout(m_grid);
    m_gridLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_grid, 1);
    m_grid->setVisible(false);

    m_linked = new LinkedRasterViews(this);
    m_linked->setLinkLimits(false); // two rows, two scales: the limits are set per row below
    connect(m_scale, &SymmetricScaleControl::limitChanged, this, &CaseStudyMaps::applyTopLimit);
    connect(m_quantity, &QComboBox::currentIndexChanged, this, &CaseStudyMaps::showQuantity);
}

CaseStudyMaps::~CaseStudyMaps() = default;

void CaseStudyMaps::setLabels(const QStringList& labels)
{
    m_labels = labels;
    for (std::size_t i = 0; i < m_columns.size() && i < static_cast<std::size_t>(labels.size()); ++i) {
        m_columns[i].top->setProperty("methodLabel", labels[static_cast<qsizetype>(i)]);
        m_columns[i].sigma->setProperty("methodLabel", labels[static_cast<qsizetype>(i)]);
    }
}

void CaseStudyMaps::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.apply();
        showQuantity(); // the map titles and the σ range
    }
    QWidget::changeEvent(event);
}

Raster CaseStudyMaps::lastDisplacement(const pipeline::StackStudyResult& result, std::size_t index)
{
    if (index >= result.methods.size() || result.dates.size() < 2 || result.width <= 0 || result.height <= 0)
        return {};
    const auto pixels = static_cast<std::size_t>(result.width) * static_cast<std::size_t>(result.height);
    const std::vector<float>& series = result.methods[index].displacementMm;
    const std::size_t last = result.dates.size() - 1;
    if (series.size() < (last + 1) * pixels)
        return {};
    const auto begin = series.begin() + static_cast<std::ptrdiff_t>(last * pixels);
    Raster out(result.width, result.height,
               std::vector<float>(begin, begin + static_cast<std::ptrdiff_t>(pixels)));
    out.geoTransform = result.geoTransform;
    out.crsWkt = result.crsWkt;
    out.metadata.units = Units::Millimetres;
    out.metadata.date1 = result.dates.front();
    out.metadata.date2 = result.dates.back();
    return out;
}

void CaseStudyMaps::setResult(std::shared_ptr<const pipeline::StackStudyResult> result,
                              const QStringList& labels)
{
    m_result = std::move(result);
    m_labels = labels;
    rebuildColumns(labels);
    if (!m_result)
        return;
    {
        const QSignalBlocker block(m_quantity);
        m_quantity->setCurrentIndex(m_quantity->findData(
            static_cast<int>(m_result->dates.size() <= 2 ? Quantity::Displacement : Quantity::Velocity)));
    }
    showQuantity();
    if (!m_columns.empty())
        m_columns.front().top->resetView();
}

void CaseStudyMaps::clear()
{
    setResult(nullptr, {});
}

void CaseStudyMaps::rebuildColumns(const QStringList& labels)
{
    for (Column& c : m_columns) {
        m_linked->removeView(c.top);
        m_linked->removeView(c.sigma);
        delete c.top;
        delete c.sigma;
    }
    m_columns.clear();
    const bool any = m_result && !m_result->methods.empty();
    m_placeholder->setVisible(!any);
    m_grid->setVisible(any);
    if (!any)
        return;
    for (std::size_t i = 0; i < m_result->methods.size(); ++i) {
        Column c;
        c.top = new RasterView(m_grid);
        c.sigma = new RasterView(m_grid);
        const QString label = i < static_cast<std::size_t>(labels.size())
                                  ? labels[static_cast<qsizetype>(i)]
                                  : QString::fromStdString(m_result->methods[i].method);
        c.top->setObjectName(QStringLiteral("topMap%1").arg(i));
        c.sigma->setObjectName(QStringLiteral("sigmaMap%1").arg(i));
        c.top->setProperty("methodLabel", label);
        c.sigma->setProperty("methodLabel", label);
        c.sigma->setColorMap(ColorMapKind::Viridis);
        c.sigma->setRaster(std::shared_ptr<const Raster>(m_result, &m_result->methods[i].sigma));
        Raster displacement = lastDisplacement(*m_result, i);
        if (!displacement.empty())
            c.displacement = std::make_shared<const Raster>(std::move(displacement));
        for (RasterView* v : {c.top, c.sigma}) {
            v->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Expanding);
            v->setMinimumWidth(kMinimumMapWidth);
            m_linked->addView(v);
            connectView(v);
        }
        const int col = static_cast<int>(i);
        m_gridLayout->addWidget(c.top, 0, col);
        m_gridLayout->addWidget(c.sigma, 1, col);
        m_gridLayout->setColumnStretch(col, 1);
        m_columns.push_back(std::move(c));
    }
    setSelectedPixel(m_selected);
}

void CaseStudyMaps::setQuantity(Quantity quantity)
{
    m_quantity->setCurrentIndex(m_quantity->findData(static_cast<int>(quantity)));
}

CaseStudyMaps::Quantity CaseStudyMaps::quantity() const
{
    return static_cast<Quantity>(m_quantity->currentData().toInt());
}

void CaseStudyMaps::showQuantity()
{
    if (!m_result)
        return;
    const bool velocity = quantity() == Quantity::Velocity;
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        Column& c = m_columns[i];
        const QString label = c.top->property("methodLabel").toString();
        c.sigma->setTitle(tr("σ: %1").arg(label));
        c.sigma->setColorBarLabel(tr("mm/yr"));
        if (velocity) {
            c.top->setRaster(std::shared_ptr<const Raster>(m_result, &m_result->methods[i].velocity));
            c.top->setTitle(tr("Velocity: %1").arg(label));
            c.top->setColorBarLabel(tr("mm/yr"));
        } else if (c.displacement) {
            c.top->setRaster(c.displacement);
            c.top->setTitle(tr("Displacement %1 → %2: %3")
                                .arg(QString::fromStdString(m_result->dates.front().toIso()),
                                     QString::fromStdString(m_result->dates.back().toIso()), label));
            c.top->setColorBarLabel(tr("mm"));
        } else {
            c.top->clear();
            c.top->setPlaceholderText(tr("No time series"));
        }
        c.sigma->setVisible(velocity);
        for (RasterView* v : {c.top, c.sigma})
            keepTitleFromWideningPlot(v);
        updateOverlay(c.top, c.topOverlay);
        updateOverlay(c.sigma, c.sigmaOverlay);
    }
    m_sigmaRange->setVisible(velocity);
    refreshLimits();
}

void CaseStudyMaps::refreshLimits()
{
    QList<const Raster*> tops;
    QList<const Raster*> sigmas;
    for (const Column& c : m_columns) {
        if (c.top->raster())
            tops.append(c.top->raster().get());
        if (c.sigma->raster())
            sigmas.append(c.sigma->raster().get());
    }
    m_scale->setDataLimit(SymmetricScaleControl::autoLimit(tops));
    applyTopLimit(m_scale->limit());
    if (const auto range = RasterView::sharedLimits(sigmas, false)) {
        const ValueRange sigmaRange{0.0, range->upper > 0.0 ? range->upper : 1.0};
        for (const Column& c : m_columns)
            c.sigma->setLimits(sigmaRange);
        m_sigmaRange->setText(tr("σ 0 … %1 mm/yr").arg(sigmaRange.upper, 0, 'g', 3));
    } else {
        m_sigmaRange->setText(tr("σ: no valid pixel"));
    }
}

void CaseStudyMaps::applyTopLimit(double limit)
{
    for (const Column& c : m_columns)
        c.top->setLimits(-limit, limit);
}

void CaseStudyMaps::connectView(RasterView* view)
{
    connect(view->plot(), &QCustomPlot::mousePress, this, [this](QMouseEvent* event) {
        if (event->button() == Qt::LeftButton)
            m_pressPos = event->position().toPoint();
    });
    connect(view->plot(), &QCustomPlot::mouseRelease, this,
            [this, view](QMouseEvent* event) { onRelease(view, event); });
    connect(view, &RasterView::readoutChanged, this,
            [this](const PixelReadout& r) { emit pixelHovered(readoutText(r.row, r.col)); });
    connect(view, &RasterView::pixelHovered, this, [this](const QString& text) {
        if (text.isEmpty())
            emit pixelHovered(text);
    });
    connect(view, &RasterView::visiblePixelRectChanged, this, [this, view] {
        // The axes may have switched between pixels and map coordinates: move the markers along.
        for (Column& c : m_columns) {
            if (c.top == view && c.topOverlay.geographic != geographicAxes(view))
                updateOverlay(c.top, c.topOverlay);
            if (c.sigma == view && c.sigmaOverlay.geographic != geographicAxes(view))
                updateOverlay(c.sigma, c.sigmaOverlay);
        }
    });
}

bool CaseStudyMaps::geographicAxes(const RasterView* view)
{
    return view->axisMode() == RasterView::AxisMode::Geographic && view->canShowGeographic();
}

void CaseStudyMaps::onRelease(RasterView* view, QMouseEvent* event)
{
    const std::optional<QPoint> press = m_pressPos;
    m_pressPos.reset();
    if (!press || event->button() != Qt::LeftButton || view->profileMode() || !view->raster())
        return;
    if ((event->position().toPoint() - *press).manhattanLength() > kClickTolerance)
        return; // a pan
    const QCustomPlot* plot = view->plot();
    double x = plot->xAxis->pixelToCoord(event->position().x());
    double y = plot->yAxis->pixelToCoord(event->position().y());
    const Raster& raster = *view->raster();
    if (geographicAxes(view)) { // map coordinates → pixel centres at integers (RasterView's convention)
        const auto& c = raster.geoTransform.c;
        x = (x - c[0]) / c[1] - 0.5;
        y = (y - c[3]) / c[5] - 0.5;
    }
    const int col = static_cast<int>(std::lround(x));
    const int row = static_cast<int>(std::lround(y));
    if (row < 0 || col < 0 || row >= raster.height() || col >= raster.width())
        return;
    emit pixelClicked(row, col);
}

void CaseStudyMaps::setSelectedPixel(std::optional<QPoint> pixel)
{
    m_selected = pixel;
    for (const Column& c : m_columns) {
        c.top->setMarker(pixel);
        c.sigma->setMarker(pixel);
    }
}

void CaseStudyMaps::setStations(const std::vector<gnss::Station>& stations)
{
    m_stations = stations;
    for (Column& c : m_columns) {
        updateOverlay(c.top, c.topOverlay);
        updateOverlay(c.sigma, c.sigmaOverlay);
    }
}

void CaseStudyMaps::updateOverlay(RasterView* view, Overlay& overlay)
{
    QCustomPlot* plot = view->plot();
    if (overlay.graph)
        plot->removeGraph(overlay.graph);
    for (QCPAbstractItem* item : overlay.labels)
        plot->removeItem(item);
    overlay = Overlay{};
    overlay.geographic = geographicAxes(view);
    const std::shared_ptr<const Raster> raster = view->raster();
    if (m_stations.empty() || !raster || !raster->geoTransform.valid) {
        plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    overlay.graph = plot->addGraph();
    overlay.graph->setLineStyle(QCPGraph::lsNone);
    overlay.graph->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssTriangle, QPen(Qt::black, 1.5), QBrush(QColor(255, 215, 0)), 10));
    overlay.graph->removeFromLegend();
    for (const gnss::Station& s : m_stations) {
        double col = 0.0;
        double row = 0.0;
        if (!raster->geoTransform.geoToPixel(s.lon, s.lat, col, row))
            continue;
        // geoToPixel gives the corner-based position; RasterView puts pixel centres at integers.
        col -= 0.5;
        row -= 0.5;
        if (col < -0.5 || row < -0.5 || col > raster->width() - 0.5 || row > raster->height() - 0.5)
            continue;
        const QPointF at = overlay.geographic ? QPointF(s.lon, s.lat) : QPointF(col, row);
        overlay.graph->addData(at.x(), at.y());
        auto* text = new QCPItemText(plot);
        text->position->setCoords(at);
        text->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        text->setPadding(QMargins(0, 0, 0, 6));
        const QString name = QString::fromStdString(s.name);
        text->setText(s.isVirtual ? name + QLatin1Char('*') : name);
        text->setFont(QFont(font().family(), 7));
        text->setClipToAxisRect(true);
        overlay.labels.append(text);
        ++overlay.markers;
    }
    plot->replot(QCustomPlot::rpQueuedReplot);
}

RasterView* CaseStudyMaps::topView(int method) const
{
    if (method < 0 || method >= columnCount())
        return nullptr;
    return m_columns[static_cast<std::size_t>(method)].top;
}

RasterView* CaseStudyMaps::sigmaView(int method) const
{
    if (method < 0 || method >= columnCount())
        return nullptr;
    return m_columns[static_cast<std::size_t>(method)].sigma;
}

int CaseStudyMaps::stationMarkerCount(int method) const
{
    if (method < 0 || method >= columnCount())
        return -1;
    return m_columns[static_cast<std::size_t>(method)].topOverlay.markers;
}

QString CaseStudyMaps::readoutText(int row, int col) const
{
    if (m_columns.empty())
        return {};
    const auto first = m_columns.front().top->readoutAt(row, col);
    if (!first)
        return {};
    const bool velocity = quantity() == Quantity::Velocity;
    QStringList parts;
    for (const Column& c : m_columns) {
        QString part = c.top->property("methodLabel").toString() + QLatin1Char(' ') +
                       formatValue(c.top->readoutAt(row, col));
        if (velocity)
            part += QStringLiteral(" ± ") + formatValue(c.sigma->readoutAt(row, col));
        parts << part;
    }
    QString text = tr("row %1, col %2: %3 %4")
                       .arg(row)
                       .arg(col)
                       .arg(parts.join(QStringLiteral(" · ")), velocity ? tr("mm/yr") : tr("mm"));
    if (first->hasGeo && first->geographic)
        text += tr("  (lat %1, lon %2)").arg(first->y, 0, 'f', 5).arg(first->x, 0, 'f', 5);
    return text;
}

QImage CaseStudyMaps::renderImage()
{
    return (m_grid->isVisible() ? m_grid : static_cast<QWidget*>(this))->grab().toImage();
}

} // namespace insar::ui
