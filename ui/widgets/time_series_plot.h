// TimeSeriesPlot: the displacement time series of one pixel for several versions of a stack (one
// per correction method) on a date axis, each with its fitted model and the model's ±1σ band
// (QCustomPlot), as the Case-study tab shows them for the pixel the user clicked.
#pragma once

#include "common/date.h"
#include "widgets/text_bindings.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QWidget>

#include <vector>

class QCustomPlot;

namespace insar::ui {

/// One version of a pixel's time series.
struct TimeSeriesCurve {
    QString name;
    QColor colour;
    std::vector<double> values;     // one per date; NaN = no observation
    std::vector<double> model;      // fitted model at the dates (empty or NaN: no model)
    std::vector<double> modelSigma; // its 1-σ band at the dates (empty: no band)
};

class TimeSeriesPlot : public QWidget {
    Q_OBJECT
public:
    explicit TimeSeriesPlot(QWidget* parent = nullptr);

    /// Draws every curve against `dates`: the observations as markers joined by a thin line, the
    /// model as a line and its band as a shaded area between model − σ and model + σ. Values
    /// that do not match the number of dates are an insar::Error (a programming error).
    void setCurves(const std::vector<Date>& dates, const QList<TimeSeriesCurve>& curves,
                   const QString& yLabel);
    void clear();

    /// A colour per index from a palette that stays distinguishable for up to ten curves.
    static QColor colourFor(int index);

    int curveCount() const { return static_cast<int>(m_curves.size()); }
    /// Graphs in the plot: one for the observations of each curve, plus the model and the two
    /// edges of the band where the curve has a model.
    int graphCount() const;
    /// The observations drawn for `curve` (valid values only); -1 when there is no such curve.
    int observationCount(int curve) const;
    /// The points of the model line of `curve` (0 when it has none or there is no such curve).
    int modelPointCount(int curve) const;
    QString curveName(int curve) const;

    QCustomPlot* plot() const { return m_plot; }

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Drawn {
        QString name;
        int observations = 0;
        int modelPoints = 0;
    };
    QCustomPlot* m_plot = nullptr;
    TextBindings m_texts;
    std::vector<Drawn> m_curves;
};

} // namespace insar::ui
