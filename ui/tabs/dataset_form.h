// The parameter form of the Dataset tab, bound to synthesis::SynthesisConfig (FormBinding): region, samples,
// deformation sources, noise, sensor geometry and DEM. setConfig() keeps the whole config and
// config() overwrites only the fields the form shows and the user changed, so a loaded config
// keeps its hidden fields and its exact values.
#pragma once

#include "synthesis/synthesis_config.h"
#include "widgets/form_binding.h"
#include "widgets/text_bindings.h"

#include <QString>
#include <QStringList>
#include <QWidget>

#include <cstdint>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace insar::ui {

class DatasetDemBox;

class DatasetForm : public QWidget {
    Q_OBJECT
public:
    explicit DatasetForm(QWidget* parent = nullptr);

    /// The config last given to setConfig() (defaults at first) with the shown fields the user
    /// changed since. Not validated.
    synthesis::SynthesisConfig config() const;
    /// Shows `config` and keeps it as the base of config().
    void setConfig(const synthesis::SynthesisConfig& config);

    int sampleCount() const;
    std::uint64_t datasetSeed() const;
    int previewIndex() const;
    /// Seed of the previewed sample: the seed sample `previewIndex()` of the dataset will get.
    std::uint64_t previewSampleSeed() const;
    /// Whether the stratified delay uses DEM files rather than the built-in fractal DEM.
    bool usesDemFiles() const;
    QStringList demFiles() const;

    /// Restores the values saved under `group` in QSettings (without emitting parametersChanged).
    void restoreSettings(const QString& group);
    void saveSettings(const QString& group) const;

signals:
    /// A value that changes the previewed sample was edited (not the sample count).
    void parametersChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    /// A spin box showing `field(config) * scale`; `field` takes a const or non-const config and
    /// returns a reference to the field.
    template <typename Field>
    QDoubleSpinBox* addDouble(const char* name, double lo, double hi, int decimals, double step,
                              const QString& suffix, double scale, Field field);
    /// Two spin boxes "min – max" on one row, bound to the synthesis::Range `range(config)`.
    template <typename Field>
    QWidget* addRange(const char* minName, const char* maxName, double lo, double hi, int decimals,
                      double step, const QString& suffix, double scale, Field range);
    QSpinBox* addInt(const char* name, int lo, int hi, const QString& suffix,
                     int synthesis::SynthesisConfig::*field);

    QWidget* buildRegion();
    QWidget* buildSamples();
    QWidget* buildSources();
    QWidget* buildNoise();
    QWidget* buildGeometry();
    QWidget* buildDem();
    void connectEdits();
    void onPresetChanged();
    void onSensorChanged();
    void updateRegionControls();

    FormBinding<synthesis::SynthesisConfig> m_binding;
    bool m_restoring = false; // showing a config or restored values: no side effects, no signal

    QComboBox* m_preset = nullptr;
    QDoubleSpinBox* m_lonMin = nullptr;
    QDoubleSpinBox* m_lonMax = nullptr;
    QDoubleSpinBox* m_latMin = nullptr;
    QDoubleSpinBox* m_latMax = nullptr;
    QSpinBox* m_count = nullptr;
    QSpinBox* m_seed = nullptr;
    QSpinBox* m_previewIndex = nullptr;
    QComboBox* m_sensor = nullptr;
    QDoubleSpinBox* m_wavelengthCm = nullptr;
    DatasetDemBox* m_dem = nullptr;
    QList<QDoubleSpinBox*> m_fractalDemSpins;
    TextBindings m_texts;
};

} // namespace insar::ui
