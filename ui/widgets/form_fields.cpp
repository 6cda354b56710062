#include "form_fields.h"

#include <QDoubleSpinBox>
#include <QSpinBox>

namespace insar::ui {

QSpinBox* intSpin(const char* name, int lo, int hi, int value, const QString& suffix)
{
    auto* s = new QSpinBox();
    s->setObjectName(QLatin1String(name));
    s->setRange(lo, hi);
    s->setValue(value);
    if (!suffix.isEmpty())
        s->setSuffix(suffix);
    s->setKeyboardTracking(false);
    return s;
}

QDoubleSpinBox* doubleSpin(const char* name, double lo, double hi, double value, int decimals, double step,
                           const QString& suffix)
{
    auto* s = new QDoubleSpinBox();
    s->setObjectName(QLatin1String(name));
    s->setRange(lo, hi);
    s->setDecimals(decimals);
    s->setSingleStep(step);
    s->setValue(value);
    if (!suffix.isEmpty())
        s->setSuffix(suffix);
    s->setKeyboardTracking(false);
    return s;
}

} // namespace insar::ui
