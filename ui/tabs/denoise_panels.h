// The Denoise tab's three linked panels (before | after | removed noise): linked zoom and pan,
// one shared symmetric colour scale, a read-out of all three values under the mouse, the
// reference point marked on each, and the profile tool (a line drawn on any panel shows the three
// profiles in one plot).
#pragma once

#include "common/raster.h"
#include "widgets/linked_raster_views.h"
#include "widgets/profile_plot.h"
#include "widgets/raster_view.h"
#include "widgets/symmetric_scale_control.h"
#include "widgets/text_bindings.h"

#include <QPoint>
#include <QWidget>

#include <memory>
#include <optional>

class QToolButton;

namespace insar::ui {

class DenoisePanels : public QWidget {
    Q_OBJECT
public:
    explicit DenoisePanels(QWidget* parent = nullptr);

    /// Room for three panels of a useful size: the panels themselves ask for no width (so that
    /// they share it equally), which would otherwise leave a splitter holding this with too little.
    QSize sizeHint() const override;

    /// Shows the input alone (the other panels empty, their placeholders saying why).
    void showInput(std::shared_ptr<const Raster> input, const QString& title);
    /// Shows a correction: before | after | removed, on one colour scale, with the reference
    /// pixel (x = column, y = row) marked on each panel.
    void showResult(std::shared_ptr<const Raster> before, std::shared_ptr<const Raster> after,
                    std::shared_ptr<const Raster> removed, std::optional<QPoint> reference,
                    const QString& afterTitle);
    void clearAll();

    RasterView* beforeView() const { return m_before; }
    RasterView* afterView() const { return m_after; }
    RasterView* removedView() const { return m_removed; }
    LinkedRasterViews* linkedViews() const { return m_linked; }
    SymmetricScaleControl* scaleControl() const { return m_scale; }
    ProfilePlot* profilePlot() const { return m_profile; }
    QToolButton* profileButton() const { return m_profileButton; }

    /// The read-out of all panels at a pixel: "row 3, col 4: before 1.2 · after 0.3 · removed
    /// 0.9 rad (lat …, lon …)"; empty outside the raster.
    QString readoutText(int row, int col) const;
    /// Draws the profile line on every panel and the three profiles in the plot.
    void setProfileLine(const QPointF& from, const QPointF& to);
    /// The three panels (and the profile plot when shown) as one image.
    QImage renderImage();

signals:
    /// For the status bar: readoutText() under the mouse (empty when outside).
    void pixelHovered(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyLimit(double limit);
    void refreshDataLimit();
    void updateProfile();

    RasterView* m_before = nullptr;
    RasterView* m_after = nullptr;
    RasterView* m_removed = nullptr;
    LinkedRasterViews* m_linked = nullptr;
    SymmetricScaleControl* m_scale = nullptr;
    ProfilePlot* m_profile = nullptr;
    QToolButton* m_profileButton = nullptr;
    QWidget* m_views = nullptr; // the row of the three panels
    std::optional<QLineF> m_line;
    TextBindings m_texts;
    QString m_composedReadout; // for the view's pixelHovered() that follows its readoutChanged()
};

} // namespace insar::ui
