#include "correction_table.h"

#include "jobs/job_progress_widget.h"

#include <QEvent>
#include <QHeaderView>

namespace insar::ui {
namespace {

QString number(double v, const QString& units)
{
    if (!std::isfinite(v))
        return QStringLiteral("–");
    return units.isEmpty() ? QString::number(v, 'g', 4)
                           : QStringLiteral("%1 %2").arg(v, 0, 'g', 4).arg(units);
}

QTableWidgetItem* makeItem(const QString& text, Qt::Alignment align = Qt::AlignRight | Qt::AlignVCenter)
{
    auto* it = new QTableWidgetItem(text);
    it->setTextAlignment(align);
    it->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return it;
}

} // namespace

CorrectionTable::CorrectionTable(QWidget* parent) : QTableWidget(0, ColumnCount, parent)
{
    setObjectName(QStringLiteral("correctionTable"));
    m_texts.bind([this] {
        setHorizontalHeaderLabels(
            {tr("Method"), tr("Std before"), tr("Std after"), tr("Reduction"), tr("Reference"), tr("Time")});
        horizontalHeaderItem(Reduction)->setToolTip(tr("(std before − std after) / std before over the "
                                                       "pixels valid in both maps, as LiCSBAS reports it"));
    });
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    verticalHeader()->setVisible(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(Reference, QHeaderView::Stretch);
    connect(this, &QTableWidget::itemSelectionChanged, this, [this] {
        if (!m_filling && selectedRow() >= 0)
            emit methodSelected(selectedRow());
    });
}

void CorrectionTable::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.apply();
        const QList<CorrectionRow> rows = m_rows; // "failed: …" and times are worded in the language
        setRows(rows, selectedRow());
    }
    QTableWidget::changeEvent(event);
}

void CorrectionTable::setRows(const QList<CorrectionRow>& rows, int selected)
{
    m_filling = true;
    m_rows = rows;
    clearContents();
    clearSpans();
    setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const CorrectionRow& row = rows[r];
        setItem(r, Method, makeItem(row.method, Qt::AlignLeft | Qt::AlignVCenter));
        if (!row.error.isEmpty()) {
            auto* failed = makeItem(tr("failed: %1").arg(row.error), Qt::AlignLeft | Qt::AlignVCenter);
            failed->setToolTip(row.error);
            failed->setForeground(QColor(170, 20, 20));
            setItem(r, StdBefore, failed);
            setSpan(r, StdBefore, 1, ColumnCount - StdBefore);
            continue;
        }
        setItem(r, StdBefore, makeItem(number(row.stdBefore, row.units)));
        setItem(r, StdAfter, makeItem(number(row.stdAfter, row.units)));
        setItem(r, Reduction,
                makeItem(std::isfinite(row.reduction)
                             ? QStringLiteral("%1 %").arg(100.0 * row.reduction, 0, 'f', 1)
                             : QStringLiteral("–")));
        setItem(r, Reference, makeItem(row.reference, Qt::AlignLeft | Qt::AlignVCenter));
        QString time = QStringLiteral("–");
        if (std::isfinite(row.seconds))
            time = row.seconds < 60 ? tr("%1 s").arg(row.seconds, 0, 'f', row.seconds < 10 ? 2 : 1)
                                    : JobProgressWidget::formatDuration(row.seconds);
        setItem(r, Time, makeItem(time));
    }
    if (selected >= 0 && !rows.isEmpty())
        selectRow(std::min(selected, static_cast<int>(rows.size()) - 1));
    else
        clearSelection();
    m_filling = false;
}

int CorrectionTable::selectedRow() const
{
    const QList<QTableWidgetItem*> items = selectedItems();
    return items.isEmpty() ? -1 : items.first()->row();
}

void CorrectionTable::selectMethodRow(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    m_filling = true;
    selectRow(row);
    m_filling = false;
    emit methodSelected(row);
}

} // namespace insar::ui
