// DenoiseTab: saving the shown method's corrected map and removed noise (GeoTIFF) and the
// panels (PNG), each in a background job writing atomically.
#include "denoise_tab.h"

#include "io/raster_writer.h"
#include "jobs/job.h"
#include "report/report_collect.h"
#include "tabs/denoise_panels.h"
#include "tabs/report_export.h"
#include "widgets/raster_view.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QTemporaryDir>

#include <set>

namespace insar::ui {
namespace {
constexpr auto kSaveDirSettingsKey = "denoise/saveDir";

/// "ifg" + "deramp:bilinear" -> "ifg.deramp_bilinear": a file name part safe on every system.
std::string outputStem(const QString& inputPath, const std::string& spec)
{
    const QString method = QString::fromStdString(spec).replace(
        QRegularExpression(QStringLiteral("[^A-Za-z0-9_+-]")), QStringLiteral("_"));
    return (QFileInfo(inputPath).completeBaseName() + QLatin1Char('.') + method).toStdString();
}

struct ReportItem {
    std::string stem;
    std::shared_ptr<const corrections::CorrectionResult> result;
};
} // namespace

void DenoiseTab::chooseSavePath()
{
    const QueueEntry* e = m_queue->entry(m_shown);
    const MethodOutcome* m = currentMethod();
    if (!e || !m || !m->result)
        return;
    QSettings settings;
    const QString dir =
        settings.value(QLatin1String(kSaveDirSettingsKey), QFileInfo(e->path).absolutePath()).toString();
    QString method = QString::fromStdString(m->spec).replace(
        QRegularExpression(QStringLiteral("[^A-Za-z0-9_+-]")), QStringLiteral("_"));
    const QString suggested =
        QDir(dir).filePath(QFileInfo(e->path).completeBaseName() + QStringLiteral(".%1.tif").arg(method));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the corrected map"), suggested,
                                                      tr("GeoTIFF (*.tif *.tiff)"));
    if (path.isEmpty())
        return;
    settings.setValue(QLatin1String(kSaveDirSettingsKey), QFileInfo(path).absolutePath());
    saveResult(path, true);
}

void DenoiseTab::saveResult(const QString& path, bool withRemoved)
{
    const MethodOutcome* m = currentMethod();
    if (!m || !m->result || m_saveJob.isRunning())
        return;
    const std::shared_ptr<const corrections::CorrectionResult> result = m->result;
    const std::filesystem::path out = path.toStdString();
    m_saveJob.track(startJob<bool>(
        this,
        [result, out, withRemoved](Progress& progress) {
            progress.setStage("writing the corrected map");
            SubProgress first(progress, 0.0, withRemoved ? 0.5 : 1.0);
            io::writeGeoTiff(result->corrected, out, {}, first);
            if (withRemoved) {
                std::filesystem::path removed = out;
                removed.replace_filename(out.stem().string() + ".residual.tif");
                progress.setStage("writing the removed noise");
                SubProgress second(progress, 0.5, 1.0);
                io::writeGeoTiff(result->removed, removed, {}, second);
            }
            return true;
        },
        [this, path](JobOutcome<bool> outcome) {
            updateActions();
            if (outcome.cancelled())
                return;
            if (outcome.failed()) {
                reportFailure(tr("Cannot save"), tr("Could not write %1.").arg(QFileInfo(path).fileName()),
                              outcome.message, QStringLiteral("denoiseErrorBox"), path);
                return;
            }
            emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
            emit resultSaved(path);
        }));
    updateActions();
}

void DenoiseTab::chooseImagePath()
{
    const QueueEntry* e = m_queue->entry(m_shown);
    if (!e)
        return;
    const QString dir =
        QSettings().value(QLatin1String(kSaveDirSettingsKey), QFileInfo(e->path).absolutePath()).toString();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the panels"),
        QDir(dir).filePath(QFileInfo(e->path).completeBaseName() + QStringLiteral(".png")),
        tr("PNG image (*.png)"));
    if (!path.isEmpty())
        savePanelsImage(path);
}

void DenoiseTab::savePanelsImage(const QString& path)
{
    if (!m_panels->beforeView()->hasRaster())
        return;
    const QImage image = m_panels->renderImage(); // widgets are drawn on the GUI thread only
    startJob<bool>(
        this,
        [image, path](Progress& progress) {
            progress.setStage("writing the image");
            QSaveFile file(path); // atomic: a temporary file renamed on commit()
            if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
                throw Error(ErrorKind::Io,
                            "cannot write " + path.toStdString() + ": " + file.errorString().toStdString());
            return true;
        },
        [this, path](JobOutcome<bool> outcome) {
            if (outcome.failed()) {
                reportFailure(tr("Cannot save"), tr("Could not write %1.").arg(QFileInfo(path).fileName()),
                              outcome.message, QStringLiteral("denoiseErrorBox"), path);
                return;
            }
            if (outcome.succeeded()) {
                emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
                emit imageSaved(path);
            }
        });
}

void DenoiseTab::chooseReportPath()
{
    const QueueEntry* e = m_queue->entry(m_shown);
    if (!e)
        return;
    int withResults = 0;
    for (const QueueEntry& entry : m_queue->entries())
        for (const MethodOutcome& m : entry.results)
            if (m.result) {
                ++withResults;
                break;
            }
    bool allFiles = false;
    if (withResults > 1) {
        const auto answer =
            QMessageBox::question(this, tr("Export a report"),
                                  tr("Include every file of the queue (%1 files with results)? No: only %2.")
                                      .arg(withResults)
                                      .arg(QFileInfo(e->path).fileName()),
                                  QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::No);
        if (answer == QMessageBox::Cancel)
            return;
        allFiles = answer == QMessageBox::Yes;
    }
    const QString dir =
        QSettings().value(QLatin1String(kSaveDirSettingsKey), QFileInfo(e->path).absolutePath()).toString();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export a report"),
        QDir(dir).filePath(QFileInfo(e->path).completeBaseName() + QStringLiteral("_report.pdf")),
        tr("PDF document (*.pdf);;HTML page (*.html)"));
    if (!path.isEmpty())
        exportReport(path, allFiles, true); // the file dialog asked about replacing
}

void DenoiseTab::exportReport(const QString& path, bool allFiles, bool overwrite)
{
    if (m_saveJob.isRunning())
        return;
    const std::filesystem::path out = path.toStdString();
    auto fail = [this, path](const QString& why) {
        reportFailure(tr("Cannot export the report"),
                      tr("Could not write %1.").arg(QFileInfo(path).fileName()), why,
                      QStringLiteral("denoiseErrorBox"), path);
    };
    if (!overwrite && std::filesystem::exists(out)) {
        fail(tr("the file exists already"));
        return;
    }
    // Every method's result of the chosen files, under unique names.
    std::vector<ReportItem> items;
    std::set<std::string> stems;
    for (const QueueEntry& entry : m_queue->entries()) {
        if (!allFiles && entry.id != m_shown)
            continue;
        for (const MethodOutcome& m : entry.results) {
            if (!m.result)
                continue;
            std::string stem = outputStem(entry.path, m.spec);
            for (int n = 2; !stems.insert(stem).second; ++n)
                stem = outputStem(entry.path, m.spec) + "_" + std::to_string(n);
            items.push_back({stem, m.result});
        }
    }
    if (items.empty()) {
        fail(tr("no file has a corrected result yet"));
        return;
    }
    // The report is collected from the files `denoise --residual` would write, in a scratch folder
    // removed afterwards (the same path as `report` over denoise outputs); figures are drawn on this
    // thread.
    auto scratch = std::make_shared<QTemporaryDir>();
    if (!scratch->isValid()) {
        fail(tr("No temporary folder for the report."));
        return;
    }
    const std::filesystem::path dir = scratch->path().toStdString();
    emit statusMessage(tr("Preparing the report …"));
    m_saveJob.track(startJob<report::Report>(
        this,
        [items, dir](Progress& progress) {
            for (std::size_t i = 0; i < items.size(); ++i) {
                progress.throwIfCancelled();
                progress.setStage("writing " + items[i].stem);
                io::writeGeoTiff(items[i].result->corrected, dir / (items[i].stem + ".tif"));
                io::writeGeoTiff(items[i].result->removed, dir / (items[i].stem + ".residual.tif"));
                progress.setFraction(0.8 * double(i + 1) / double(items.size()));
            }
            progress.setStage("collecting the report");
            report::CollectOptions options;
            options.title = "InSAR Denoiser corrections";
            options.softwareVersion = std::string("insar-denoiser ") + INSAR_VERSION;
            return report::collectReport({dir}, options);
        },
        [this, scratch, path, out, fail](JobOutcome<report::Report> outcome) {
            updateActions();
            if (!writeCollectedReport(outcome, out, fail))
                return;
            emit statusMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(path)));
            emit reportExported(path);
        }));
    updateActions();
}

} // namespace insar::ui
