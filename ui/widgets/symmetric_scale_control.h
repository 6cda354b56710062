// SymmetricScaleControl: one symmetric colour scale [-L, L] for several linked panels, either
// "auto" (L follows the data shown) or a limit the user types.
#pragma once

#include "common/raster.h"
#include "widgets/text_bindings.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;

namespace insar::ui {

class SymmetricScaleControl : public QWidget {
    Q_OBJECT
public:
    explicit SymmetricScaleControl(QWidget* parent = nullptr);

    /// The limit for data: the largest |value| over the valid pixels of all `rasters` (every
    /// value keeps its colour; type a smaller limit to see small signals); 1 when there is no
    /// valid pixel or all are 0.
    static double autoLimit(const QList<const Raster*>& rasters);

    /// Sets the data's limit; applied (and limitChanged emitted) when in auto mode.
    void setDataLimit(double limit);
    /// Fixes the limit by hand (leaves auto mode).
    void setLimit(double limit);
    void setAuto(bool on);
    bool isAuto() const;
    double limit() const;
    QDoubleSpinBox* spinBox() const { return m_spin; }

signals:
    /// The symmetric limit L in force changed (the panels show [-L, L]).
    void limitChanged(double limit);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showLimit(double limit);

    QCheckBox* m_auto = nullptr;
    QDoubleSpinBox* m_spin = nullptr;
    double m_dataLimit = 1.0;
    double m_limit = 1.0; // exact (the spin box shows it rounded)
    bool m_updating = false;
    TextBindings m_texts;
};

} // namespace insar::ui
