// The comparison table of the Denoise tab: one row per method run on the current file with the
// standard deviation before and after, the reduction (std_before − std_after) / std_before that
// LiCSBAS reports, the reference point and the run time; selecting a row shows that method.
#pragma once

#include "widgets/text_bindings.h"

#include <QList>
#include <QString>
#include <QTableWidget>

#include <cmath>

namespace insar::ui {

struct CorrectionRow {
    QString method;
    QString units;
    double stdBefore = NAN;
    double stdAfter = NAN;
    double reduction = NAN; // fraction, shown in %
    QString reference;
    double seconds = NAN;
    QString error; // non-empty: the method failed, with this reason
};

class CorrectionTable : public QTableWidget {
    Q_OBJECT
public:
    enum Column { Method, StdBefore, StdAfter, Reduction, Reference, Time, ColumnCount };

    explicit CorrectionTable(QWidget* parent = nullptr);

    /// Replaces the rows; selects `selected` (clamped; -1 selects nothing) without emitting
    /// methodSelected().
    void setRows(const QList<CorrectionRow>& rows, int selected = 0);
    const QList<CorrectionRow>& rows() const { return m_rows; }
    /// The selected row, -1 when none.
    int selectedRow() const;
    void selectMethodRow(int row);

signals:
    /// The user (or selectMethodRow()) picked a row.
    void methodSelected(int row);

protected:
    void changeEvent(QEvent* event) override;

private:
    QList<CorrectionRow> m_rows;
    TextBindings m_texts;
    bool m_filling = false;
};

} // namespace insar::ui
