#include "loss_chart.h"

#include <QChart>
#include <QChartView>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPainter>
#include <QPen>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace insar::ui {

namespace {

// Pads a data range so curves do not touch the frame, and opens a degenerate range.
QPair<double, double> padded(double lo, double hi, bool log)
{
    if (log) {
        if (hi <= lo)
            return {lo / 2.0, hi * 2.0};
        return {lo / 1.3, hi * 1.3};
    }
    // Spans below kMinSpan (e.g. a constant series, or a denormal value next to 0) are opened to a
    // readable width; QValueAxis::applyNiceNumbers() cannot handle vanishing ranges.
    constexpr double kMinSpan = 1e-9;
    const double scale = std::max(std::abs(lo), std::abs(hi));
    if (hi - lo <= std::max(kMinSpan, 1e-9 * scale)) {
        const double d = scale > 1e-6 ? scale * 0.1 : 1.0;
        return {lo - d, hi + d};
    }
    const double d = (hi - lo) * 0.05;
    return {lo - d, hi + d};
}

/// Values Qt Charts can draw: finite, not astronomically large, denormals flushed to 0 (the line
/// stroker stalls on coordinates far outside the plot).
bool drawable(double v)
{
    return std::isfinite(v) && std::abs(v) < 1e15;
}

double flushDenormal(double v)
{
    return std::abs(v) < 1e-300 ? 0.0 : v;
}

} // namespace

LossChart::LossChart(QWidget* parent) : QWidget(parent)
{
    m_chart = new QChart();
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);

    m_xAxis = new QValueAxis();
    m_xAxis->setLabelFormat(QStringLiteral("%g"));
    m_xAxis->setRange(0.0, 1.0);
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    attachLeftAxis();

    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(240, 180);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

LossChart::~LossChart() = default;

void LossChart::setTitle(const QString& title)
{
    m_chart->setTitle(title);
}

QString LossChart::title() const
{
    return m_chart->title();
}

QString LossChart::xAxisTitle() const
{
    return m_xAxis->titleText();
}

QString LossChart::leftAxisTitle() const
{
    return m_leftAxis->titleText();
}

void LossChart::setAxisTitles(const QString& x, const QString& left, const QString& right)
{
    m_xAxis->setTitleText(x);
    m_leftTitle = left;
    m_leftAxis->setTitleText(left);
    if (!right.isEmpty()) {
        if (!m_rightAxis) {
            m_rightAxis = new QValueAxis();
            m_rightAxis->setLabelFormat(QStringLiteral("%.3g"));
            m_chart->addAxis(m_rightAxis, Qt::AlignRight);
        }
        m_rightAxis->setTitleText(right);
    }
}

void LossChart::setMinimumRange(Axis axis, double low, double high)
{
    (axis == Axis::Left ? m_leftMinRange : m_rightMinRange) = QPair<double, double>(low, high);
    requestRescale();
}

void LossChart::attachLeftAxis()
{
    QAbstractAxis* old = m_leftAxis;
    if (m_logScale) {
        auto* axis = new QLogValueAxis();
        axis->setBase(10.0);
        axis->setLabelFormat(QStringLiteral("%.2g"));
        axis->setMinorTickCount(8);
        m_leftAxis = axis;
    } else {
        auto* axis = new QValueAxis();
        axis->setLabelFormat(QStringLiteral("%.3g"));
        m_leftAxis = axis;
    }
    m_leftAxis->setTitleText(m_leftTitle);
    m_chart->addAxis(m_leftAxis, Qt::AlignLeft);
    for (const QString& key : std::as_const(m_order)) {
        const SeriesInfo& info = m_series[key];
        if (info.axis != Axis::Left)
            continue;
        if (old)
            info.series->detachAxis(old);
        info.series->attachAxis(m_leftAxis);
    }
    if (old) {
        m_chart->removeAxis(old);
        delete old;
    }
}

void LossChart::addSeries(const QString& key, const QString& label, const QColor& color, Axis axis,
                          Qt::PenStyle style, bool markers)
{
    if (m_series.contains(key))
        return;
    if (axis == Axis::Right && !m_rightAxis)
        setAxisTitles(m_xAxis->titleText(), m_leftTitle, QStringLiteral(" "));
    auto* series = new QLineSeries();
    series->setName(label);
    QPen pen(color);
    pen.setWidthF(style == Qt::SolidLine ? 1.6 : 1.2);
    pen.setStyle(style);
    series->setPen(pen);
    series->setPointsVisible(markers);
    m_chart->addSeries(series);
    series->attachAxis(m_xAxis);
    series->attachAxis(axis == Axis::Left ? m_leftAxis : static_cast<QAbstractAxis*>(m_rightAxis));
    m_series.insert(key, SeriesInfo{series, axis, std::nullopt});
    m_order.append(key);
}

bool LossChart::hasSeries(const QString& key) const
{
    return m_series.contains(key);
}

void LossChart::setSeriesInLegend(const QString& key, bool visible)
{
    auto it = m_series.constFind(key);
    if (it == m_series.constEnd())
        return;
    for (QLegendMarker* marker : m_chart->legend()->markers(it->series))
        marker->setVisible(visible);
}

void LossChart::setSeriesLabel(const QString& key, const QString& label)
{
    auto it = m_series.constFind(key);
    if (it != m_series.constEnd())
        it->series->setName(label); // the legend follows the series' name
}

QString LossChart::seriesLabel(const QString& key) const
{
    auto it = m_series.constFind(key);
    return it == m_series.constEnd() ? QString() : it->series->name();
}

void LossChart::appendPoint(const QString& key, double x, double y)
{
    appendPoints(key, {QPointF(x, y)});
}

void LossChart::appendPoints(const QString& key, const QList<QPointF>& points)
{
    auto it = m_series.find(key);
    if (it == m_series.end() || points.isEmpty())
        return;
    QList<QPointF> finite;
    finite.reserve(points.size());
    for (const QPointF& p : points)
        if (drawable(p.x()) && drawable(p.y()))
            finite.append(QPointF(p.x(), flushDenormal(p.y())));
    if (finite.isEmpty())
        return;
    it->series->append(finite);
    if (it->series->count() > kMaxPointsPerSeries)
        thin(it->series);
    requestRescale();
}

void LossChart::setReferenceLine(const QString& key, double y)
{
    auto it = m_series.find(key);
    if (it == m_series.end() || !drawable(y))
        return;
    it->referenceY = flushDenormal(y);
    requestRescale();
}

void LossChart::thin(QLineSeries* series)
{
    const QList<QPointF> old = series->points();
    QList<QPointF> out;
    out.reserve(old.size() / 2 + 2);
    out.append(old.front());
    for (qsizetype i = 1; i + 1 < old.size() - 1; i += 2)
        out.append((old[i] + old[i + 1]) / 2.0);
    out.append(old.back());
    series->replace(out);
}

void LossChart::setLogScale(bool on)
{
    if (on == m_logScale)
        return;
    m_logScale = on;
    attachLeftAxis();
    requestRescale();
}

int LossChart::pointCount(const QString& key) const
{
    auto it = m_series.constFind(key);
    return it == m_series.constEnd() ? 0 : int(it->series->count());
}

QList<QPointF> LossChart::points(const QString& key) const
{
    auto it = m_series.constFind(key);
    return it == m_series.constEnd() ? QList<QPointF>{} : it->series->points();
}

QPair<double, double> LossChart::axisRange(Axis axis) const
{
    const QAbstractAxis* a = axis == Axis::Left ? m_leftAxis : m_rightAxis;
    if (auto* v = qobject_cast<const QValueAxis*>(a))
        return {v->min(), v->max()};
    if (auto* l = qobject_cast<const QLogValueAxis*>(a))
        return {l->min(), l->max()};
    return {0.0, 0.0};
}

QPair<double, double> LossChart::xRange() const
{
    return {m_xAxis->min(), m_xAxis->max()};
}

void LossChart::clearData()
{
    for (SeriesInfo& info : m_series) {
        info.series->clear();
        info.referenceY.reset();
    }
    requestRescale();
}

void LossChart::beginUpdates()
{
    ++m_batchDepth;
}

void LossChart::endUpdates()
{
    if (m_batchDepth > 0 && --m_batchDepth == 0 && m_rescalePending)
        rescale();
}

void LossChart::requestRescale()
{
    if (m_batchDepth > 0)
        m_rescalePending = true;
    else
        rescale();
}

void LossChart::rescale()
{
    m_rescalePending = false;
    constexpr double inf = std::numeric_limits<double>::infinity();
    double xLo = inf, xHi = -inf;
    double lLo = inf, lHi = -inf, rLo = inf, rHi = -inf;
    for (const SeriesInfo& info : std::as_const(m_series)) {
        if (info.referenceY)
            continue;
        const bool left = info.axis == Axis::Left;
        for (const QPointF& p : info.series->points()) {
            xLo = std::min(xLo, p.x());
            xHi = std::max(xHi, p.x());
            if (left && m_logScale && p.y() <= 0.0)
                continue;
            double& lo = left ? lLo : rLo;
            double& hi = left ? lHi : rHi;
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
        }
    }
    if (xLo > xHi) {
        xLo = 0.0;
        xHi = 1.0;
    }
    if (xHi - xLo < 1e-9 * std::max(1.0, std::abs(xLo)))
        xHi = xLo + 1.0;
    m_xAxis->setRange(xLo, xHi);
    m_xAxis->applyNiceNumbers();
    xLo = m_xAxis->min();
    xHi = m_xAxis->max();

    // Reference lines span the x range and take part in the y range.
    for (const SeriesInfo& info : std::as_const(m_series)) {
        if (!info.referenceY) {
            continue;
        }
        const double y = *info.referenceY;
        if (info.axis == Axis::Left && m_logScale && y <= 0.0) {
            info.series->clear();
            continue;
        }
        info.series->replace(QList<QPointF>{QPointF(xLo, y), QPointF(xHi, y)});
        double& lo = info.axis == Axis::Left ? lLo : rLo;
        double& hi = info.axis == Axis::Left ? lHi : rHi;
        lo = std::min(lo, y);
        hi = std::max(hi, y);
    }

    auto apply = [&](QAbstractAxis* axis, double lo, double hi,
                     const std::optional<QPair<double, double>>& minRange, bool log) {
        if (!axis)
            return;
        if (minRange && !(log && minRange->first <= 0.0)) {
            lo = std::min(lo, minRange->first);
            hi = std::max(hi, minRange->second);
        }
        if (lo > hi) {
            lo = log ? 0.1 : 0.0;
            hi = log ? 1.0 : 1.0;
        }
        const auto [a, b] = (minRange && lo >= minRange->first && hi <= minRange->second && hi - lo > 1e-9)
                                ? QPair<double, double>(lo, hi)
                                : padded(lo, hi, log);
        axis->setRange(a, b);
        // Round tick values (0.25 steps, not 0.1875) on linear axes.
        if (auto* value = qobject_cast<QValueAxis*>(axis))
            value->applyNiceNumbers();
    };
    apply(m_leftAxis, lLo, lHi, m_leftMinRange, m_logScale);
    apply(m_rightAxis, rLo, rHi, m_rightMinRange, false);
}

} // namespace insar::ui
