// The TrainingForm <-> nn::TrainConfig binding: which widget shows which field, and how a
// loaded config is kept for the fields the form does not show (widgets/form_binding.h).
#include "training_form.h"

#include "common/error.h"
#include "nn/network_config.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStringList>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <vector>

namespace insar::ui {

namespace {

QString milestonesText(const std::vector<int>& milestones)
{
    QStringList parts;
    for (int m : milestones)
        parts.append(QString::number(m));
    return parts.join(QStringLiteral(", "));
}

/// "30, 60, 90" -> {30, 60, 90}; throws insar::Error on anything else.
std::vector<int> parseMilestones(const QString& text)
{
    std::vector<int> out;
    const QStringList parts = text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    for (const QString& p : parts) {
        bool ok = false;
        const int v = p.toInt(&ok);
        if (!ok || v <= 0)
            throw Error(ErrorKind::InvalidInput,
                        "learning-rate milestones: '" + p.toStdString() + "' is not a positive epoch number");
        out.push_back(v);
    }
    return out;
}

} // namespace

void TrainingForm::bindFields()
{
    using C = nn::TrainConfig;
    using synthesis::RegionPreset;
    auto& b = m_binding;
    auto preset = [](const std::string& name, RegionPreset fallback) {
        return synthesis::parseRegionPreset(name).value_or(fallback);
    };

    b.bindChoice(
        m_architecture, [](const C& c) { return c.network.architecture; },
        [](C& c, const std::string& v) { c.network.architecture = v; });
    b.bindNumber(
        m_depth, [](auto& c) -> auto& { return c.network.depth; });
    b.bindNumber(
        m_channels, [](auto& c) -> auto& { return c.network.channels; });
    b.bindNumber(
        m_levels, [](auto& c) -> auto& { return c.network.levels; });
    // With the architecture: a switch to unet drops the dilations (they apply to DnCNN only).
    b.bind(
        {m_dilations, m_architecture},
        [this](const C& c) {
            m_dilations->setText(QString::fromStdString(nn::formatDilations(c.network.dilations)));
        },
        [this](C& c) {
            const bool unet = m_architecture->currentData().toString() == QLatin1String("unet");
            c.network.dilations =
                unet ? std::vector<int>{} : nn::parseDilations(m_dilations->text().toStdString());
        });
    b.bind(
        {m_demInput}, [this](const C& c) { m_demInput->setChecked(nn::needsDem(c.network)); },
        [this](C& c) { c.network.inChannels = m_demInput->isChecked() ? 2 : 1; });

    b.bindChoice(
        m_trainPreset, [](const C& c) { return synthesis::regionPresetName(c.trainData.regionPreset); },
        [preset](C& c, const std::string& v) { c.trainData.applyPreset(preset(v, RegionPreset::Train)); });
    b.bindNumber(
        m_sampleSize, [](auto& c) -> auto& { return c.trainData.sampleSize; });
    b.bindChoice(
        m_valPreset, [](const C& c) { return synthesis::regionPresetName(c.validationPreset); },
        [preset](C& c, const std::string& v) { c.validationPreset = preset(v, RegionPreset::Validation); });
    b.bind(
        {m_dataSynthetic, m_dataFolder, m_datasetDir},
        [this](const C& c) {
            (c.datasetDir.empty() ? m_dataSynthetic : m_dataFolder)->setChecked(true);
            if (!c.datasetDir.empty())
                m_datasetDir->setText(QString::fromStdString(c.datasetDir.string()));
        },
        [this](C& c) {
            c.datasetDir =
                m_dataFolder->isChecked() ? m_datasetDir->text().trimmed().toStdString() : std::string();
        });
    b.bindNumber(m_validationSamples, &C::validationSamples);
    b.bindNumber(m_galleryCount, &C::galleryCount);
    b.bindNumber(m_cropSize, &C::cropSize);
    b.bindNumber(m_cropsPerSample, &C::cropsPerSample);
    b.bindNumber(m_dataThreads, &C::dataThreads);
    b.bindChoice(
        m_normalisation, [](const C& c) { return nn::normalisationName(c.normalisation); },
        [](C& c, const std::string& v) { c.normalisation = nn::parseNormalisation(v); });

    b.bindNumber(m_epochs, &C::epochs);
    b.bindNumber(m_stepsPerEpoch, &C::stepsPerEpoch);
    b.bindNumber(m_batch, &C::batchSize);
    b.bindNumber(m_learningRate, &C::learningRate);
    b.bind(
        {m_milestones}, [this](const C& c) { m_milestones->setText(milestonesText(c.lrMilestones)); },
        [this](C& c) { c.lrMilestones = parseMilestones(m_milestones->text()); });
    b.bindNumber(m_gamma, &C::lrGamma);
    b.bindNumber(m_patience, &C::earlyStoppingPatience);
    b.bind(
        {m_seed},
        [this](const C& c) {
            m_seed->setValue(int(std::min<std::uint64_t>(c.seed, std::numeric_limits<int>::max())));
        },
        [this](C& c) { c.seed = std::uint64_t(m_seed->value()); });

    b.bindChoice(
        m_device, [](const C& c) { return nn::deviceKindName(c.device); },
        [](C& c, const std::string& v) { c.device = nn::deviceKindFromName(v); });
    b.bindNumber(m_threads, &C::threads);
    b.bind(
        {m_mixedPrecision}, [this](const C& c) { m_mixedPrecision->setChecked(c.mixedPrecision); },
        [this](C& c) { c.mixedPrecision = m_mixedPrecision->isChecked(); });
}

nn::TrainConfig TrainingForm::config() const
{
    return m_binding.config();
}

void TrainingForm::setConfig(const nn::TrainConfig& config)
{
    m_binding.show(config);
    updateDataControls();
    updateArchitectureControls();
}

void TrainingForm::loadConfigFile(const QString& file)
{
    setConfig(nn::loadTrainConfig(file.toStdString()));
}

void TrainingForm::saveConfigFile(const QString& file) const
{
    nn::saveTrainConfig(config(), file.toStdString());
}

} // namespace insar::ui
