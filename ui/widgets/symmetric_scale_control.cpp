#include "symmetric_scale_control.h"

#include <QEvent>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>

#include <algorithm>
#include <cmath>

namespace insar::ui {

SymmetricScaleControl::SymmetricScaleControl(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(this);
    layout->addWidget(label);
    m_spin = new QDoubleSpinBox(this);
    m_spin->setObjectName(QStringLiteral("colourLimitSpin"));
    m_spin->setDecimals(6);
    m_spin->setRange(1e-6, 1e9);
    m_spin->setValue(m_dataLimit);
    m_spin->setKeyboardTracking(false);
    layout->addWidget(m_spin);
    m_auto = new QCheckBox(this);
    m_auto->setObjectName(QStringLiteral("colourAutoBox"));
    m_auto->setChecked(true);
    m_texts.bind([this, label] {
        label->setText(tr("Colour scale ±"));
        m_spin->setToolTip(tr("Upper colour limit; the lower one is its negative, so 0 is white"));
        m_auto->setText(tr("auto"));
        m_auto->setToolTip(tr("Follow the data: the largest |value| over the three panels"));
    });
    layout->addWidget(m_auto);
    layout->addStretch(1);

    connect(m_spin, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        if (m_updating)
            return;
        m_auto->setChecked(false);
        m_limit = v;
        emit limitChanged(v);
    });
    connect(m_auto, &QCheckBox::toggled, this, [this](bool on) {
        if (on && !m_updating) {
            showLimit(m_dataLimit);
            emit limitChanged(m_dataLimit);
        }
    });
}

void SymmetricScaleControl::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_texts.apply();
    QWidget::changeEvent(event);
}

double SymmetricScaleControl::autoLimit(const QList<const Raster*>& rasters)
{
    double limit = 0.0;
    for (const Raster* r : rasters) {
        if (!r)
            continue;
        const RasterStats s = r->stats();
        if (s.validCount > 0 && std::isfinite(s.min) && std::isfinite(s.max))
            limit = std::max({limit, std::abs(s.min), std::abs(s.max)});
    }
    return limit > 0 ? limit : 1.0;
}

void SymmetricScaleControl::setDataLimit(double limit)
{
    if (!std::isfinite(limit) || limit <= 0)
        limit = 1.0;
    m_dataLimit = limit;
    if (isAuto()) {
        showLimit(limit);
        emit limitChanged(limit);
    }
}

void SymmetricScaleControl::setLimit(double limit)
{
    if (!std::isfinite(limit) || limit <= 0)
        return;
    m_updating = true;
    m_auto->setChecked(false);
    m_updating = false;
    showLimit(limit);
    emit limitChanged(limit);
}

void SymmetricScaleControl::setAuto(bool on)
{
    m_auto->setChecked(on);
}

bool SymmetricScaleControl::isAuto() const
{
    return m_auto->isChecked();
}

double SymmetricScaleControl::limit() const
{
    return m_limit;
}

void SymmetricScaleControl::showLimit(double limit)
{
    m_limit = limit;
    m_updating = true;
    // Steps of about 5 % of the limit, whatever the units (radians or metres).
    m_spin->setSingleStep(std::pow(10.0, std::floor(std::log10(limit))) / 2.0);
    m_spin->setValue(limit);
    m_updating = false;
}

} // namespace insar::ui
