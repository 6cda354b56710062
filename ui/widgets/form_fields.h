// Spin boxes for the parameter forms of the Dataset and Training tabs: named (so QSettings and
// tests find them), ranged, and committing on Enter/focus-out rather than on every keystroke;
// and the value of any input widget, for form bindings.
#pragma once

#include <QString>
#include <QVariant>

class QDoubleSpinBox;
class QSpinBox;
class QWidget;

namespace insar::ui {

QSpinBox* intSpin(const char* name, int lo, int hi, int value, const QString& suffix = {});
QDoubleSpinBox* doubleSpin(const char* name, double lo, double hi, double value, int decimals, double step,
                           const QString& suffix = {});

/// The value an input widget holds (spin box value, combo box data or index, line edit text,
/// checkable button state); an invalid QVariant for any other widget.
QVariant inputValue(const QWidget* widget);

} // namespace insar::ui
