// Binds the input widgets of a form to the fields of a config struct. The binding keeps the
// config it was last shown and writes back only the fields whose widgets the user changed, so
// fields the form does not show, and values a widget cannot hold exactly (a seed beyond a spin
// box's range, a learning rate with more digits than the box shows), survive Load -> Save and
// Load -> Start unchanged.
#pragma once

#include "widgets/form_fields.h"

#include <QComboBox>
#include <QList>
#include <QVariant>
#include <QWidget>

#include <functional>
#include <string>
#include <initializer_list>
#include <utility>
#include <vector>

namespace insar::ui {

template <typename Config> class FormBinding {
public:
    using ShowFn = std::function<void(const Config&)>;
    /// Reads the widgets into the config; may throw insar::Error for text it cannot parse.
    using ReadFn = std::function<void(Config&)>;

    /// One field, or a group of fields that belong together, shown by `widgets`.
    void bind(std::initializer_list<const QWidget*> widgets, ShowFn show, ReadFn read)
    {
        m_fields.push_back(Field{QList<const QWidget*>(widgets), std::move(show), std::move(read), {}});
    }

    /// Shows `config` in the widgets and makes it the base of config().
    void show(const Config& config)
    {
        m_base = config;
        for (Field& f : m_fields)
            f.show(config);
        for (Field& f : m_fields) // after all: a field's show may adjust another's widgets
            f.shown = snapshot(f.widgets);
    }

    /// The config last shown, with the fields whose widgets changed since read from the form.
    Config config() const
    {
        Config c = m_base;
        for (const Field& f : m_fields)
            if (snapshot(f.widgets) != f.shown)
                f.read(c);
        return c;
    }

    const Config& base() const { return m_base; }

    /// A spin box (or double spin box) showing one number; `field` is a pointer to a member or a
    /// callable returning a reference to the field.
    template <typename Spin, typename Field> void bindNumber(Spin* spin, Field field)
    {
        bind(
            {spin}, [spin, field](const Config& c) { spin->setValue(std::invoke(field, c)); },
            [spin, field](Config& c) { std::invoke(field, c) = spin->value(); });
    }

    /// A combo box whose items carry the text form of the field as data; `name` gives that text,
    /// `parse` sets the field from it.
    void bindChoice(QComboBox* combo, std::function<std::string(const Config&)> name,
                    std::function<void(Config&, const std::string&)> parse)
    {
        bind(
            {combo},
            [combo, name](const Config& c) {
                if (const int i = combo->findData(QString::fromStdString(name(c))); i >= 0)
                    combo->setCurrentIndex(i);
            },
            [combo, parse](Config& c) { parse(c, combo->currentData().toString().toStdString()); });
    }

private:
    struct Field {
        QList<const QWidget*> widgets;
        ShowFn show;
        ReadFn read;
        QVariantList shown;
    };

    static QVariantList snapshot(const QList<const QWidget*>& widgets)
    {
        QVariantList values;
        values.reserve(widgets.size());
        for (const QWidget* w : widgets)
            values.append(inputValue(w));
        return values;
    }

    Config m_base{};
    std::vector<Field> m_fields;
};

} // namespace insar::ui
