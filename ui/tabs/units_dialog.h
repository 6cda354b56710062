// Asks what a file's values are when it does not say (radians, metres or millimetres, and the
// radar wavelength for radians), because the CNN and GACOS need physical units.
#pragma once

#include "common/units.h"
#include "widgets/text_bindings.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;

namespace insar::ui {

class UnitsDialog : public QDialog {
    Q_OBJECT
public:
    /// `problem` is the sentence saying which file lacks what.
    UnitsDialog(const QString& problem, QWidget* parent = nullptr);

    Units units() const;
    /// The wavelength for radians (nullopt for metres and millimetres).
    std::optional<double> wavelengthM() const;
    /// Whether the answer holds for the files still waiting too.
    bool applyToAll() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    QComboBox* m_units = nullptr;
    QDoubleSpinBox* m_wavelength = nullptr;
    QCheckBox* m_all = nullptr;
    TextBindings m_texts;
};

} // namespace insar::ui
