// The Denoise tab, a corrections workbench: files dropped (or a folder, or File > Open) queue and
// are read and corrected in the background with the checked methods (CNN, deramp, phase-elevation,
// GACOS, chains); the selected file's methods are compared in a table, and the selected method is
// shown in three linked panels (before | after | removed noise) with a shared colour scale, a
// read-out of all three, the reference point and a profile tool. The corrected map and the removed
// noise are saved as GeoTIFF, the panels as PNG.
#pragma once

#include "common/raster.h"
#include "jobs/job_slot.h"
#include "tabs/denoise_queue.h"
#include "widgets/text_bindings.h"

#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QMimeData;
class QPushButton;

namespace insar::ui {

class CorrectionTable;
class DenoiseMethodBox;
class DenoisePanels;
class JobProgressWidget;
class LinkedRasterViews;
class RasterView;

class DenoiseTab : public QWidget {
    Q_OBJECT
public:
    explicit DenoiseTab(QWidget* parent = nullptr);

    /// Re-registers the CNN with the device and CPU precision saved in Preferences, for the
    /// files corrected from now on (results already computed stay as they are).
    void applyInferencePreferences();

    /// Reads `path` (a file or a GDAL subdataset name) in the background and shows it, without
    /// correcting it (Correct does that); ends with fileLoaded() or errorOccurred().
    void openFile(const QString& path);
    /// Queues files (folders are expanded to the rasters in them): each is read, then corrected
    /// with the checked methods, one after another; ends with queueFinished().
    void addFiles(const QStringList& paths);
    /// Corrects the selected file with the checked methods (background; fileCorrected()).
    void correctCurrent();
    bool isLoading() const;
    /// Whether the queue reads or corrects a file.
    bool isBusy() const;

    QString currentFile() const;
    std::shared_ptr<const Raster> inputRaster() const;
    /// The selected method's result on the selected file (null when none).
    const MethodOutcome* currentMethod() const;
    RasterView* inputView() const;
    RasterView* outputView() const;
    RasterView* removedView() const;
    LinkedRasterViews* linkedViews() const;
    DenoisePanels* panels() const { return m_panels; }
    DenoiseQueue* queue() const { return m_queue; }
    DenoiseMethodBox* methodBox() const { return m_methods; }
    CorrectionTable* comparisonTable() const { return m_table; }
    JobProgressWidget* progressWidget() const { return m_progress; }
    /// Size, units, value range, CRS... of the shown raster (empty when none).
    QString summaryText() const;
    QString lastError() const { return m_lastError; }

    /// Units (and wavelength, for radians) given to files that do not say theirs, instead of
    /// asking; nullopt asks again (a dialog, or a failure when dialogs are off).
    void setUnitsOverride(std::optional<Units> units, std::optional<double> wavelengthM = std::nullopt);

    /// Writes the shown method's corrected map to `path` and, with `withRemoved`, the removed
    /// noise to "<name>.residual.tif" beside it, as GeoTIFF in the background, atomically; ends
    /// with resultSaved() or errorOccurred().
    void saveResult(const QString& path, bool withRemoved = true);
    /// Writes the three panels (and the profile when shown) as a PNG, atomically; ends with
    /// imageSaved() or errorOccurred().
    void savePanelsImage(const QString& path);
    /// A report (docs/reports.md) of the corrected results, as PDF or HTML by the extension of
    /// `path`: the selected file's methods, or with `allFiles` every file of the queue that has
    /// results; per method its std reduction, provenance and before / after / removed maps. Written
    /// atomically; an existing file is refused unless `overwrite`. Ends with reportExported() or
    /// errorOccurred().
    void exportReport(const QString& path, bool allFiles = false, bool overwrite = false);

    /// Whether failures also pop up a (non-blocking) message box; on by default.
    void setErrorDialogsEnabled(bool enabled) { m_errorDialogs = enabled; }

    /// Local file paths carried by a drag (file URLs only).
    static QStringList localPaths(const QMimeData* mime);
    /// `paths` with folders replaced by the rasters directly inside them (sorted by name).
    static QStringList expandFolders(const QStringList& paths);

signals:
    void fileLoaded(const QString& path);
    /// A file's methods ran (some may have failed: see the comparison table).
    void fileCorrected(const QString& path);
    /// The queue has nothing left to do.
    void queueFinished();
    void resultSaved(const QString& path);
    void imageSaved(const QString& path);
    void reportExported(const QString& path);
    void errorOccurred(const QString& path, const QString& message);
    /// Pixel read-out under the mouse, for the status bar (empty when outside the raster).
    void pixelHovered(const QString& text);
    /// One-line messages for the status bar ("Loading …").
    void statusMessage(const QString& text);

protected:
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    CorrectionPlan currentPlan() const;
    void showEntry(const QueueEntry* entry);
    void showMethod(int row);
    void onEntryLoaded(quint64 id);
    void onEntryFinished(quint64 id);
    void onEntryFailed(quint64 id, const QString& path, const QString& message);
    void askForUnits(quint64 id, const QString& problem);
    void askForSubdataset(const QString& path, const QStringList& names, const CorrectionPlan& plan);
    void reportFailure(const QString& title, const QString& what, const QString& message,
                       const QString& boxName, const QString& path);
    void chooseSavePath();
    void chooseImagePath();
    void chooseReportPath();
    void chooseFiles();
    void updateActions();
    QString describe(const QueueEntry& entry) const;

    DenoiseMethodBox* m_methods = nullptr;
    DenoiseQueue* m_queue = nullptr;
    DenoisePanels* m_panels = nullptr;
    CorrectionTable* m_table = nullptr;
    JobProgressWidget* m_progress = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_messages = nullptr;
    TextBindings m_texts;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_correctButton = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_reportButton = nullptr;
    QPushButton* m_imageButton = nullptr;
    JobSlot m_saveJob;
    quint64 m_shown = 0;    // entry in the panels
    int m_shownMethod = -1; // its row in the table
    QString m_lastError;
    std::optional<Units> m_unitsOverride;
    std::optional<double> m_wavelengthOverride;
    bool m_errorDialogs = true;
};

} // namespace insar::ui
