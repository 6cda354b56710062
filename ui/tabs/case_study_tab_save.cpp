// CaseStudyTab: saving what the tab shows (the velocity/σ GeoTIFFs and tables of the study, the
// selected point's table, the GNSS comparison, the maps as PNG) in background jobs that write
// every file atomically.
#include "case_study_tab.h"

#include "common/atomic_file.h"
#include "common/error.h"
#include "jobs/job.h"
#include "tabs/case_study_gnss.h"
#include "tabs/case_study_maps.h"
#include "tabs/case_study_points.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>

#include <filesystem>
#include <vector>

namespace insar::ui {

namespace {

constexpr auto kSaveDirSettingsKey = "caseStudy/saveDir";

void writeImage(const QImage& image, const std::filesystem::path& path)
{
    writeAtomically(path, [&image](const std::filesystem::path& temp) {
        if (!image.save(QString::fromStdString(temp.string()), "PNG"))
            throw Error(ErrorKind::Io, "cannot write the image " + temp.string());
    });
}

} // namespace

void CaseStudyTab::chooseSaveDir()
{
    if (!m_result)
        return;
    QSettings settings;
    const QString start = settings.value(QLatin1String(kSaveDirSettingsKey), QDir::homePath()).toString();
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Folder for the case-study results"), start);
    if (dir.isEmpty())
        return;
    settings.setValue(QLatin1String(kSaveDirSettingsKey), dir);
    bool overwrite = false;
    if (!QDir(dir).isEmpty()) {
        const auto answer =
            QMessageBox::question(this, tr("Replace files?"),
                                  tr("%1 is not empty. Replace the files of an earlier result there?")
                                      .arg(QDir::toNativeSeparators(dir)));
        if (answer != QMessageBox::Yes)
            return;
        overwrite = true;
    }
    saveResults(dir, overwrite);
}

void CaseStudyTab::saveResults(const QString& dir, bool overwrite)
{
    if (!m_result || m_saveJob.isRunning())
        return;
    const std::shared_ptr<const pipeline::StackStudyResult> result = m_result;
    const std::string pointCsv = m_points->tableCsv();
    const std::string gnssCsv = m_gnss->csv();
    const QImage image = m_maps->renderImage(); // widgets are drawn on the GUI thread only
    const std::filesystem::path out = dir.toStdString();
    setStatus(tr("Saving into %1 …").arg(QDir::toNativeSeparators(dir)));
    m_saveJob.track(startJob<bool>(
        this,
        [result, pointCsv, gnssCsv, image, out, overwrite](Progress& progress) {
            const std::filesystem::path point = out / "point.csv";
            const std::filesystem::path gnss = out / "gnss.csv";
            const std::filesystem::path png = out / "maps.png";
            // Checked before anything is written, so a refusal leaves the folder as it was.
            for (const auto& p : {point, gnss, png}) {
                if (!overwrite && std::filesystem::exists(p))
                    throw Error(ErrorKind::Io,
                                p.string() + " exists already (choose another folder or replace)");
            }
            progress.setStage("writing the maps");
            SubProgress maps(progress, 0.0, 0.9);
            maps.throwIfCancelled();
            pipeline::writeStackStudy(*result, out, overwrite);
            progress.setFraction(0.9);
            progress.setStage("writing the tables");
            if (!pointCsv.empty())
                writeFileAtomically(point, pointCsv);
            if (!gnssCsv.empty())
                writeFileAtomically(gnss, gnssCsv);
            progress.setStage("writing the image");
            if (!image.isNull())
                writeImage(image, png);
            progress.setFraction(1.0);
            return true;
        },
        [this, dir](JobOutcome<bool> outcome) {
            updateActions();
            if (outcome.succeeded()) {
                setStatus(tr("Saved into %1").arg(QDir::toNativeSeparators(dir)));
                emit resultsSaved(dir);
            } else if (outcome.failed()) {
                reportFailure(tr("Cannot save"),
                              tr("Could not save into %1.").arg(QDir::toNativeSeparators(dir)),
                              outcome.message);
            }
        }));
    updateActions();
}

void CaseStudyTab::chooseImagePath()
{
    if (!m_result)
        return;
    QSettings settings;
    const QString start = settings.value(QLatin1String(kSaveDirSettingsKey), QDir::homePath()).toString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the maps"),
                                                      QDir(start).filePath(QStringLiteral("case_study.png")),
                                                      tr("PNG image (*.png)"));
    if (!path.isEmpty())
        saveImage(path);
}

void CaseStudyTab::saveImage(const QString& path)
{
    if (!m_result)
        return;
    const QImage image = m_maps->renderImage();
    const std::filesystem::path out = path.toStdString();
    startJob<bool>(
        this,
        [image, out](Progress& progress) {
            progress.setStage("writing the image");
            writeImage(image, out);
            return true;
        },
        [this, path](JobOutcome<bool> outcome) {
            if (outcome.succeeded()) {
                setStatus(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
                emit imageSaved(path);
            } else if (outcome.failed()) {
                reportFailure(tr("Cannot save"), tr("Could not write %1.").arg(QFileInfo(path).fileName()),
                              outcome.message);
            }
        });
}

} // namespace insar::ui
