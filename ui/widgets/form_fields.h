// Spin boxes for the parameter forms of the Dataset and Training tabs: named (so QSettings and
// tests find them), ranged, and committing on Enter/focus-out rather than on every keystroke.
#pragma once

#include <QString>

class QDoubleSpinBox;
class QSpinBox;

namespace insar::ui {

QSpinBox* intSpin(const char* name, int lo, int hi, int value, const QString& suffix = {});
QDoubleSpinBox* doubleSpin(const char* name, double lo, double hi, double value, int decimals, double step,
                           const QString& suffix = {});

} // namespace insar::ui
