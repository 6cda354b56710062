#include "denoise_tab.h"

#include "io/raster_reader.h"
#include "io/raster_writer.h"
#include "jobs/job.h"
#include "jobs/job_progress_widget.h"
#include "nn/denoiser.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSettings>

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

namespace {
constexpr auto kModelSettingsKey = "denoise/modelPath";
constexpr auto kSaveDirSettingsKey = "denoise/saveDir";
} // namespace

struct DenoiseTab::LoadResult {
    std::shared_ptr<const Raster> raster;
    QString driver;
    QStringList subdatasets; // set instead of raster when the file is a container
};

DenoiseTab::DenoiseTab(QWidget* parent) : QWidget(parent)
{
    setAcceptDrops(true);
    auto* layout = new QVBoxLayout(this);

    m_progress = new JobProgressWidget(this);
    layout->addWidget(m_progress);
    m_loadJob = m_denoiseJob = m_saveJob = JobSlot(m_progress);

    auto* bar = new QHBoxLayout();
    m_modelLabel = new QLabel(this);
    m_modelLabel->setObjectName(QStringLiteral("modelLabel"));
    m_modelLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chooseModel = new QPushButton(tr("Model…"), this);
    m_chooseModel->setObjectName(QStringLiteral("chooseModelButton"));
    m_chooseModel->setToolTip(tr("Choose a model file written by training (Training tab or `train`)"));
    m_denoiseButton = new QPushButton(QIcon(QStringLiteral(":/icons/denoise.svg")), tr("Denoise"), this);
    m_denoiseButton->setObjectName(QStringLiteral("denoiseButton"));
    m_denoiseButton->setToolTip(
        tr("Remove the atmospheric delay from the input with the model (background job)"));
    m_saveButton = new QPushButton(QIcon(QStringLiteral(":/icons/save.svg")), tr("Save result…"), this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setToolTip(tr("Write the denoised map and the removed atmosphere as GeoTIFF"));
    bar->addWidget(new QLabel(tr("Model:"), this));
    bar->addWidget(m_modelLabel, 1);
    bar->addWidget(m_chooseModel);
    bar->addWidget(m_denoiseButton);
    bar->addWidget(m_saveButton);
    layout->addLayout(bar);
    connect(m_chooseModel, &QPushButton::clicked, this, &DenoiseTab::chooseModel);
    connect(m_denoiseButton, &QPushButton::clicked, this, &DenoiseTab::denoise);
    connect(m_saveButton, &QPushButton::clicked, this, &DenoiseTab::chooseSavePath);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter = splitter;
    m_inputView = new RasterView(splitter);
    m_inputView->setTitle(tr("Input"));
    m_inputView->setPlaceholderText(
        tr("Drop an unwrapped interferogram here or use File > Open.\n\n"
           "GeoTIFF (also LiCSAR *.geo.unw.tif), ROI_PAC/ISCE .unw with sidecars, ENVI, "
           "HDF5 datasets (MintPy) and any single-band raster GDAL reads."));
    m_outputView = new RasterView(splitter);
    m_outputView->setTitle(tr("Denoised"));
    m_outputView->setPlaceholderText(
        tr("Press Denoise to remove the atmospheric delay from the input with the model shown above.\n"
           "The result appears here on the input's colour scale."));
    splitter->addWidget(m_inputView);
    splitter->addWidget(m_outputView);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    m_summary = new QLabel(this);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("resultLabel"));
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultLabel->setWordWrap(true);
    layout->addWidget(m_resultLabel);

    m_linked = new LinkedRasterViews(this);
    m_linked->addView(m_inputView);
    m_linked->addView(m_outputView);

    connect(m_inputView, &RasterView::pixelHovered, this, &DenoiseTab::pixelHovered);
    connect(m_outputView, &RasterView::pixelHovered, this, &DenoiseTab::pixelHovered);

    const QString remembered = QSettings().value(QLatin1String(kModelSettingsKey)).toString();
    setModelPath(!remembered.isEmpty() && QFileInfo::exists(remembered)
                     ? remembered
                     : QString::fromStdString(nn::defaultModelPath().string()));
}

bool DenoiseTab::isLoading() const
{
    return m_loadJob.isRunning();
}

std::shared_ptr<const Raster> DenoiseTab::inputRaster() const
{
    return m_inputView->raster();
}

void DenoiseTab::openFile(const QString& path)
{
    m_loadJob.cancel();
    const quint64 generation = ++m_loadGeneration;
    const std::string file = path.toStdString();
    emit statusMessage(tr("Loading %1 …").arg(QFileInfo(path).fileName()));

    m_loadJob.track(startJob<LoadResult>(
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
            result.raster = std::make_shared<const Raster>(io::readRaster(file, progress));
            return result;
        },
        [this, path, generation](JobOutcome<LoadResult> outcome) {
            if (generation != m_loadGeneration)
                return; // a newer file was asked for meanwhile
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
        }));
}

void DenoiseTab::showLoaded(const QString& path, std::shared_ptr<const Raster> raster, const QString& driver)
{
    m_denoiseJob.cancel(); // its result would belong to the previous file
    m_currentFile = path;
    m_lastError.clear();
    m_outputView->clear();
    m_outputView->setTitle(tr("Denoised"));
    m_resultLabel->clear();
    m_inputView->setLimitsMode(RasterView::LimitsMode::Automatic);
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
        parts << tr("dates %1 → %2")
                     .arg(QString::fromStdString(md.date1->toIso()),
                          QString::fromStdString(md.date2->toIso()));
    if (md.wavelengthM)
        parts << tr("wavelength %1 m").arg(*md.wavelengthM, 0, 'g', 5);
    m_summary->setText(parts.join(QStringLiteral("  ·  ")));
    emit statusMessage(tr("Opened %1 (%2 × %3)").arg(QFileInfo(path).fileName()).arg(w).arg(h));
    updateActions();
    emit fileLoaded(path);
}

void DenoiseTab::setModelPath(const QString& path)
{
    m_modelPath = path;
    if (path.isEmpty()) {
        m_modelLabel->setText(tr("none installed: choose a model file, or train one in the Training tab"));
    } else {
        m_modelLabel->setText(QFileInfo(path).fileName());
        m_modelLabel->setToolTip(QDir::toNativeSeparators(path));
    }
    updateActions();
}

bool DenoiseTab::isDenoising() const
{
    return m_denoiseJob.isRunning();
}

std::shared_ptr<const Raster> DenoiseTab::outputRaster() const
{
    return m_outputView->raster();
}

QString DenoiseTab::resultSummary() const
{
    return m_resultLabel->text();
}

void DenoiseTab::updateActions()
{
    const bool busy = isDenoising();
    m_denoiseButton->setEnabled(!busy && !m_modelPath.isEmpty() && inputRaster() && !inputRaster()->empty());
    m_chooseModel->setEnabled(!busy);
    m_saveButton->setEnabled(!busy && outputRaster() && !outputRaster()->empty() && !m_saveJob.isRunning());
}

void DenoiseTab::chooseModel()
{
    const QString start = m_modelPath.isEmpty() ? QDir::homePath() : QFileInfo(m_modelPath).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a model"), start,
                                                      tr("InSAR Denoiser models (*.model);;All files (*)"));
    if (path.isEmpty())
        return;
    setModelPath(path);
    QSettings().setValue(QLatin1String(kModelSettingsKey), path);
}

void DenoiseTab::denoise()
{
    const std::shared_ptr<const Raster> input = inputRaster();
    if (!input || input->empty() || m_modelPath.isEmpty() || isDenoising())
        return;
    const std::string model = m_modelPath.toStdString();
    const QString file = m_currentFile;
    emit statusMessage(tr("Denoising %1 …").arg(QFileInfo(file).fileName()));
    m_denoiseJob.track(startJob<std::shared_ptr<const Raster>>(
        this,
        [input, model](Progress& progress) {
            progress.setStage("loading the model");
            nn::DenoiseOptions options;
            options.device = nn::DeviceKind::Auto;
            const nn::Denoiser denoiser = nn::Denoiser::load(model, options);
            progress.setStage("denoising");
            auto out = std::make_shared<Raster>(denoiser.denoise(*input, progress));
            out->metadata.extra["DENOISE_MODEL"] = std::filesystem::path(model).filename().string();
            return std::shared_ptr<const Raster>(std::move(out));
        },
        [this, file, input](JobOutcome<std::shared_ptr<const Raster>> outcome) {
            updateActions();
            if (outcome.cancelled()) {
                emit statusMessage(tr("Denoising cancelled"));
                return;
            }
            if (input != inputRaster())
                return; // another file was opened meanwhile
            if (outcome.failed()) {
                reportFailure(tr("Cannot denoise"),
                              tr("Could not denoise %1.").arg(QFileInfo(file).fileName()), outcome.message);
                return;
            }
            showDenoised(std::move(*outcome.value));
        }));
    updateActions();
}

void DenoiseTab::showDenoised(std::shared_ptr<const Raster> result)
{
    const std::shared_ptr<const Raster> input = inputRaster();
    m_outputView->setRaster(result);
    m_outputView->setTitle(tr("Denoised (%1)").arg(QFileInfo(m_modelPath).fileName()));
    // One colour scale for both, so the atmosphere that was removed is visible as a change; equal
    // halves showing the same area, so before and after compare pixel for pixel.
    m_linked->fitSharedLimits(true);
    const int half = std::max(1, m_splitter->width() / 2);
    m_splitter->setSizes({half, half});
    m_inputView->resetView();
    m_outputView->resetView();
    const RasterStats a = input->stats();
    const RasterStats b = result->stats();
    const QString units = QString::fromStdString(unitsName(input->metadata.units));
    m_resultLabel->setText(tr("Denoised with %1: standard deviation %2 → %3 %4 (%5 % of the input's)")
                               .arg(QFileInfo(m_modelPath).fileName())
                               .arg(a.std, 0, 'g', 4)
                               .arg(b.std, 0, 'g', 4)
                               .arg(units)
                               .arg(a.std > 0 ? 100.0 * b.std / a.std : 0.0, 0, 'f', 0));
    emit statusMessage(tr("Denoised %1").arg(QFileInfo(m_currentFile).fileName()));
    updateActions();
    emit denoised();
}

void DenoiseTab::chooseSavePath()
{
    if (!outputRaster())
        return;
    QSettings settings;
    const QString dir =
        settings.value(QLatin1String(kSaveDirSettingsKey), QFileInfo(m_currentFile).absolutePath())
            .toString();
    const QString suggested =
        QDir(dir).filePath(QFileInfo(m_currentFile).completeBaseName() + QStringLiteral(".denoised.tif"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the denoised map"), suggested,
                                                      tr("GeoTIFF (*.tif *.tiff)"));
    if (path.isEmpty())
        return;
    settings.setValue(QLatin1String(kSaveDirSettingsKey), QFileInfo(path).absolutePath());
    saveResult(path, true);
}

void DenoiseTab::saveResult(const QString& path, bool withResidual)
{
    const std::shared_ptr<const Raster> result = outputRaster();
    const std::shared_ptr<const Raster> input = inputRaster();
    if (!result || !input || m_saveJob.isRunning())
        return;
    const std::filesystem::path out = path.toStdString();
    m_saveJob.track(startJob<bool>(
        this,
        [result, input, out, withResidual](Progress& progress) {
            progress.setStage("writing the denoised map");
            io::writeGeoTiff(*result, out, {}, progress);
            if (withResidual) {
                Raster residual = *input;
                for (std::size_t i = 0; i < residual.size(); ++i)
                    residual.data()[i] = input->data()[i] - result->data()[i];
                residual.metadata.description = "atmosphere removed by insar-denoiser";
                std::filesystem::path r = out;
                r.replace_filename(out.stem().string() + ".residual.tif");
                progress.setStage("writing the removed atmosphere");
                io::writeGeoTiff(residual, r);
            }
            return true;
        },
        [this, path](JobOutcome<bool> outcome) {
            updateActions();
            if (outcome.cancelled())
                return;
            if (outcome.failed()) {
                reportFailure(tr("Cannot save"), tr("Could not write %1.").arg(QFileInfo(path).fileName()),
                              outcome.message);
                return;
            }
            emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
            emit resultSaved(path);
        }));
    updateActions();
}

void DenoiseTab::reportFailure(const QString& title, const QString& what, const QString& message)
{
    m_lastError = message;
    emit errorOccurred(m_currentFile, message);
    emit statusMessage(what);
    if (!m_errorDialogs)
        return;
    auto* box = new QMessageBox(QMessageBox::Warning, title, what, QMessageBox::Ok, this);
    box->setInformativeText(message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("denoiseErrorBox"));
    box->open();
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
    auto* box =
        new QMessageBox(QMessageBox::Warning, tr("Cannot open raster"),
                        tr("Could not open %1.").arg(QFileInfo(path).fileName()), QMessageBox::Ok, this);
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
    dialog->setLabelText(
        tr("%1 holds several datasets. Which one should be opened?").arg(QFileInfo(path).fileName()));
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
