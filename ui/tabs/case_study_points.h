// The Case-study tab's point view: at the selected pixel, the velocity ± σ of every method in a
// table (with the scenario's truth beside it when known) and the pixel's time series per method
// with the fitted model and its ±σ band.
#pragma once

#include "pipeline/stack_study.h"
#include "timeseries/velocity_fit.h"
#include "widgets/text_bindings.h"

#include <QPoint>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <optional>
#include <string>

class QLabel;
class QStandardItemModel;
class QTableView;
class QAbstractItemModel;

namespace insar::ui {

class TimeSeriesPlot;

class CaseStudyPoints : public QWidget {
    Q_OBJECT
public:
    /// Columns of the table.
    enum Column { MethodColumn, VelocityColumn, SigmaColumn, DisplacementColumn, DatesColumn, TruthColumn };
    /// Role under which the table's numeric cells hold their value as a double (NaN when none).
    static constexpr int kValueRole = Qt::UserRole + 1;

    explicit CaseStudyPoints(QWidget* parent = nullptr);

    /// Fits the pixel's time series of every method of `result` (labels: one per method) with
    /// `options` and shows the table and the plot. `truth` is the scenario's truth there (its
    /// units in `truthUnits`), shown beside each row.
    void showPoint(const pipeline::StackStudyResult& result, const QStringList& labels, int row, int col,
                   const timeseries::VelocityOptions& options, std::optional<double> truth,
                   const QString& truthUnits);
    void clear();

    std::optional<QPoint> pixel() const { return m_pixel; } // x = column, y = row
    QAbstractItemModel* table() const;
    TimeSeriesPlot* plot() const { return m_plot; }
    QString pointText() const;
    /// The table and each method's time series as CSV (one row per method).
    std::string tableCsv() const { return m_csv; }

protected:
    void changeEvent(QEvent* event) override;

private:
    QLabel* m_label = nullptr;
    QStandardItemModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    TimeSeriesPlot* m_plot = nullptr;
    std::optional<QPoint> m_pixel;
    std::string m_csv;
    QString m_truthUnits;
    TextBindings m_texts;
};

} // namespace insar::ui
