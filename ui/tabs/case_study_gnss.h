// The Case-study tab's GNSS comparison: stations (from a CSV or a scenario) sampled on every
// method's map (the velocity, or for a single pair the corrected displacement at the last date),
// everything referenced to a chosen station, the per-station residual table, the misfit statistics
// per method (L2, RMSE, r², reduction against the first method) and a scatter plot of InSAR against
// GNSS per method with the 1:1 line.
#pragma once

#include "gnss/gnss_comparison.h"
#include "gnss/gnss_stations.h"
#include "pipeline/stack_study.h"
#include "widgets/text_bindings.h"

#include <QString>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>
#include <string>
#include <vector>

class QAbstractItemModel;
class QComboBox;
class QCustomPlot;
class QLabel;
class QStandardItemModel;
class QTableView;

namespace insar::ui {

class CaseStudyGnss : public QWidget {
    Q_OBJECT
public:
    enum class Quantity {
        Velocity,     // mm/yr: the stations' LOS is a rate
        Displacement, // mm: the stations' LOS is the displacement over the stack's time span
    };
    /// Role under which numeric cells hold their value as a double (NaN when none).
    static constexpr int kValueRole = Qt::UserRole + 1;

    explicit CaseStudyGnss(QWidget* parent = nullptr);

    /// Stations with their LOS (already projected); `reference` is preselected when it is one of
    /// them, else "SELL" when present, else the first station.
    void setStations(std::vector<gnss::Station> stations, const QString& source,
                     const QString& reference = {});
    const std::vector<gnss::Station>& stations() const { return m_stations; }
    /// A stack of two dates compares displacements, a longer one velocities (the selector can change it).
    void setResult(std::shared_ptr<const pipeline::StackStudyResult> result, const QStringList& labels);
    void clear();
    /// New method labels (after a language change): rewrites the comparison in the current language.
    void setLabels(const QStringList& labels);

    void setReferenceStation(const QString& name);
    QString referenceStation() const;
    void setQuantity(Quantity quantity);
    Quantity quantity() const;

    QAbstractItemModel* table() const;   // one row per station
    QAbstractItemModel* summary() const; // one row per method
    const std::optional<gnss::ComparisonResult>& comparison() const { return m_comparison; }
    /// The per-station table and the summary as CSV (gnss::comparisonCsv); empty without a comparison.
    std::string csv() const;
    QCustomPlot* scatter() const { return m_scatter; }
    QString messageText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void recompute();
    void retranslate();
    void fillTables(const QString& units);
    void fillScatter(const QString& units);

    QLabel* m_message = nullptr;
    QComboBox* m_reference = nullptr;
    QComboBox* m_quantity = nullptr;
    QStandardItemModel* m_table = nullptr;
    QStandardItemModel* m_summary = nullptr;
    QTableView* m_tableView = nullptr;
    QTableView* m_summaryView = nullptr;
    QCustomPlot* m_scatter = nullptr;
    std::vector<gnss::Station> m_stations;
    QString m_source;
    std::shared_ptr<const pipeline::StackStudyResult> m_result;
    QStringList m_labels;
    std::optional<gnss::ComparisonResult> m_comparison;
    TextBindings m_texts;
};

} // namespace insar::ui
