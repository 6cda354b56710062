#include "units_dialog.h"

#include "widgets/bound_texts.h"

#include <QEvent>
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
    auto* layout = new QVBoxLayout(this);
    auto* text = new QLabel(problem, this);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto* form = new QFormLayout();
    m_units = new QComboBox(this);
    for (Units u : {Units::Radians, Units::Metres, Units::Millimetres})
        m_units->addItem(QString(), static_cast<int>(u));
    bindItemTexts(m_texts, m_units, [] {
        return QStringList{tr("radians (unwrapped phase)"), tr("metres (LOS)"), tr("millimetres (LOS)")};
    });
    addBoundRow(
        m_texts, form, [] { return tr("Values are in"); }, m_units);
    m_wavelength = new QDoubleSpinBox(this);
    m_wavelength->setDecimals(8);
    m_wavelength->setRange(0.001, 1.0);
    m_wavelength->setValue(kSentinel1WavelengthM);
    addBoundRow(
        m_texts, form, [] { return tr("Radar wavelength"); }, m_wavelength);
    layout->addLayout(form);
    m_all = new QCheckBox(this);
    m_texts.bind([this] {
        setWindowTitle(tr("Units of the values"));
        m_wavelength->setSuffix(tr(" m"));
        m_wavelength->setToolTip(tr("Sentinel-1: 0.05546576 m; ALOS-2 (L band): 0.2424 m"));
        m_all->setText(tr("Use for the other files without units too"));
    });
    m_all->setChecked(true);
    layout->addWidget(m_all);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_units, &QComboBox::currentIndexChanged, this,
            [this] { m_wavelength->setEnabled(units() == Units::Radians); });
}

void UnitsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_texts.apply();
    QDialog::changeEvent(event);
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
