#include "denoise_tab.h"

#include "io/raster_reader.h"
#include "jobs/job.h"
#include "jobs/job_progress_widget.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QUrl>
#include <QVBoxLayout>

#include <cmath>

namespace insar::ui {

struct DenoiseTab::LoadResult {
    std::shared_ptr<const Raster> raster;
    QString driver;
    QStringList subdatasets;   // set instead of raster when the file is a container
};

DenoiseTab::DenoiseTab(QWidget* parent) : QWidget(parent)
{
    setAcceptDrops(true);
    auto* layout = new QVBoxLayout(this);

    m_progress = new JobProgressWidget(this);
    layout->addWidget(m_progress);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_inputView = new RasterView(splitter);
    m_inputView->setTitle(tr("Input"));
    m_inputView->setPlaceholderText(
        tr("Drop an unwrapped interferogram here or use File > Open.\n\n"
           "GeoTIFF (also LiCSAR *.geo.unw.tif), ROI_PAC/ISCE .unw with sidecars, ENVI, "
           "HDF5 datasets (MintPy) and any single-band raster GDAL reads."));
    m_outputView = new RasterView(splitter);
    m_outputView->setTitle(tr("Denoised"));
    m_outputView->setPlaceholderText(
        tr("The denoised result will appear here after a trained model is applied to the input."));
    splitter->addWidget(m_inputView);
    splitter->addWidget(m_outputView);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    m_summary = new QLabel(this);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_linked = new LinkedRasterViews(this);
    m_linked->addView(m_inputView);
    m_linked->addView(m_outputView);

    connect(m_inputView, &RasterView::pixelHovered, this, &DenoiseTab::pixelHovered);
    connect(m_outputView, &RasterView::pixelHovered, this, &DenoiseTab::pixelHovered);
}

DenoiseTab::~DenoiseTab() = default;

bool DenoiseTab::isLoading() const
{
    return m_job != nullptr && m_job->isRunning();
}

std::shared_ptr<const Raster> DenoiseTab::inputRaster() const
{
    return m_inputView->raster();
}

void DenoiseTab::openFile(const QString& path)
{
    if (m_job)
        m_job->cancel();
    const quint64 generation = ++m_loadGeneration;
    const std::string file = path.toStdString();
    emit statusMessage(tr("Loading %1 …").arg(QFileInfo(path).fileName()));

    auto* job = startJob<LoadResult>(
        this,
        [file](Progress& progress) {
            LoadResult result;
            progress.setStage("reading header");
            const io::RasterInfo info = io::probeRaster(file);
            result.driver = QString::fromStdString(info.driver);
            if (info.band == 0 && info.subdatasets.size() > 1) {
                for (const auto& name : info.subdatasets)
                    result.subdatasets.append(QString::fromStdString(name));
                return result;
            }
            progress.setStage("reading pixels");
            result.raster = std::make_shared<const Raster>(io::readRaster(file, &progress));
            return result;
        },
        [this, path, generation](JobOutcome<LoadResult> outcome) {
            if (generation != m_loadGeneration)
                return;   // a newer file was asked for meanwhile
            m_job = nullptr;
            if (outcome.cancelled()) {
                emit statusMessage(tr("Loading cancelled"));
                return;
            }
            if (outcome.failed()) {
                showError(path, outcome.message);
                return;
            }
            LoadResult& result = *outcome.value;
            if (!result.subdatasets.isEmpty()) {
                askForSubdataset(path, result.subdatasets);
                return;
            }
            showLoaded(path, std::move(result.raster), result.driver);
        });
    m_job = job;
    connect(job, &QObject::destroyed, this, [this, job] {
        if (m_job == job)
            m_job = nullptr;
    });
    m_progress->watch(job);
}

void DenoiseTab::showLoaded(const QString& path, std::shared_ptr<const Raster> raster, const QString& driver)
{
    m_currentFile = path;
    m_lastError.clear();
    m_inputView->setRaster(raster);
    m_inputView->setTitle(tr("Input: %1").arg(QFileInfo(path).fileName()));

    const RasterStats s = raster->stats();
    const int w = raster->width();
    const int h = raster->height();
    QStringList parts;
    parts << QFileInfo(path).fileName();
    if (!driver.isEmpty())
        parts << driver;
    parts << tr("%1 × %2 px").arg(w).arg(h);
    const QString units = QString::fromStdString(unitsName(raster->metadata.units));
    parts << tr("units: %1").arg(units);
    parts << tr("range %1 … %2 (mean %3, std %4)")
                 .arg(s.min, 0, 'g', 5)
                 .arg(s.max, 0, 'g', 5)
                 .arg(s.mean, 0, 'g', 4)
                 .arg(s.std, 0, 'g', 4);
    const double total = static_cast<double>(raster->size());
    parts << tr("no-data %1 px (%2 %)").arg(s.noDataCount).arg(100.0 * s.noDataCount / total, 0, 'f', 1);
    parts << tr("CRS: %1").arg(QString::fromStdString(io::describeCrs(raster->crsWkt)));
    const auto& md = raster->metadata;
    if (md.date1 && md.date2)
        parts << tr("dates %1 → %2").arg(QString::fromStdString(md.date1->toIso()),
                                          QString::fromStdString(md.date2->toIso()));
    if (md.wavelengthM)
        parts << tr("wavelength %1 m").arg(*md.wavelengthM, 0, 'g', 5);
    m_summary->setText(parts.join(QStringLiteral("  ·  ")));
    emit statusMessage(tr("Opened %1 (%2 × %3)").arg(QFileInfo(path).fileName()).arg(w).arg(h));
    emit fileLoaded(path);
}

QString DenoiseTab::summaryText() const
{
    return m_summary->text();
}

void DenoiseTab::showError(const QString& path, const QString& message)
{
    m_lastError = message;
    emit statusMessage(tr("Could not open %1").arg(QFileInfo(path).fileName()));
    emit errorOccurred(path, message);
    if (!m_errorDialogs)
        return;
    // open() rather than exec(): the box is window-modal but nothing blocks on it.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Cannot open raster"),
                                tr("Could not open %1.").arg(QFileInfo(path).fileName()),
                                QMessageBox::Ok, this);
    box->setInformativeText(message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("rasterErrorBox"));
    box->open();
}

void DenoiseTab::askForSubdataset(const QString& path, const QStringList& names)
{
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Choose a dataset"));
    dialog->setLabelText(tr("%1 holds several datasets. Which one should be opened?")
                             .arg(QFileInfo(path).fileName()));
    dialog->setComboBoxItems(names);
    dialog->setComboBoxEditable(false);
    connect(dialog, &QInputDialog::textValueSelected, this, &DenoiseTab::openFile);
    dialog->open();
}

QStringList DenoiseTab::localPaths(const QMimeData* mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

void DenoiseTab::dragEnterEvent(QDragEnterEvent* event)
{
    if (!localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void DenoiseTab::dropEvent(QDropEvent* event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    openFile(paths.first());
}

} // namespace insar::ui
