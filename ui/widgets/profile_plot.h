// ProfilePlot: values of several rasters along one line (before, after and removed noise along a
// line drawn on the Denoise tab's panels), as curves in one QCustomPlot.
#pragma once

#include "common/raster.h"
#include "widgets/text_bindings.h"

#include <QList>
#include <QPointF>
#include <QString>
#include <QWidget>

#include <memory>
#include <vector>

class QCustomPlot;

namespace insar::ui {

class ProfilePlot : public QWidget {
    Q_OBJECT
public:
    explicit ProfilePlot(QWidget* parent = nullptr);

    /// Values of `raster` along the segment from `from` to `to` in pixel coordinates (x = column,
    /// y = row, pixel centres at integers): floor(length) + 1 samples one pixel apart (at least
    /// 2), each the nearest pixel's value, NaN for no-data or outside the raster.
    static std::vector<double> sampleLine(const Raster& raster, const QPointF& from, const QPointF& to);

    struct Curve {
        QString name;
        std::shared_ptr<const Raster> raster;
        QColor colour;
    };
    /// Draws one curve per raster along the line (x: distance in pixels); no-data leaves gaps.
    void setProfiles(const QList<Curve>& curves, const QPointF& from, const QPointF& to);
    void clearProfiles();
    int curveCount() const;
    /// The values of curve `index` (empty when there is no such curve).
    std::vector<double> curveValues(int index) const;
    QCustomPlot* plot() const { return m_plot; }

protected:
    void changeEvent(QEvent* event) override;

private:
    QCustomPlot* m_plot = nullptr;
    TextBindings m_texts;
};

} // namespace insar::ui
