// Line chart for training curves (Qt Charts): named series on a shared x axis, a left y axis that
// can switch to a log scale, an optional right y axis, and horizontal reference lines. Its texts
// (title, axis titles, series labels) come from its owner, which re-sets them on a language change.
#pragma once

#include <QColor>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QWidget>

#include <optional>

class QAbstractAxis;
class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;

namespace insar::ui {

class LossChart : public QWidget {
    Q_OBJECT
public:
    enum class Axis { Left, Right };

    /// Above this many points a series is thinned by averaging neighbouring pairs, so a long run
    /// stays cheap to draw; the first and last points are kept exactly.
    static constexpr int kMaxPointsPerSeries = 4000;

    explicit LossChart(QWidget* parent = nullptr);
    ~LossChart() override;

    void setTitle(const QString& title);
    QString title() const;
    /// Titles of the x axis and the left y axis, as shown.
    QString xAxisTitle() const;
    QString leftAxisTitle() const;
    void setAxisTitles(const QString& x, const QString& left, const QString& right = {});
    /// Fixed range for an axis (e.g. SSIM 0..1 grows only past it); otherwise it follows the data.
    void setMinimumRange(Axis axis, double low, double high);

    /// Declares a series; `key` identifies it in later calls, `label` is shown in the legend.
    void addSeries(const QString& key, const QString& label, const QColor& color, Axis axis = Axis::Left,
                   Qt::PenStyle style = Qt::SolidLine, bool markers = false);
    bool hasSeries(const QString& key) const;
    /// Renames a series' legend entry (a language change), keeping its points.
    void setSeriesLabel(const QString& key, const QString& label);
    QString seriesLabel(const QString& key) const;
    /// Shows or hides a series' legend entry (e.g. reference lines explained in the title).
    void setSeriesInLegend(const QString& key, bool visible);

    void appendPoint(const QString& key, double x, double y);
    void appendPoints(const QString& key, const QList<QPointF>& points);
    /// Makes the series `key` a horizontal line at `y` across the whole x range.
    void setReferenceLine(const QString& key, double y);

    void setLogScale(bool on);
    bool logScale() const { return m_logScale; }

    int pointCount(const QString& key) const;
    QList<QPointF> points(const QString& key) const;
    /// Current y range of an axis (for tests and read-outs).
    QPair<double, double> axisRange(Axis axis) const;
    QPair<double, double> xRange() const;

    /// Removes every point (series and reference lines stay declared, empty).
    void clearData();

    /// Between beginUpdates() and the matching endUpdates() (nestable), appends and reference
    /// lines only store data; the axes are rescaled once at the end. Each rescale re-lays out the
    /// chart (text shaping included), so a drain that delivers hundreds of epochs must batch them
    /// or the GUI thread falls behind a fast run.
    void beginUpdates();
    void endUpdates();
    /// RAII form of beginUpdates()/endUpdates().
    class UpdateBatch {
    public:
        explicit UpdateBatch(LossChart* chart) : m_chart(chart) { m_chart->beginUpdates(); }
        ~UpdateBatch() { m_chart->endUpdates(); }
        UpdateBatch(const UpdateBatch&) = delete;
        UpdateBatch& operator=(const UpdateBatch&) = delete;

    private:
        LossChart* m_chart;
    };

    QChart* chart() const { return m_chart; }

private:
    struct SeriesInfo {
        QLineSeries* series = nullptr;
        Axis axis = Axis::Left;
        std::optional<double> referenceY;
    };

    void attachLeftAxis();
    void thin(QLineSeries* series);
    void rescale();
    void requestRescale(); // now, or at endUpdates() inside a batch

    int m_batchDepth = 0;
    bool m_rescalePending = false;

    QChartView* m_view = nullptr;
    QChart* m_chart = nullptr;
    QValueAxis* m_xAxis = nullptr;
    QAbstractAxis* m_leftAxis = nullptr;
    QValueAxis* m_rightAxis = nullptr;
    QString m_leftTitle;
    bool m_logScale = false;
    QHash<QString, SeriesInfo> m_series;
    QList<QString> m_order;
    std::optional<QPair<double, double>> m_leftMinRange;
    std::optional<QPair<double, double>> m_rightMinRange;
};

} // namespace insar::ui
