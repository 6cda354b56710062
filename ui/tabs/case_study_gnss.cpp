#include "case_study_gnss.h"

#include "common/error.h"
#include "tabs/case_study_maps.h"
#include "widgets/bound_texts.h"
#include "widgets/time_series_plot.h"

#include <QEvent>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <exception>

namespace insar::ui {

namespace {

QStandardItem* numberItem(double value, int decimals)
{
    auto* item =
        new QStandardItem(std::isfinite(value) ? QString::number(value, 'f', decimals) : QStringLiteral("–"));
    item->setData(value, CaseStudyGnss::kValueRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setEditable(false);
    return item;
}

QStandardItem* textItem(const QString& text)
{
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}

QTableView* tableView(QStandardItemModel* model, const QString& name, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    return view;
}

} // namespace

CaseStudyGnss::CaseStudyGnss(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout();
    auto* referenceLabel = new QLabel(this);
    bar->addWidget(referenceLabel);
    m_reference = new QComboBox(this);
    m_reference->setObjectName(QStringLiteral("gnssReference"));
    bar->addWidget(m_reference);
    bar->addSpacing(12);
    auto* compareLabel = new QLabel(this);
    bar->addWidget(compareLabel);
    m_quantity = new QComboBox(this);
    m_quantity->setObjectName(QStringLiteral("gnssQuantity"));
    m_quantity->addItem(QString(), static_cast<int>(Quantity::Velocity));
    m_quantity->addItem(QString(), static_cast<int>(Quantity::Displacement));
    m_texts.bind([this, referenceLabel, compareLabel] {
        referenceLabel->setText(tr("Reference station"));
        m_reference->setToolTip(tr("GNSS and every InSAR version are referenced to this station"));
        compareLabel->setText(tr("Compare"));
    });
    bindItemTexts(m_texts, m_quantity, [] {
        return QStringList{tr("velocity (mm/yr)"), tr("displacement at the last date (mm)")};
    });
    bar->addWidget(m_quantity);
    bar->addStretch(1);
    layout->addLayout(bar);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("gnssMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    // Tables on the left, the scatter plot on the right: the tab sits below the maps, where
    // height is scarce.
    auto* split = new QSplitter(Qt::Horizontal, this);
    auto* tables = new QSplitter(Qt::Vertical, split);
    m_table = new QStandardItemModel(this);
    m_summary = new QStandardItemModel(this);
    m_tableView = tableView(m_table, QStringLiteral("gnssTable"), tables);
    m_summaryView = tableView(m_summary, QStringLiteral("gnssSummary"), tables);
    m_scatter = new QCustomPlot(split);
    m_scatter->setObjectName(QStringLiteral("gnssScatter"));
    m_scatter->setMinimumSize(200, 120);
    m_scatter->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_scatter->legend->setVisible(true);
    m_scatter->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    tables->addWidget(m_tableView);
    tables->addWidget(m_summaryView);
    tables->setStretchFactor(0, 2);
    tables->setStretchFactor(1, 1);
    split->addWidget(tables);
    split->addWidget(m_scatter);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_reference, &QComboBox::currentIndexChanged, this, &CaseStudyGnss::recompute);
    connect(m_quantity, &QComboBox::currentIndexChanged, this, &CaseStudyGnss::recompute);
    recompute(); // the message
}

void CaseStudyGnss::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.apply();
        retranslate();
    }
    QWidget::changeEvent(event);
}

void CaseStudyGnss::retranslate()
{
    for (int i = 0; i < m_reference->count() && i < static_cast<int>(m_stations.size()); ++i) {
        const gnss::Station& s = m_stations[static_cast<std::size_t>(i)];
        const QString name = QString::fromStdString(s.name);
        m_reference->setItemText(i, s.isVirtual ? tr("%1 (virtual)").arg(name) : name);
    }
    recompute(); // the message, the table headers and the plot's axis labels
}

void CaseStudyGnss::setLabels(const QStringList& labels)
{
    m_labels = labels;
    retranslate();
}

void CaseStudyGnss::setStations(std::vector<gnss::Station> stations, const QString& source,
                                const QString& reference)
{
    m_stations = std::move(stations);
    m_source = source;
    const QSignalBlocker block(m_reference);
    m_reference->clear();
    for (const gnss::Station& s : m_stations) {
        const QString name = QString::fromStdString(s.name);
        m_reference->addItem(s.isVirtual ? tr("%1 (virtual)").arg(name) : name, name);
    }
    int index = m_reference->findData(reference);
    if (index < 0)
        index = m_reference->findData(QStringLiteral("SELL"));
    m_reference->setCurrentIndex(std::max(index, m_stations.empty() ? -1 : 0));
    recompute();
}

void CaseStudyGnss::setResult(std::shared_ptr<const pipeline::StackStudyResult> result,
                              const QStringList& labels)
{
    m_result = std::move(result);
    m_labels = labels;
    if (m_result) {
        const QSignalBlocker block(m_quantity);
        setQuantity(m_result->dates.size() <= 2 ? Quantity::Displacement : Quantity::Velocity);
    }
    recompute();
}

void CaseStudyGnss::clear()
{
    m_stations.clear();
    m_source.clear();
    {
        const QSignalBlocker block(m_reference);
        m_reference->clear();
    }
    setResult(nullptr, {});
}

void CaseStudyGnss::setReferenceStation(const QString& name)
{
    const int index = m_reference->findData(name);
    if (index >= 0)
        m_reference->setCurrentIndex(index);
}

QString CaseStudyGnss::referenceStation() const
{
    return m_reference->currentData().toString();
}

void CaseStudyGnss::setQuantity(Quantity quantity)
{
    m_quantity->setCurrentIndex(m_quantity->findData(static_cast<int>(quantity)));
}

CaseStudyGnss::Quantity CaseStudyGnss::quantity() const
{
    return static_cast<Quantity>(m_quantity->currentData().toInt());
}

QAbstractItemModel* CaseStudyGnss::table() const
{
    return m_table;
}

QAbstractItemModel* CaseStudyGnss::summary() const
{
    return m_summary;
}

std::string CaseStudyGnss::csv() const
{
    return m_comparison ? gnss::comparisonCsv(*m_comparison) : std::string();
}

QString CaseStudyGnss::messageText() const
{
    return m_message->text();
}

void CaseStudyGnss::recompute()
{
    m_comparison.reset();
    m_table->clear();
    m_summary->clear();
    m_scatter->clearGraphs();
    m_scatter->replot(QCustomPlot::rpQueuedReplot);
    if (m_stations.empty()) {
        m_message->setText(tr("Load a stations CSV (name,lon,lat,los_mm or east/north/up) to compare."));
        return;
    }
    const QString loaded = tr("%n station(s) from %1", nullptr, static_cast<int>(m_stations.size()))
                               .arg(QFileInfo(m_source).fileName());
    if (!m_result || m_result->methods.empty()) {
        m_message->setText(loaded + tr("; run the study to compare them with InSAR."));
        return;
    }
    const bool velocity = quantity() == Quantity::Velocity;
    std::vector<Raster> displacements;
    std::vector<const Raster*> rasters;
    std::vector<std::string> versions;
    for (std::size_t i = 0; i < m_result->methods.size(); ++i) {
        if (!velocity)
            displacements.push_back(CaseStudyMaps::lastDisplacement(*m_result, i));
    }
    for (std::size_t i = 0; i < m_result->methods.size(); ++i) {
        rasters.push_back(velocity ? &m_result->methods[i].velocity : &displacements[i]);
        versions.push_back(i < static_cast<std::size_t>(m_labels.size())
                               ? m_labels[static_cast<qsizetype>(i)].toStdString()
                               : m_result->methods[i].method);
    }
    const QString units = velocity ? tr("mm/yr") : tr("mm");
    try {
        for (const Raster* r : rasters) {
            if (r->empty())
                throw Error(ErrorKind::InvalidInput,
                            velocity ? "no velocity map: the stack has too few dates for the velocity model; "
                                       "compare the displacement instead"
                                     : "the stack has no displacement at a second date to compare");
        }
        gnss::ComparisonTable table = gnss::sampleComparisonTable(m_stations, rasters, versions, 1);
        m_comparison = gnss::compare(std::move(table), referenceStation().toStdString());
    } catch (const std::exception& e) {
        m_message->setText(loaded + QStringLiteral(": ") + QString::fromUtf8(e.what()));
        return;
    }
    QString what = velocity ? tr("velocity (mm/yr)")
                            : tr("corrected displacement %1 → %2 (mm)")
                                  .arg(QString::fromStdString(m_result->dates.front().toIso()),
                                       QString::fromStdString(m_result->dates.back().toIso()));
    QString text = tr("%1; InSAR %2 at the stations (nearest pixel), everything referenced to %3.")
                       .arg(loaded, what, referenceStation());
    bool anyVirtual = false;
    for (const gnss::Station& s : m_stations)
        anyVirtual = anyVirtual || s.isVirtual;
    if (anyVirtual)
        text += tr(" Stations marked * / (virtual) are placed by a synthetic scenario, not real sites.");
    m_message->setText(text);
    fillTables(units);
    fillScatter(units);
}

void CaseStudyGnss::fillTables(const QString& units)
{
    const gnss::ComparisonResult& c = *m_comparison;
    QStringList header{tr("Station"), tr("GNSS (%1)").arg(units), tr("GNSS σ")};
    for (const std::string& v : c.table.versions) {
        const QString name = QString::fromStdString(v);
        header << tr("%1 InSAR").arg(name) << tr("%1 residual").arg(name);
    }
    m_table->setHorizontalHeaderLabels(header);
    for (std::size_t s = 0; s < c.table.stations.size(); ++s) {
        QList<QStandardItem*> row;
        QString name = QString::fromStdString(c.table.stations[s]);
        if (name == QString::fromStdString(c.table.reference))
            name += tr(" (reference)");
        row << textItem(name);
        row << numberItem(c.table.gnssMm[s], 2)
            << numberItem(s < c.table.gnssSigmaMm.size() ? c.table.gnssSigmaMm[s] : NAN, 2);
        for (std::size_t v = 0; v < c.table.versions.size(); ++v)
            row << numberItem(c.table.insarMm[v][s], 2) << numberItem(c.residualMm[v][s], 2);
        m_table->appendRow(row);
    }
    m_summary->setHorizontalHeaderLabels({tr("Method"), tr("Stations"), tr("L2 misfit (%1)").arg(units),
                                          tr("RMSE"), tr("Mean residual"), tr("Std residual"), tr("r²"),
                                          tr("L2 reduction (%)")});
    for (std::size_t v = 0; v < c.table.versions.size(); ++v) {
        const gnss::MisfitStats& st = c.stats[v];
        auto* count = textItem(QString::number(st.stations));
        count->setData(st.stations, kValueRole);
        const double reduction = v < c.l2Reduction.size() ? 100.0 * c.l2Reduction[v] : NAN;
        m_summary->appendRow({textItem(QString::fromStdString(c.table.versions[v])), count,
                              numberItem(st.l2, 2), numberItem(st.rmse, 2), numberItem(st.meanResidual, 2),
                              numberItem(st.stdResidual, 2), numberItem(st.r2, 3), numberItem(reduction, 1)});
    }
}

void CaseStudyGnss::fillScatter(const QString& units)
{
    const gnss::ComparisonResult& c = *m_comparison;
    double lo = INFINITY;
    double hi = -INFINITY;
    for (std::size_t v = 0; v < c.table.versions.size(); ++v) {
        QVector<double> x;
        QVector<double> y;
        for (std::size_t s = 0; s < c.table.stations.size(); ++s) {
            const double g = c.table.gnssMm[s];
            const double i = c.table.insarMm[v][s];
            if (!std::isfinite(g) || !std::isfinite(i))
                continue;
            x.append(g);
            y.append(i);
            lo = std::min({lo, g, i});
            hi = std::max({hi, g, i});
        }
        QCPGraph* graph = m_scatter->addGraph();
        graph->setName(QString::fromStdString(c.table.versions[v]));
        graph->setLineStyle(QCPGraph::lsNone);
        const QColor colour = TimeSeriesPlot::colourFor(static_cast<int>(v));
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour, colour, 7));
        graph->setData(x, y);
    }
    if (std::isfinite(lo) && std::isfinite(hi)) {
        const double pad = std::max((hi - lo) * 0.08, 1.0);
        lo -= pad;
        hi += pad;
        QCPGraph* diagonal = m_scatter->addGraph();
        diagonal->setName(tr("1:1"));
        diagonal->setPen(QPen(Qt::gray, 1.2, Qt::DashLine));
        diagonal->setData(QVector<double>{lo, hi}, QVector<double>{lo, hi});
        m_scatter->xAxis->setRange(lo, hi);
        m_scatter->yAxis->setRange(lo, hi);
    }
    m_scatter->xAxis->setLabel(tr("GNSS LOS (%1)").arg(units));
    m_scatter->yAxis->setLabel(tr("InSAR LOS (%1)").arg(units));
    m_scatter->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace insar::ui
