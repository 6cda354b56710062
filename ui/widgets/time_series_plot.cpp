#include "time_series_plot.h"

#include "common/error.h"

#include <QEvent>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <array>
#include <cmath>

namespace insar::ui {

namespace {

/// Seconds since 1970-01-01 UTC, the key QCPAxisTickerDateTime expects.
double dateKey(const Date& date)
{
    return static_cast<double>(date.daysSinceEpoch()) * 86400.0;
}

} // namespace

TimeSeriesPlot::TimeSeriesPlot(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("timeSeriesPlot"));
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeFormat(QStringLiteral("yyyy-MM"));
    ticker->setDateTimeSpec(Qt::UTC);
    m_plot->xAxis->setTicker(ticker);
    m_texts.bind([this] {
        m_plot->xAxis->setLabel(tr("date"));
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    });
    // Empty until a pixel is chosen: no legend box and no "1970-01" dates on the axis.
    m_plot->legend->setVisible(false);
    m_plot->xAxis->setTickLabels(false);
    m_plot->legend->setBrush(QBrush(QColor(255, 255, 255, 200)));
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignLeft);
    m_plot->setMinimumSize(200, 120);
    layout->addWidget(m_plot);
}

void TimeSeriesPlot::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_texts.apply();
    QWidget::changeEvent(event);
}

QColor TimeSeriesPlot::colourFor(int index)
{
    // matplotlib's "tab10": distinct on screen and in print.
    static const std::array<QColor, 10> kPalette = {
        QColor(31, 119, 180),  QColor(255, 127, 14), QColor(44, 160, 44),   QColor(214, 39, 40),
        QColor(148, 103, 189), QColor(140, 86, 75),  QColor(227, 119, 194), QColor(127, 127, 127),
        QColor(188, 189, 34),  QColor(23, 190, 207)};
    return kPalette[static_cast<std::size_t>(std::abs(index)) % kPalette.size()];
}

void TimeSeriesPlot::setCurves(const std::vector<Date>& dates, const QList<TimeSeriesCurve>& curves,
                               const QString& yLabel)
{
    m_plot->clearGraphs();
    m_curves.clear();
    const auto n = static_cast<qsizetype>(dates.size());
    QVector<double> keys(n);
    for (qsizetype i = 0; i < n; ++i)
        keys[i] = dateKey(dates[static_cast<std::size_t>(i)]);

    for (const TimeSeriesCurve& curve : curves) {
        if (curve.values.size() != dates.size() ||
            (!curve.model.empty() && curve.model.size() != dates.size()) ||
            (!curve.modelSigma.empty() && curve.modelSigma.size() != curve.model.size()))
            throw Error(ErrorKind::Internal, "time-series plot: curve " + curve.name.toStdString() +
                                                 " does not have one value per date");
        Drawn drawn;
        drawn.name = curve.name;

        // The model first, so the observations are drawn on top of its band.
        bool hasModel = false;
        for (double v : curve.model)
            hasModel = hasModel || std::isfinite(v);
        if (hasModel) {
            const bool band = !curve.modelSigma.empty();
            QVector<double> model(n), lower(n), upper(n);
            for (qsizetype i = 0; i < n; ++i) {
                const auto k = static_cast<std::size_t>(i);
                model[i] = curve.model[k];
                const double s = band ? curve.modelSigma[k] : 0.0;
                lower[i] = std::isfinite(s) ? model[i] - s : model[i];
                upper[i] = std::isfinite(s) ? model[i] + s : model[i];
                if (std::isfinite(model[i]))
                    ++drawn.modelPoints;
            }
            QColor fill = curve.colour;
            fill.setAlpha(45);
            QColor edge = curve.colour;
            edge.setAlpha(90);
            QCPGraph* low = m_plot->addGraph();
            low->setName(tr("%1 − σ").arg(curve.name));
            low->setPen(QPen(edge, 0.8));
            low->setData(keys, lower, true);
            low->removeFromLegend();
            QCPGraph* high = m_plot->addGraph();
            high->setName(tr("%1 + σ").arg(curve.name));
            high->setPen(QPen(edge, 0.8));
            high->setBrush(QBrush(fill));
            high->setChannelFillGraph(low);
            high->setData(keys, upper, true);
            high->removeFromLegend();
            QCPGraph* line = m_plot->addGraph();
            line->setName(tr("%1 model").arg(curve.name));
            line->setPen(QPen(curve.colour, 1.6, Qt::DashLine));
            line->setData(keys, model, true);
            line->removeFromLegend();
        }

        QVector<double> obsKeys;
        QVector<double> obs;
        for (qsizetype i = 0; i < n; ++i) {
            const double v = curve.values[static_cast<std::size_t>(i)];
            if (!std::isfinite(v))
                continue; // a gap in the markers; the thin line joins the neighbours
            obsKeys.append(keys[i]);
            obs.append(v);
        }
        drawn.observations = static_cast<int>(obs.size());
        QCPGraph* points = m_plot->addGraph();
        points->setName(curve.name);
        points->setPen(QPen(curve.colour, 0.8));
        points->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, curve.colour, curve.colour, 6));
        points->setData(obsKeys, obs, true);
        m_curves.push_back(drawn);
    }
    m_plot->yAxis->setLabel(yLabel);
    m_plot->legend->setVisible(m_plot->graphCount() > 0);
    m_plot->xAxis->setTickLabels(m_plot->graphCount() > 0);
    m_plot->rescaleAxes();
    // A little room around the data, so markers on the edges stay whole.
    const QCPRange x = m_plot->xAxis->range();
    const double pad = std::max(x.size() * 0.03, 86400.0 * 5);
    m_plot->xAxis->setRange(x.lower - pad, x.upper + pad);
    const QCPRange y = m_plot->yAxis->range();
    const double ypad = std::max(y.size() * 0.08, 0.5);
    m_plot->yAxis->setRange(y.lower - ypad, y.upper + ypad);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimeSeriesPlot::clear()
{
    m_plot->clearGraphs();
    m_curves.clear();
    m_plot->legend->setVisible(false);
    m_plot->xAxis->setTickLabels(false);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

int TimeSeriesPlot::graphCount() const
{
    return m_plot->graphCount();
}

int TimeSeriesPlot::observationCount(int curve) const
{
    if (curve < 0 || curve >= curveCount())
        return -1;
    return m_curves[static_cast<std::size_t>(curve)].observations;
}

int TimeSeriesPlot::modelPointCount(int curve) const
{
    if (curve < 0 || curve >= curveCount())
        return 0;
    return m_curves[static_cast<std::size_t>(curve)].modelPoints;
}

QString TimeSeriesPlot::curveName(int curve) const
{
    if (curve < 0 || curve >= curveCount())
        return {};
    return m_curves[static_cast<std::size_t>(curve)].name;
}

} // namespace insar::ui
