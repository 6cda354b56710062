// CaseStudyTab: saving what the tab shows (the velocity/σ GeoTIFFs and tables of the study, the
// selected point's table, the GNSS comparison, the maps as PNG) in background jobs that write
// every file atomically.
#include "case_study_tab.h"

#include "common/atomic_file.h"
#include "common/error.h"
#include "jobs/job.h"
#include "report/report_collect.h"
#include "tabs/case_study_gnss.h"
#include "tabs/case_study_maps.h"
#include "tabs/case_study_points.h"
#include "tabs/report_export.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QTemporaryDir>

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
    setStatus([dir] { return tr("Saving into %1 …").arg(QDir::toNativeSeparators(dir)); });
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
                setStatus([dir] { return tr("Saved into %1").arg(QDir::toNativeSeparators(dir)); });
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
                setStatus([path] { return tr("Saved %1").arg(QDir::toNativeSeparators(path)); });
                emit imageSaved(path);
            } else if (outcome.failed()) {
                reportFailure(tr("Cannot save"), tr("Could not write %1.").arg(QFileInfo(path).fileName()),
                              outcome.message);
            }
        });
}

void CaseStudyTab::chooseReportPath()
{
    if (!m_result)
        return;
    QSettings settings;
    const QString start = settings.value(QLatin1String(kSaveDirSettingsKey), QDir::homePath()).toString();
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export a report"), QDir(start).filePath(QStringLiteral("case_study_report.pdf")),
        tr("PDF document (*.pdf);;HTML page (*.html)"), &filter);
    if (path.isEmpty())
        return;
    // The file dialog has already asked whether to replace an existing file.
    exportReport(path, true);
}

void CaseStudyTab::exportReport(const QString& path, bool overwrite)
{
    if (!m_result || m_saveJob.isRunning())
        return;
    const std::filesystem::path out = path.toStdString();
    if (!overwrite && std::filesystem::exists(out)) {
        reportFailure(tr("Cannot export the report"),
                      tr("Could not write %1.").arg(QDir::toNativeSeparators(path)),
                      tr("the file exists already"));
        return;
    }
    // The report is collected from the files the study writes (the same path as `report` over a
    // `velocity` folder), in a scratch folder removed afterwards; figures are drawn on this thread.
    auto scratch = std::make_shared<QTemporaryDir>();
    if (!scratch->isValid()) {
        reportFailure(tr("Cannot export the report"), tr("No temporary folder for the report."), QString());
        return;
    }
    const std::shared_ptr<const pipeline::StackStudyResult> result = m_result;
    const std::string gnssCsv = m_gnss->csv();
    const std::filesystem::path dir = scratch->path().toStdString();
    std::string title = "InSAR Denoiser case study";
    if (m_scenario)
        title += " (synthetic scenario)";
    setStatus([] { return tr("Preparing the report …"); });
    m_saveJob.track(startJob<report::Report>(
        this,
        [result, gnssCsv, dir, title](Progress& progress) {
            progress.setStage("writing the results");
            pipeline::writeStackStudy(*result, dir, false);
            if (!gnssCsv.empty())
                writeFileAtomically(dir / "gnss.csv", gnssCsv);
            progress.setStage("collecting the report");
            report::CollectOptions options;
            options.title = title;
            options.softwareVersion = std::string("insar-denoiser ") + INSAR_VERSION;
            return report::collectReport({dir}, options);
        },
        [this, scratch, path, out](JobOutcome<report::Report> outcome) {
            updateActions();
            const auto fail = [this, path](const QString& why) {
                reportFailure(tr("Cannot export the report"),
                              tr("Could not write %1.").arg(QDir::toNativeSeparators(path)), why);
            };
            if (!writeCollectedReport(outcome, out, fail))
                return;
            setStatus([path] { return tr("Report written to %1").arg(QDir::toNativeSeparators(path)); });
            emit reportExported(path);
        }));
    updateActions();
}

} // namespace insar::ui
