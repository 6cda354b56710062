// DenoiseTab: saving the shown method's corrected map and removed noise (GeoTIFF) and the
// panels (PNG), each in a background job writing atomically.
#include "denoise_tab.h"

#include "io/raster_writer.h"
#include "jobs/job.h"
#include "tabs/denoise_panels.h"
#include "widgets/raster_view.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>

namespace insar::ui {
namespace {
constexpr auto kSaveDirSettingsKey = "denoise/saveDir";
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

} // namespace insar::ui
