#include "units_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace insar::ui {
namespace {
// Sentinel-1 C band: c / 5.405 GHz (docs/physics.md §2.3).
constexpr double kSentinel1WavelengthM = 0.05546576;
} // namespace

UnitsDialog::UnitsDialog(const QString& problem, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("unitsDialog"));
    setWindowTitle(tr("Units of the values"));
    auto* layout = new QVBoxLayout(this);
    auto* text = new QLabel(problem, this);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto* form = new QFormLayout();
    m_units = new QComboBox(this);
    m_units->addItem(tr("radians (unwrapped phase)"), static_cast<int>(Units::Radians));
    m_units->addItem(tr("metres (LOS)"), static_cast<int>(Units::Metres));
    m_units->addItem(tr("millimetres (LOS)"), static_cast<int>(Units::Millimetres));
    form->addRow(tr("Values are in"), m_units);
    m_wavelength = new QDoubleSpinBox(this);
    m_wavelength->setDecimals(8);
    m_wavelength->setRange(0.001, 1.0);
    m_wavelength->setSuffix(tr(" m"));
    m_wavelength->setValue(kSentinel1WavelengthM);
    m_wavelength->setToolTip(tr("Sentinel-1: 0.05546576 m; ALOS-2 (L band): 0.2424 m"));
    form->addRow(tr("Radar wavelength"), m_wavelength);
    layout->addLayout(form);
    m_all = new QCheckBox(tr("Use for the other files without units too"), this);
    m_all->setChecked(true);
    layout->addWidget(m_all);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_units, &QComboBox::currentIndexChanged, this,
            [this] { m_wavelength->setEnabled(units() == Units::Radians); });
}

Units UnitsDialog::units() const
{
    return static_cast<Units>(m_units->currentData().toInt());
}

std::optional<double> UnitsDialog::wavelengthM() const
{
    if (units() != Units::Radians)
        return std::nullopt;
    return m_wavelength->value();
}

bool UnitsDialog::applyToAll() const
{
    return m_all->isChecked();
}

} // namespace insar::ui
