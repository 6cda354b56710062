// TextBindings: live retranslation for hand-written widgets. Every user-visible text of a widget is
// set by a small function registered here, which runs at once; on QEvent::LanguageChange the widget
// runs them all again, so a language chosen in Preferences applies without a restart (docs/jobs.md
// names the idiom). Texts that depend on state (counts, file names) read that state in the function.
//
//   m_texts.bind([this] { m_start->setText(tr("Start")); });
//   void MyWidget::changeEvent(QEvent* e) { if (e->type() == QEvent::LanguageChange) m_texts.apply(); ... }
#pragma once

#include <functional>
#include <utility>
#include <vector>

namespace insar::ui {

class TextBindings {
public:
    /// Runs `setText` now and again on every apply().
    void bind(std::function<void()> setText)
    {
        setText();
        m_setters.push_back(std::move(setText));
    }
    /// Re-runs every registered function, in registration order.
    void apply() const
    {
        for (const auto& setText : m_setters)
            setText();
    }
    [[nodiscard]] std::size_t size() const { return m_setters.size(); }

private:
    std::vector<std::function<void()>> m_setters;
};

} // namespace insar::ui
