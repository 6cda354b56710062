#include "form_fields.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
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

QVariant inputValue(const QWidget* w)
{
    if (auto* s = qobject_cast<const QSpinBox*>(w))
        return s->value();
    if (auto* d = qobject_cast<const QDoubleSpinBox*>(w))
        return d->value();
    if (auto* c = qobject_cast<const QComboBox*>(w))
        return c->currentData().isValid() ? c->currentData() : QVariant(c->currentIndex());
    if (auto* e = qobject_cast<const QLineEdit*>(w))
        return e->text();
    if (auto* b = qobject_cast<const QAbstractButton*>(w); b && b->isCheckable())
        return b->isChecked();
    return {};
}

} // namespace insar::ui
