// Dataset tab: the synthetic-data parameters (DatasetForm), a live preview of one sample
// (DatasetPreview) and "Generate" writing a dataset in the background with progress, ETA and
// cancel (DatasetOutput). The form remembers its last values (QSettings group "datasetTab").
#pragma once

#include "jobs/job_slot.h"
#include "synthesis/synthesis_config.h"
#include "tabs/dataset_preview.h"

#include <QString>
#include <QWidget>

#include <cstdint>
#include <functional>

class QTimer;

namespace insar::ui {

class DatasetForm;
class DatasetOutput;
class JobProgressWidget;
class RasterView;

class DatasetTab : public QWidget {
    Q_OBJECT
public:
    using Panel = DatasetPreview::Panel;
    using enum DatasetPreview::Panel;
    /// Quiet time after the last edit before the preview is regenerated.
    static constexpr int kPreviewDebounceMs = 350;

    explicit DatasetTab(QWidget* parent = nullptr);
    /// Saves the form; a running generation is cancelled (the core removes its partial shard).
    ~DatasetTab() override;

    /// The synthesis parameters as the form shows them (not validated): the config last given
    /// to setConfig() with the fields shown on the form as they are now.
    synthesis::SynthesisConfig config() const;
    /// Shows `config` in the form; the fields the form does not show are kept as they are.
    void setConfig(const synthesis::SynthesisConfig& config);
    std::uint64_t datasetSeed() const;
    /// Seed of the previewed sample: the seed sample `preview index` of the dataset will get.
    std::uint64_t previewSampleSeed() const;

    RasterView* previewView(Panel panel) const;
    bool isPreviewBusy() const;
    bool isGenerating() const;
    JobProgressWidget* generationProgress() const;
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
    void schedulePreview();
    /// `text` runs again after a language change (DatasetOutput::setStatus).
    void setStatus(std::function<QString()> text, bool error = false);
    void updateButtons();

    DatasetForm* m_form = nullptr;
    DatasetPreview* m_preview = nullptr;
    DatasetOutput* m_output = nullptr;
    QTimer* m_debounce = nullptr;
    bool m_previewPending = false; // parameters changed while a preview was running
    JobSlot m_generateJob;         // shown in m_output's progress row
};

} // namespace insar::ui
