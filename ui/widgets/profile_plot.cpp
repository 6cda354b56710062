#include "profile_plot.h"

#include "common/units.h"

#include <QEvent>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <cmath>
#include <limits>

namespace insar::ui {

ProfilePlot::ProfilePlot(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("profilePlot"));
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_texts.bind([this] {
        m_plot->xAxis->setLabel(tr("distance along the line (pixels)"));
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    });
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    m_plot->setMinimumHeight(140);
    layout->addWidget(m_plot);
}

void ProfilePlot::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.apply();
    }
    QWidget::changeEvent(event);
}

std::vector<double> ProfilePlot::sampleLine(const Raster& raster, const QPointF& from, const QPointF& to)
{
    const double length = QLineF(from, to).length();
    const int n = std::max(2, static_cast<int>(std::floor(length)) + 1);
    std::vector<double> values(static_cast<std::size_t>(n), std::numeric_limits<double>::quiet_NaN());
    // One sample per pixel of length; the last one lands exactly on `to`.
    const double step = length > 0 ? 1.0 / length : 0.0;
    for (int i = 0; i < n; ++i) {
        const double t = i == n - 1 ? 1.0 : std::min(1.0, i * step);
        const int col = static_cast<int>(std::lround(from.x() + t * (to.x() - from.x())));
        const int row = static_cast<int>(std::lround(from.y() + t * (to.y() - from.y())));
        if (row >= 0 && col >= 0 && row < raster.height() && col < raster.width())
            values[static_cast<std::size_t>(i)] = raster.at(row, col); // NaN stays NaN
    }
    return values;
}

void ProfilePlot::setProfiles(const QList<Curve>& curves, const QPointF& from, const QPointF& to)
{
    m_plot->clearGraphs();
    const double length = QLineF(from, to).length();
    QString units;
    for (const Curve& curve : curves) {
        if (!curve.raster)
            continue;
        const std::vector<double> values = sampleLine(*curve.raster, from, to);
        QVector<double> x(static_cast<qsizetype>(values.size()));
        QVector<double> y(static_cast<qsizetype>(values.size()));
        const double spacing = values.size() > 1 ? length / double(values.size() - 1) : 0.0;
        for (std::size_t i = 0; i < values.size(); ++i) {
            x[static_cast<qsizetype>(i)] = double(i) * spacing;
            y[static_cast<qsizetype>(i)] = values[i];
        }
        QCPGraph* graph = m_plot->addGraph();
        graph->setName(curve.name);
        graph->setPen(QPen(curve.colour, 1.6));
        graph->setData(x, y, true);
        if (units.isEmpty())
            units = QString::fromStdString(unitsName(curve.raster->metadata.units));
    }
    m_plot->yAxis->setLabel(units);
    m_plot->rescaleAxes();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ProfilePlot::clearProfiles()
{
    m_plot->clearGraphs();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

int ProfilePlot::curveCount() const
{
    return m_plot->graphCount();
}

std::vector<double> ProfilePlot::curveValues(int index) const
{
    std::vector<double> out;
    if (index < 0 || index >= m_plot->graphCount())
        return out;
    for (auto it = m_plot->graph(index)->data()->constBegin(); it != m_plot->graph(index)->data()->constEnd();
         ++it)
        out.push_back(it->value);
    return out;
}

} // namespace insar::ui
