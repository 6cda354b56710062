// The Case-study tab: a stack of interferograms (or a displacement time series) through every
// chosen correction to velocity ± σ, side by side, in a background job. Inputs come from files or
// from a bundled synthetic scenario with known truth (Ontake-like volcano, L'Aquila-like
// earthquake); the result shows velocity and σ maps per method with linked zoom, a clicked pixel's
// time series per method with the fitted model and ±σ band and its velocity ± σ table, and a GNSS
// comparison (residual table, misfit statistics, scatter plot). Everything shown can be saved.
// docs/case_studies.md.
#pragma once

#include "common/raster.h"
#include "gnss/gnss_stations.h"
#include "io/stack_reader.h"
#include "jobs/job_slot.h"
#include "pipeline/stack_study.h"
#include "tabs/case_study_inputs.h"
#include "widgets/text_bindings.h"

#include <QString>
#include <QStringList>
#include <QWidget>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

class QAbstractItemModel;
class QLabel;
class QPushButton;
class QTabWidget;
class QTemporaryDir;

namespace insar::ui {

class CaseStudyGnss;
class CaseStudyMaps;
class CaseStudyPoints;
class JobProgressWidget;
class TimeSeriesPlot;

/// A bundled scenario as opened by the tab: where its files are and what is known about it.
struct OpenedScenario {
    QString name;        // "ontake" | "laquila"
    QString description; // "Synthetic ..."
    QString folder;
    Raster truth;       // velocity (mm/yr) or coseismic LOS displacement (mm)
    QString truthUnits; // "mm/yr" | "mm"
    double pointLon = 0.0;
    double pointLat = 0.0;
    double truthAtPoint = 0.0;
    QString referenceStation;
};

class CaseStudyTab : public QWidget {
    Q_OBJECT
public:
    explicit CaseStudyTab(QWidget* parent = nullptr);
    ~CaseStudyTab() override;

    /// Reads the stack in the background (io/stack_reader.h); ends with stackLoaded() or errorOccurred().
    void loadStack(StackSource source, const QStringList& paths);
    /// Generates the scenario (`size` px, `seed`) into `folder` (empty: a temporary folder), then
    /// reads its files as a user's stack and fills the DEM, GACOS folder and stations from them;
    /// ends with stackLoaded() or errorOccurred().
    void openScenario(const QString& name, int size, std::uint64_t seed, const QString& folder = {});
    void setMethods(const QStringList& methods);
    QStringList methods() const;
    /// Runs every checked method over the loaded stack (background, with progress and Cancel);
    /// ends with finished(ok).
    void run();
    /// Cancels the running job, if any.
    void cancel();
    bool isBusy() const;

    /// Shows the time series and the velocity ± σ table of every method at a pixel.
    void selectPixel(int row, int col);
    /// Reads a stations CSV (projected to LOS with the stack's geometry when given as ENU) and
    /// compares them; false (and errorOccurred) when it cannot be read.
    bool loadStations(const QString& path);
    void setReferenceStation(const QString& name);

    /// Writes, into `dir`: the velocity/σ GeoTIFFs and tables of pipeline::writeStackStudy, the
    /// selected point's table (point.csv), the GNSS comparison (gnss.csv) and the maps (maps.png),
    /// in the background; an existing file is refused unless `overwrite`. Ends with resultsSaved()
    /// or errorOccurred().
    void saveResults(const QString& dir, bool overwrite = false);
    /// Writes the maps as shown as a PNG (atomically); ends with imageSaved() or errorOccurred().
    void saveImage(const QString& path);
    /// A report of the shown result (docs/reports.md): its tables, velocity and σ maps and GNSS
    /// comparison, as PDF or HTML by the extension of `path`, written atomically; an existing file is
    /// refused unless `overwrite`. Ends with reportExported() or errorOccurred().
    void exportReport(const QString& path, bool overwrite = false);

    std::shared_ptr<const io::Stack> stack() const { return m_stack; }
    std::shared_ptr<const pipeline::StackStudyResult> result() const { return m_result; }
    const std::optional<OpenedScenario>& scenario() const { return m_scenario; }
    QStringList resultLabels() const { return m_labels; }

    QAbstractItemModel* pointTable() const;
    TimeSeriesPlot* timeSeriesPlot() const;
    QAbstractItemModel* gnssTable() const;
    QAbstractItemModel* gnssSummary() const;
    CaseStudyInputs* inputs() const { return m_inputs; }
    CaseStudyMaps* maps() const { return m_maps; }
    CaseStudyPoints* points() const { return m_points; }
    CaseStudyGnss* gnss() const { return m_gnss; }
    JobProgressWidget* progressWidget() const { return m_progress; }
    QString statusText() const;
    QString lastError() const { return m_lastError; }

    /// Whether failures also pop up a (non-blocking) message box; on by default.
    void setErrorDialogsEnabled(bool enabled) { m_errorDialogs = enabled; }

signals:
    void stackLoaded(const QString& summary);
    /// The run ended: ok = a result is shown; false on failure or cancel.
    void finished(bool ok);
    void resultsSaved(const QString& dir);
    void imageSaved(const QString& path);
    void reportExported(const QString& path);
    void errorOccurred(const QString& message);
    void pixelHovered(const QString& text);
    void statusMessage(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void onStackRead(std::shared_ptr<const io::Stack> stack, std::optional<OpenedScenario> scenario);
    void showResult(std::shared_ptr<const pipeline::StackStudyResult> result);
    void selectDefaultPixel();
    void chooseStations();
    void chooseSaveDir();
    void chooseImagePath();
    void chooseReportPath();
    /// Shows `text()`; a language change runs it again (texts composed from state).
    void setStatus(std::function<QString()> text, bool error = false);
    QString resultStatus() const;
    void reportFailure(const QString& title, const QString& what, const QString& message);
    void updateActions();
    static QString describeStack(const io::Stack& stack);

    CaseStudyInputs* m_inputs = nullptr;
    CaseStudyMaps* m_maps = nullptr;
    CaseStudyPoints* m_points = nullptr;
    CaseStudyGnss* m_gnss = nullptr;
    QTabWidget* m_views = nullptr;
    JobProgressWidget* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_stackLabel = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_stations = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_image = nullptr;
    QPushButton* m_report = nullptr;
    JobSlot m_job;     // load, scenario or run: one at a time
    JobSlot m_saveJob; // saving, beside a new run's inputs
    std::shared_ptr<const io::Stack> m_stack;
    std::optional<OpenedScenario> m_scenario;
    std::shared_ptr<QTemporaryDir> m_scenarioDir; // the scenario's files when no folder was chosen
    std::shared_ptr<const pipeline::StackStudyResult> m_result;
    timeseries::VelocityOptions m_resultOptions; // what the shown result was fitted with
    QStringList m_labels;
    QString m_lastError;
    bool m_errorDialogs = true;
    std::function<QString()> m_statusText;
    std::function<QString()> m_stackText; // "No stack loaded." or the stack's summary
    TextBindings m_texts;
};

} // namespace insar::ui
