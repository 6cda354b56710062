// TrainingTab: Export report… The run folder (config.json, history.csv, model files) is collected
// by report::collectReport in a background job, as `report` does over a `train` folder, with the
// validation gallery the tab shows added as map figures; the PDF or HTML is drawn and written
// (atomically) on the GUI thread, where widgets may be drawn (docs/reports.md, docs/jobs.md).
#include "training_tab.h"

#include "common/error.h"
#include "common/units.h"
#include "jobs/job.h"
#include "report/report_collect.h"
#include "tabs/report_export.h"
#include "tabs/training_form.h"
#include "widgets/sample_gallery.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

#include <filesystem>
#include <string>
#include <vector>

namespace insar::ui {

namespace {

constexpr auto kReportDirSettingsKey = "trainingTab/reportDir";

Raster millimetres(const Raster& metres, int maxPixels)
{
    Raster out = report::reduceForDisplay(metres, maxPixels);
    for (float& v : out.values())
        v = static_cast<float>(metresToMm(v));
    out.metadata.units = Units::Millimetres;
    return out;
}

/// The gallery as one row of maps per sample, each on its own colour scale (as the tab shows it).
report::Section gallerySection(const std::vector<nn::GalleryItem>& items, int epoch, int maxPixels)
{
    report::Section s;
    s.heading = "Validation gallery (epoch " + std::to_string(epoch) + ")";
    s.paragraphs.push_back("Validation samples as the Training tab showed them after epoch " +
                           std::to_string(epoch) +
                           ": the input y, the prediction y − R(y) and the reference x, in LOS mm.");
    for (std::size_t i = 0; i < items.size(); ++i) {
        report::Figure f;
        f.caption = "Sample #" + std::to_string(i + 1) +
                    ": input, prediction and reference on one colour scale (mm).";
        f.panels.push_back({"input y", millimetres(items[i].input, maxPixels), "mm"});
        f.panels.push_back({"prediction y − R(y)", millimetres(items[i].prediction, maxPixels), "mm"});
        f.panels.push_back({"reference x", millimetres(items[i].reference, maxPixels), "mm"});
        s.figures.push_back(std::move(f));
    }
    return s;
}

} // namespace

bool TrainingTab::canExportReport() const
{
    const std::filesystem::path dir = outputDir();
    std::error_code ec;
    return m_state == State::Idle && !m_reportJob.isRunning() && !dir.empty() &&
           std::filesystem::is_regular_file(dir / "history.csv", ec) &&
           std::filesystem::is_regular_file(dir / "config.json", ec);
}

void TrainingTab::updateReportAction()
{
    m_exportReport->setEnabled(canExportReport());
}

void TrainingTab::chooseReportPath()
{
    if (!canExportReport())
        return;
    QSettings settings;
    const QString start =
        settings.value(QLatin1String(kReportDirSettingsKey), QString::fromStdString(outputDir().string()))
            .toString();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export a report"), QDir(start).filePath(QStringLiteral("training_report.pdf")),
        tr("PDF document (*.pdf);;HTML page (*.html)"));
    if (path.isEmpty())
        return;
    settings.setValue(QLatin1String(kReportDirSettingsKey), QFileInfo(path).absolutePath());
    exportReport(path); // the file dialog has already asked whether to replace an existing file
}

void TrainingTab::exportReport(const QString& path)
{
    const std::filesystem::path out = path.toStdString();
    auto fail = [this, path](const QString& message) {
        setStatus(
            [path, message] {
                return tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), message);
            },
            true);
        emit reportFailed(message);
        // open() rather than exec(): the box is window-modal but nothing blocks on it.
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Cannot export the report"),
                                    tr("Could not write %1.").arg(QDir::toNativeSeparators(path)),
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("trainingReportErrorBox"));
        box->setInformativeText(message);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    };
    if (!canExportReport()) {
        fail(tr("the output folder holds no training run (history.csv and config.json)"));
        return;
    }
    const std::filesystem::path dir = outputDir();
    const std::vector<nn::GalleryItem> items = gallery()->items();
    const int galleryEpoch = gallery()->epoch();
    setStatus([] { return tr("Preparing the report …"); });
    m_reportJob.track(startJob<report::Report>(
        this,
        [dir, items, galleryEpoch](Progress& progress) {
            progress.setStage("collecting the report");
            report::CollectOptions options;
            options.title = "InSAR Denoiser training report";
            options.softwareVersion = std::string("insar-denoiser ") + INSAR_VERSION;
            report::Report r = report::collectReport({dir}, options);
            progress.throwIfCancelled();
            if (!items.empty()) {
                // After the run's own section, before the model card.
                const auto at = r.sections.empty() ? r.sections.end() : r.sections.begin() + 1;
                r.sections.insert(at, gallerySection(items, galleryEpoch, options.maxFigurePixels));
            }
            progress.setFraction(1.0);
            return r;
        },
        [this, path, out, fail](JobOutcome<report::Report> outcome) {
            updateReportAction();
            if (!writeCollectedReport(outcome, out, fail))
                return;
            setStatus([path] { return tr("Report written to %1").arg(QDir::toNativeSeparators(path)); });
            emit reportExported(path);
        }));
    updateReportAction();
}

} // namespace insar::ui
