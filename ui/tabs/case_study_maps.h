// The Case-study tab's maps: one column per correction method, the velocity (or, for a single
// pair, the displacement at the last date) in the top row on one symmetric colour scale and its σ
// in the row below on one sequential scale, all with linked zoom and pan; the selected pixel and
// the GNSS stations are marked on every map, and a click on a map selects a pixel.
#pragma once

#include "common/raster.h"
#include "gnss/gnss_stations.h"
#include "pipeline/stack_study.h"
#include "widgets/text_bindings.h"

#include <QImage>
#include <QPoint>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QCPAbstractItem;
class QCPGraph;
class QGridLayout;
class QLabel;
class QMouseEvent;

namespace insar::ui {

class LinkedRasterViews;
class RasterView;
class SymmetricScaleControl;

class CaseStudyMaps : public QWidget {
    Q_OBJECT
public:
    enum class Quantity {
        Velocity,     // velocity (mm/yr) and its σ
        Displacement, // the displacement at the last date (mm), relative to the first
    };

    explicit CaseStudyMaps(QWidget* parent = nullptr);
    ~CaseStudyMaps() override;

    /// Shows every method of `result` (labels: one per method, for the titles). A stack of two
    /// dates (one pair) switches to the displacement, which is what it measures.
    void setResult(std::shared_ptr<const pipeline::StackStudyResult> result, const QStringList& labels);
    void clear();
    /// New method labels for the shown columns (after a language change); the titles follow at
    /// the next LanguageChange or quantity switch.
    void setLabels(const QStringList& labels);

    void setQuantity(Quantity quantity);
    Quantity quantity() const;

    /// Marks the pixel (x = column, y = row) on every map; nullopt removes the mark.
    void setSelectedPixel(std::optional<QPoint> pixel);
    /// Marks and names the stations on every map (those outside the grid are left out).
    void setStations(const std::vector<gnss::Station>& stations);

    /// The displacement of method `index` at the last date (LOS mm, georeferenced as the stack);
    /// empty when the result has fewer than two dates.
    static Raster lastDisplacement(const pipeline::StackStudyResult& result, std::size_t index);

    int columnCount() const { return static_cast<int>(m_columns.size()); }
    /// The top map of a method (velocity or displacement) and its σ map (null when out of range).
    RasterView* topView(int method) const;
    RasterView* sigmaView(int method) const;
    LinkedRasterViews* linkedViews() const { return m_linked; }
    SymmetricScaleControl* scaleControl() const { return m_scale; }
    /// Station markers drawn on the top map of `method` (-1 when there is no such map).
    int stationMarkerCount(int method) const;
    /// "row 3, col 4: uncorrected 1.2 ± 0.3 · deramp 0.8 ± 0.2 mm/yr (lat …, lon …)"; empty
    /// outside the grid.
    QString readoutText(int row, int col) const;
    /// The maps as one image.
    QImage renderImage();

signals:
    /// A click (press and release without a drag) on a map.
    void pixelClicked(int row, int col);
    void pixelHovered(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Overlay {
        QCPGraph* graph = nullptr;
        QList<QCPAbstractItem*> labels;
        bool geographic = false;
        int markers = 0;
    };
    struct Column {
        RasterView* top = nullptr;
        RasterView* sigma = nullptr;
        std::shared_ptr<const Raster> displacement;
        Overlay topOverlay;
        Overlay sigmaOverlay;
    };

    void rebuildColumns(const QStringList& labels);
    void showQuantity();
    void applyTopLimit(double limit);
    void refreshLimits();
    void connectView(RasterView* view);
    void onRelease(RasterView* view, QMouseEvent* event);
    void updateOverlay(RasterView* view, Overlay& overlay);
    static bool geographicAxes(const RasterView* view);

    QComboBox* m_quantity = nullptr;
    SymmetricScaleControl* m_scale = nullptr;
    QLabel* m_sigmaRange = nullptr;
    QWidget* m_grid = nullptr;
    QGridLayout* m_gridLayout = nullptr;
    QLabel* m_placeholder = nullptr;
    LinkedRasterViews* m_linked = nullptr;
    std::shared_ptr<const pipeline::StackStudyResult> m_result;
    QStringList m_labels;
    TextBindings m_texts;
    std::vector<Column> m_columns;
    std::vector<gnss::Station> m_stations;
    std::optional<QPoint> m_selected;
    std::optional<QPoint> m_pressPos;
};

} // namespace insar::ui
