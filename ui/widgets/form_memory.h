// Remembers the values of a form's input widgets in QSettings: every descendant input widget with
// an objectName is saved under "<group>/<objectName>" and restored the next time the form opens.
#pragma once

#include <QString>

class QWidget;

namespace insar::ui {

class FormMemory {
public:
    /// Restores the saved values of the named input widgets under `form` (spin boxes, combo
    /// boxes, line edits, check boxes, radio buttons); widgets without a saved value keep theirs.
    static void restore(QWidget* form, const QString& group);
    /// Saves the current values of the same widgets.
    static void save(const QWidget* form, const QString& group);
};

} // namespace insar::ui
