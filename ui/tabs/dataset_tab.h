// Dataset tab (issue 3): the synthetic-data parameters, a live preview of one sample laid out like
// the poster's figure (a)-(f), and "Generate" writing a dataset in the background with progress,
// ETA and cancel. The form remembers its last values (QSettings group "datasetTab").
#pragma once

#include "synthesis/sample_generator.h"
#include "jobs/job.h"

#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTimer;

namespace insar::synthesis {
class DemSource;
}

namespace insar::ui {

class JobProgressWidget;
class LinkedRasterViews;
class RasterView;

class DatasetTab : public QWidget {
    Q_OBJECT
public:
    /// The six preview panels, in the poster's order.
    enum Panel { Reference, Turbulent, Stratified, Ramp, Residual, Input, PanelCount };
    /// Quiet time after the last edit before the preview is regenerated.
    static constexpr int kPreviewDebounceMs = 350;

    explicit DatasetTab(QWidget* parent = nullptr);
    /// Saves the form; a running generation is cancelled (the core removes its partial shard).
    ~DatasetTab() override;

    /// The synthesis parameters as the form shows them (not validated).
    synthesis::SynthesisConfig config() const;
    std::uint64_t datasetSeed() const;
    /// Seed of the previewed sample: the seed sample `preview index` of the dataset will get.
    std::uint64_t previewSampleSeed() const;

    RasterView* previewView(Panel panel) const { return m_views[panel]; }
    bool isPreviewBusy() const;
    bool isGenerating() const;
    JobProgressWidget* generationProgress() const { return m_jobProgress; }
    /// The last message of the preview or of a generation ("Wrote 4 samples to ...").
    QString statusText() const;
    QString previewInfoText() const;

    /// Saves the form to QSettings now (also done on destruction and before generating).
    void saveSettings() const;

public slots:
    /// Regenerates the preview now (skipping the debounce).
    void refreshPreview();
    /// Starts writing the dataset to the output folder; no-op while one is running.
    void generate();
    void cancelGeneration();

signals:
    /// A new preview sample is on screen (or its error is shown in the status text).
    void previewUpdated();
    void generationFinished(insar::ui::JobStatus status, const QString& message);

private:
    QWidget* buildForm();
    QWidget* buildPreview();
    QWidget* buildOutput();
    void connectEdits();
    void schedulePreview();
    void onPresetChanged();
    void onSensorChanged();
    void updateDemControls();
    void addDemFiles();
    void removeDemFiles();
    void browseOutput();
    QStringList demFiles() const;
    void showPreview(const synthesis::Sample& sample);
    void setStatus(const QString& text, bool error = false);
    void updateButtons();

    // Region
    QComboBox* m_preset = nullptr;
    QDoubleSpinBox* m_lonMin = nullptr;
    QDoubleSpinBox* m_lonMax = nullptr;
    QDoubleSpinBox* m_latMin = nullptr;
    QDoubleSpinBox* m_latMax = nullptr;
    // Samples
    QSpinBox* m_count = nullptr;
    QSpinBox* m_seed = nullptr;
    QSpinBox* m_previewIndex = nullptr;
    QSpinBox* m_sampleSize = nullptr;
    QDoubleSpinBox* m_spacingArcsec = nullptr;
    // Deformation sources
    QSpinBox* m_minSources = nullptr;
    QSpinBox* m_maxSources = nullptr;
    QDoubleSpinBox* m_okadaFraction = nullptr;
    QDoubleSpinBox* m_mwMin = nullptr;
    QDoubleSpinBox* m_mwMax = nullptr;
    // Noise
    QDoubleSpinBox* m_turbMinMm = nullptr;
    QDoubleSpinBox* m_turbMaxMm = nullptr;
    QDoubleSpinBox* m_stratMin = nullptr;
    QDoubleSpinBox* m_stratMax = nullptr;
    QDoubleSpinBox* m_pressureHpa = nullptr;
    QDoubleSpinBox* m_temperatureK = nullptr;
    QDoubleSpinBox* m_humidityPct = nullptr;
    QDoubleSpinBox* m_intervalMinDays = nullptr;
    QDoubleSpinBox* m_intervalMaxDays = nullptr;
    QDoubleSpinBox* m_rampMinMm = nullptr;
    QDoubleSpinBox* m_rampMaxMm = nullptr;
    QDoubleSpinBox* m_weightMin = nullptr;
    QDoubleSpinBox* m_weightMax = nullptr;
    // Sensor and geometry
    QComboBox* m_sensor = nullptr;
    QDoubleSpinBox* m_wavelengthCm = nullptr;
    QDoubleSpinBox* m_incidenceMin = nullptr;
    QDoubleSpinBox* m_incidenceMax = nullptr;
    QDoubleSpinBox* m_headingMin = nullptr;
    QDoubleSpinBox* m_headingMax = nullptr;
    QDoubleSpinBox* m_descendingFraction = nullptr;
    // DEM
    QRadioButton* m_demFractal = nullptr;
    QRadioButton* m_demFilesMode = nullptr;
    QListWidget* m_demList = nullptr;
    QPushButton* m_demAdd = nullptr;
    QPushButton* m_demRemove = nullptr;
    QDoubleSpinBox* m_baseHeightMin = nullptr;
    QDoubleSpinBox* m_baseHeightMax = nullptr;
    QDoubleSpinBox* m_reliefMin = nullptr;
    QDoubleSpinBox* m_reliefMax = nullptr;
    // Output
    QLineEdit* m_outDir = nullptr;
    QComboBox* m_format = nullptr;
    QCheckBox* m_components = nullptr;
    QSpinBox* m_samplesPerShard = nullptr;
    QSpinBox* m_threads = nullptr;
    QPushButton* m_generate = nullptr;
    JobProgressWidget* m_jobProgress = nullptr;
    QLabel* m_status = nullptr;

    // Preview
    RasterView* m_views[PanelCount] = {};
    LinkedRasterViews* m_linked = nullptr;
    QPlainTextEdit* m_info = nullptr;
    QTimer* m_debounce = nullptr;
    QPointer<JobBase> m_previewJob;
    bool m_previewPending = false;

    QPointer<JobBase> m_generateJob;
    bool m_restoring = false;

    // DEM tiles read for the last preview, reused while the file list is unchanged.
    QStringList m_cachedDemFiles;
    std::shared_ptr<const synthesis::DemSource> m_cachedDem;
};

} // namespace insar::ui
