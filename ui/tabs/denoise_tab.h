// The Denoise tab: opens an interferogram (File > Open or drag-and-drop, both through openFile())
// in a background job, denoises it with a trained model (the shipped one by default) in another
// background job, and shows input and result side by side on one colour scale; the result (and
// the removed atmosphere) can be saved as GeoTIFF.
#pragma once

#include "common/raster.h"
#include "jobs/job_slot.h"
#include "widgets/linked_raster_views.h"
#include "widgets/raster_view.h"

#include <QStringList>
#include <QWidget>

#include <memory>

class QLabel;
class QMimeData;
class QPushButton;
class QSplitter;

namespace insar::ui {

class JobProgressWidget;

class DenoiseTab : public QWidget {
    Q_OBJECT
public:
    explicit DenoiseTab(QWidget* parent = nullptr);

    /// Reads `path` (a file or a GDAL subdataset name) in the background and shows it; a load
    /// still running is cancelled. Ends with fileLoaded() or errorOccurred().
    void openFile(const QString& path);
    bool isLoading() const;

    QString currentFile() const { return m_currentFile; }
    std::shared_ptr<const Raster> inputRaster() const;
    RasterView* inputView() const { return m_inputView; }
    RasterView* outputView() const { return m_outputView; }
    LinkedRasterViews* linkedViews() const { return m_linked; }
    JobProgressWidget* progressWidget() const { return m_progress; }
    /// Size, units, value range, CRS... of the open raster (empty when none).
    QString summaryText() const;
    QString lastError() const { return m_lastError; }

    /// Model used by denoise(): the shipped pretrained model unless another was chosen (remembered
    /// in QSettings). Empty when none is installed.
    QString modelPath() const { return m_modelPath; }
    void setModelPath(const QString& path);
    /// Denoises the open raster in the background (progress and Cancel in the progress bar); ends
    /// with denoised() or errorOccurred(). Does nothing without an input or a model.
    void denoise();
    bool isDenoising() const;
    std::shared_ptr<const Raster> outputRaster() const;
    /// Writes the denoised map (and, with `withResidual`, "<name>.residual.tif" holding input −
    /// denoised) as GeoTIFF in the background, atomically; ends with resultSaved() or errorOccurred().
    void saveResult(const QString& path, bool withResidual = false);
    /// Standard-deviation read-out of input and result (empty before a result).
    QString resultSummary() const;

    /// Whether failures also pop up a (non-blocking) message box; on by default.
    void setErrorDialogsEnabled(bool enabled) { m_errorDialogs = enabled; }

    /// Local file paths carried by a drag (file URLs only).
    static QStringList localPaths(const QMimeData* mime);

signals:
    void fileLoaded(const QString& path);
    void denoised();
    void resultSaved(const QString& path);
    void errorOccurred(const QString& path, const QString& message);
    /// Pixel read-out under the mouse, for the status bar (empty when outside the raster).
    void pixelHovered(const QString& text);
    /// One-line messages for the status bar ("Loading …").
    void statusMessage(const QString& text);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    struct LoadResult;
    void showLoaded(const QString& path, std::shared_ptr<const Raster> raster, const QString& driver);
    void showError(const QString& path, const QString& message);
    void askForSubdataset(const QString& path, const QStringList& names);
    void showDenoised(std::shared_ptr<const Raster> result);
    void reportFailure(const QString& title, const QString& what, const QString& message);
    void chooseModel();
    void chooseSavePath();
    void updateActions();

    RasterView* m_inputView = nullptr;
    RasterView* m_outputView = nullptr;
    LinkedRasterViews* m_linked = nullptr;
    JobProgressWidget* m_progress = nullptr;
    QLabel* m_summary = nullptr;
    QString m_currentFile;
    QString m_lastError;
    // The running jobs, all shown in m_progress.
    JobSlot m_loadJob;
    JobSlot m_denoiseJob;
    JobSlot m_saveJob;
    QSplitter* m_splitter = nullptr;
    QLabel* m_modelLabel = nullptr;
    QLabel* m_resultLabel = nullptr;
    QPushButton* m_chooseModel = nullptr;
    QPushButton* m_denoiseButton = nullptr;
    QPushButton* m_saveButton = nullptr;
    QString m_modelPath;
    quint64 m_loadGeneration = 0;
    bool m_errorDialogs = true;
};

} // namespace insar::ui
