// Helpers for TextBindings (text_bindings.h) where Qt creates a text widget for us: a form row's
// label, a combo box's item texts. The text functions call tr() at the call site, so lupdate
// keeps each source text in its class context.
#pragma once

#include "widgets/text_bindings.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <functional>
#include <utility>

namespace insar::ui {

using TextFn = std::function<QString()>;

/// Adds the row `label(): field` to `form`; the label (its buddy is `field`) follows the language.
inline QLabel* addBoundRow(TextBindings& texts, QFormLayout* form, TextFn label, QWidget* field)
{
    auto* l = new QLabel();
    l->setBuddy(field);
    texts.bind([l, label = std::move(label)] { l->setText(label()); });
    form->addRow(l, field);
    return l;
}

/// Sets the texts of a combo box's items by position on every apply; the current index and the
/// item data stay as they are.
inline void bindItemTexts(TextBindings& texts, QComboBox* combo, std::function<QStringList()> items)
{
    texts.bind([combo, items = std::move(items)] {
        const QStringList t = items();
        for (int i = 0; i < std::min(int(t.size()), combo->count()); ++i)
            combo->setItemText(i, t.at(i));
    });
}

/// Sets the suffix of `field` (a spin box, or a row holding spin boxes) on every apply.
inline void bindSuffix(TextBindings& texts, QWidget* field, TextFn suffix)
{
    texts.bind([field, suffix = std::move(suffix)] {
        const QString s = suffix();
        QList<QWidget*> widgets = field->findChildren<QWidget*>();
        widgets.prepend(field);
        for (QWidget* w : widgets) {
            if (auto* i = qobject_cast<QSpinBox*>(w))
                i->setSuffix(s);
            else if (auto* d = qobject_cast<QDoubleSpinBox*>(w))
                d->setSuffix(s);
        }
    });
}

} // namespace insar::ui
