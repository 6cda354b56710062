#include "case_study_points.h"

#include "common/csv_format.h"
#include "widgets/time_series_plot.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <exception>
#include <sstream>

namespace insar::ui {

namespace {

QStandardItem* numberItem(double value, int decimals, const QString& suffix = {})
{
    auto* item = new QStandardItem(std::isfinite(value) ? QString::number(value, 'f', decimals) + suffix
                                                        : QStringLiteral("–"));
    item->setData(value, CaseStudyPoints::kValueRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setEditable(false);
    return item;
}

} // namespace

CaseStudyPoints::CaseStudyPoints(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("pointLabel"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_label);
    // The table beside the plot: the tab sits below the maps, where height is scarce.
    auto* split = new QSplitter(Qt::Horizontal, this);
    m_model = new QStandardItemModel(0, 6, this);
    m_texts.bind([this] {
        m_model->setHorizontalHeaderLabels({tr("Method"), tr("Velocity (mm/yr)"), tr("σ (mm/yr)"),
                                            tr("Last displacement (mm)"), tr("Dates"), tr("Truth")});
        if (!m_truthUnits.isEmpty())
            m_model->setHeaderData(TruthColumn, Qt::Horizontal, tr("Truth (%1)").arg(m_truthUnits));
        if (!m_pixel) // else the tab shows the point again (CaseStudyTab::changeEvent)
            m_label->setText(tr("Click a pixel on a map to see its time series."));
    });
    m_view = new QTableView(split);
    m_view->setObjectName(QStringLiteral("pointTable"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_plot = new TimeSeriesPlot(split);
    split->addWidget(m_view);
    split->addWidget(m_plot);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);
}

QAbstractItemModel* CaseStudyPoints::table() const
{
    return m_model;
}

QString CaseStudyPoints::pointText() const
{
    return m_label->text();
}

void CaseStudyPoints::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_texts.apply();
    QWidget::changeEvent(event);
}

void CaseStudyPoints::clear()
{
    m_pixel.reset();
    m_csv.clear();
    m_model->removeRows(0, m_model->rowCount());
    m_plot->clear();
    m_truthUnits.clear();
    m_model->setHeaderData(TruthColumn, Qt::Horizontal, tr("Truth"));
    m_label->setText(tr("Click a pixel on a map to see its time series."));
}

void CaseStudyPoints::showPoint(const pipeline::StackStudyResult& result, const QStringList& labels, int row,
                                int col, const timeseries::VelocityOptions& options,
                                std::optional<double> truth, const QString& truthUnits)
{
    clear();
    if (row < 0 || col < 0 || row >= result.height || col >= result.width)
        return;
    m_pixel = QPoint(col, row);
    const auto pixels = static_cast<std::size_t>(result.width) * static_cast<std::size_t>(result.height);
    const auto p = static_cast<std::size_t>(row) * static_cast<std::size_t>(result.width) +
                   static_cast<std::size_t>(col);
    const std::size_t nDates = result.dates.size();

    QString where = tr("Pixel row %1, col %2").arg(row).arg(col);
    double lon = NAN;
    double lat = NAN;
    if (result.geoTransform.valid) {
        result.geoTransform.pixelToGeo(col + 0.5, row + 0.5, lon, lat);
        where += tr(" (lon %1, lat %2)").arg(lon, 0, 'f', 5).arg(lat, 0, 'f', 5);
    }
    if (truth)
        where += tr(" · truth %1 %2 (synthetic scenario)").arg(*truth, 0, 'f', 2).arg(truthUnits);
    m_truthUnits = truthUnits;
    m_model->setHeaderData(TruthColumn, Qt::Horizontal,
                           truthUnits.isEmpty() ? tr("Truth") : tr("Truth (%1)").arg(truthUnits));

    std::ostringstream csv;
    csv << "row,col,lon,lat,method,velocity_mm_per_yr,sigma_mm_per_yr,last_displacement_mm,valid_dates,truth";
    for (const Date& d : result.dates)
        csv << ",mm_" << d.toCompact();
    csv << ",model_velocity_mm_per_yr\n";

    QList<TimeSeriesCurve> curves;
    QStringList problems;
    for (std::size_t m = 0; m < result.methods.size(); ++m) {
        const pipeline::MethodResult& method = result.methods[m];
        const QString label = m < static_cast<std::size_t>(labels.size())
                                  ? labels[static_cast<qsizetype>(m)]
                                  : QString::fromStdString(method.method);
        std::vector<double> values(nDates, NAN);
        if (method.displacementMm.size() >= nDates * pixels) {
            for (std::size_t d = 0; d < nDates; ++d)
                values[d] = method.displacementMm[d * pixels + p];
        }
        int valid = 0;
        for (double v : values)
            valid += std::isfinite(v) ? 1 : 0;
        timeseries::PointFit fit;
        // A single pair (two dates) has no velocity to fit: its last date is the displacement.
        if (nDates > 2 && valid >= std::max(options.minDates, 3)) {
            try {
                fit = timeseries::fitPoint(result.dates, values, options);
            } catch (const std::exception& e) {
                problems << tr("%1: %2").arg(label, QString::fromUtf8(e.what()));
            }
        }
        const double velocity = method.velocity.empty() ? NAN : method.velocity.at(row, col);
        const double sigma = method.sigma.empty() ? NAN : method.sigma.at(row, col);
        const double last = nDates > 0 ? values.back() : NAN;

        auto* name = new QStandardItem(label);
        name->setEditable(false);
        name->setData(QString::fromStdString(method.method), kValueRole);
        auto* dates = new QStandardItem(QStringLiteral("%1 / %2").arg(valid).arg(nDates));
        dates->setData(valid, kValueRole);
        dates->setEditable(false);
        m_model->appendRow({name, numberItem(velocity, 2), numberItem(sigma, 2), numberItem(last, 2), dates,
                            numberItem(truth.value_or(NAN), 2)});

        TimeSeriesCurve curve;
        curve.name = label;
        curve.colour = TimeSeriesPlot::colourFor(static_cast<int>(m));
        curve.values = values;
        if (fit.model.size() == nDates) {
            curve.model = fit.model;
            if (fit.modelSigma.size() == nDates)
                curve.modelSigma = fit.modelSigma;
        }
        curves.append(curve);

        csv << row << ',' << col << ',' << csvNumber(lon, 8) << ',' << csvNumber(lat, 8) << ','
            << csvField(method.method) << ',' << csvNumber(velocity, 8) << ',' << csvNumber(sigma, 8) << ','
            << csvNumber(last, 8) << ',' << valid << ',' << csvNumber(truth.value_or(NAN), 8);
        for (double v : values)
            csv << ',' << csvNumber(v, 8);
        csv << ',' << csvNumber(fit.velocity, 8) << '\n';
    }
    m_csv = csv.str();
    m_plot->setCurves(result.dates, curves, tr("LOS displacement (mm)"));
    if (!problems.isEmpty())
        where += QLatin1Char('\n') + problems.join(QLatin1Char('\n'));
    m_label->setText(where);
}

} // namespace insar::ui
