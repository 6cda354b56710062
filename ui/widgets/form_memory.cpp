#include "form_memory.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QWidget>

namespace insar::ui {

namespace {

QString keyFor(const QString& group, const QWidget* w)
{
    return group + QLatin1Char('/') + w->objectName();
}

bool isRemembered(const QWidget* w)
{
    // Widgets Qt creates internally (e.g. the line edit inside a spin box) have names starting
    // with "qt_"; they are not part of the form.
    return !w->objectName().isEmpty() && !w->objectName().startsWith(QLatin1String("qt_"));
}

} // namespace

void FormMemory::restore(QWidget* form, const QString& group)
{
    QSettings settings;
    const auto widgets = form->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if (!isRemembered(w))
            continue;
        const QVariant v = settings.value(keyFor(group, w));
        if (!v.isValid())
            continue;
        if (auto* s = qobject_cast<QSpinBox*>(w)) {
            s->setValue(v.toInt());
        } else if (auto* d = qobject_cast<QDoubleSpinBox*>(w)) {
            d->setValue(v.toDouble());
        } else if (auto* c = qobject_cast<QComboBox*>(w)) {
            const int i = c->findData(v);
            if (i >= 0)
                c->setCurrentIndex(i);
        } else if (auto* e = qobject_cast<QLineEdit*>(w)) {
            if (!e->isReadOnly())
                e->setText(v.toString());
        } else if (auto* b = qobject_cast<QAbstractButton*>(w)) {
            if (b->isCheckable())
                b->setChecked(v.toBool());
        }
    }
}

void FormMemory::save(const QWidget* form, const QString& group)
{
    QSettings settings;
    const auto widgets = form->findChildren<QWidget*>();
    for (const QWidget* w : widgets) {
        if (!isRemembered(w))
            continue;
        const QString key = keyFor(group, w);
        if (auto* s = qobject_cast<const QSpinBox*>(w)) {
            settings.setValue(key, s->value());
        } else if (auto* d = qobject_cast<const QDoubleSpinBox*>(w)) {
            settings.setValue(key, d->value());
        } else if (auto* c = qobject_cast<const QComboBox*>(w)) {
            settings.setValue(key, c->currentData());
        } else if (auto* e = qobject_cast<const QLineEdit*>(w)) {
            if (!e->isReadOnly())
                settings.setValue(key, e->text());
        } else if (auto* b = qobject_cast<const QAbstractButton*>(w)) {
            if (b->isCheckable())
                settings.setValue(key, b->isChecked());
        }
    }
}

} // namespace insar::ui
