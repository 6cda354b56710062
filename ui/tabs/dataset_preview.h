// The preview of the Dataset tab: one synthetic sample generated in the background and shown as
// six panels, x + w·e = y on the first row and b + c + d = e on the second (one colour scale per
// row), with the sample's parameters and ground truth as text. DEM tiles read for a preview are
// kept for the next one and for the dataset generation.
#pragma once

#include "common/progress.h"
#include "jobs/job_slot.h"
#include "synthesis/synthesis_config.h"
#include "widgets/text_bindings.h"

#include <QGroupBox>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <memory>

class QPlainTextEdit;

namespace insar::synthesis {
class DemSource;
struct Sample;
} // namespace insar::synthesis

namespace insar::ui {

class LinkedRasterViews;
class RasterView;

/// Reads DEM tiles (any raster GDAL opens, in lon/lat) into a DemSource for the sample generator.
std::shared_ptr<const synthesis::DemSource> loadDemTiles(const QStringList& files, Progress& progress);

/// What to preview: the config, which sample of which dataset, and the DEM files (empty: the
/// built-in fractal DEM).
struct PreviewRequest {
    synthesis::SynthesisConfig config;
    std::uint64_t datasetSeed = 0;
    int sampleIndex = 0;
    QStringList demFiles;
};

class DatasetPreview : public QGroupBox {
    Q_OBJECT
public:
    /// The six panels, in the order of the method's figure (a)-(f).
    enum Panel { Reference, Turbulent, Stratified, Ramp, Residual, Input, PanelCount };

    explicit DatasetPreview(QWidget* parent = nullptr);

    /// Generates the requested sample in the background; call only while !isRunning().
    void start(const PreviewRequest& request);
    bool isRunning() const;

    RasterView* view(Panel panel) const { return m_views[panel]; }
    QString infoText() const;
    /// The DEM read for the last preview when it was read from exactly `files`, else nullptr.
    std::shared_ptr<const synthesis::DemSource> cachedDem(const QStringList& files) const;

signals:
    /// A sample is on screen.
    void shown();
    /// A preview job failed with `message`.
    void failed(const QString& message);
    /// The preview job ended (after shown() or failed(), or cancelled).
    void finished();

protected:
    void changeEvent(QEvent* event) override;

private:
    void display(const PreviewRequest& request, const synthesis::Sample& sample);

    RasterView* m_views[PanelCount] = {};
    LinkedRasterViews* m_linked = nullptr;
    QPlainTextEdit* m_info = nullptr;
    JobSlot m_job;
    TextBindings m_texts;
    std::function<QString()> m_infoText; // the shown sample's parameters, in the current language

    QStringList m_cachedDemFiles;
    std::shared_ptr<const synthesis::DemSource> m_cachedDem;
};

} // namespace insar::ui
