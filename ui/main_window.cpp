#include "main_window.h"

#include "app_info.h"
#include "preferences_dialog.h"
#include "tabs/case_study_tab.h"
#include "tabs/dataset_tab.h"
#include "tabs/denoise_method_box.h"
#include "tabs/denoise_tab.h"
#include "tabs/training_tab.h"
#include "ui_resources.h"
#include "widgets/color_maps.h"
#include "widgets/linked_raster_views.h"
#include "widgets/raster_view.h"

#include "common/thread_config.h"
#include "io/gdal_setup.h"
#include "nn/model_file.h"
#include "nn/trainer.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QThreadPool>

namespace insar::ui {
namespace {

const char* kRecentKey = "recentFiles";

} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    initResources();
    setWindowTitle(tr("InSAR Denoiser"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/insar-denoiser.svg")));
    setAcceptDrops(true);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_denoise = new DenoiseTab(m_tabs);

    m_tabs->addTab(new DatasetTab(m_tabs), QIcon(QStringLiteral(":/icons/generate.svg")), QString());
    m_tabs->addTab(new TrainingTab(m_tabs), QIcon(QStringLiteral(":/icons/train.svg")), QString());
    m_tabs->addTab(m_denoise, QIcon(QStringLiteral(":/icons/denoise.svg")), QString());
    auto* caseStudy = new CaseStudyTab(m_tabs);
    m_tabs->addTab(caseStudy, QIcon(QStringLiteral(":/icons/case-study.svg")), QString());
    // A case study registers "cnn" with its own model; the Denoise tab's choice comes back after.
    connect(caseStudy, &CaseStudyTab::finished, m_denoise, &DenoiseTab::applyInferencePreferences);
    setCentralWidget(m_tabs);
    // Files dropped on any tab page end up here (drag events climb to the nearest widget that
    // accepts drops); QMainWindow keeps drops on itself for its dock/tool-bar layout.
    m_tabs->setAcceptDrops(true);
    m_tabs->installEventFilter(this);

    m_readout = new QLabel(this);
    m_readout->setMinimumWidth(320);
    statusBar()->addPermanentWidget(m_readout);
    connect(m_denoise, &DenoiseTab::pixelHovered, m_readout, &QLabel::setText);
    connect(m_denoise, &DenoiseTab::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_denoise, &DenoiseTab::fileLoaded, this, &MainWindow::addRecentFile);

    retranslate(); // the tab titles and the menus
    restoreSettings();
    // The language is main()'s (installed before any widget exists); the rest applies here.
    applyPreferencesExceptLanguage(Preferences::load());
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(QIcon(QStringLiteral(":/icons/open.svg")), tr("&Open…"), this,
                                    &MainWindow::showOpenDialog);
    open->setShortcut(QKeySequence::Open);
    QAction* sample = file->addAction(tr("Open &sample raster"), this, [this] {
        const QString path = defaultSampleRasterPath();
        if (!path.isEmpty())
            openFile(path);
    });
    sample->setEnabled(!defaultSampleRasterPath().isEmpty());
    m_recentMenu = file->addMenu(tr("Open &recent"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* prefs = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    prefs->setShortcut(QKeySequence::Preferences);
    prefs->setMenuRole(QAction::PreferencesRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* reset = view->addAction(QIcon(QStringLiteral(":/icons/reset-view.svg")), tr("&Reset view"), this,
                                     [this] { m_denoise->inputView()->resetView(); }); // the others follow
    reset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QMenu* maps = view->addMenu(tr("&Colour map"));
    auto* mapGroup = new QActionGroup(maps);
    for (ColorMapKind kind : allColorMaps()) {
        QAction* a = maps->addAction(colorMapName(kind), this, [this, kind] {
            for (RasterView* v : m_denoise->linkedViews()->views())
                v->setColorMap(kind);
        });
        a->setCheckable(true);
        a->setChecked(kind == m_denoise->inputView()->colorMap());
        mapGroup->addAction(a);
    }
    QAction* geo = view->addAction(tr("&Map coordinates"));
    geo->setCheckable(true);
    geo->setToolTip(tr("Axes in the raster's map coordinates instead of rows and columns"));
    connect(geo, &QAction::toggled, this, [this](bool on) {
        const auto mode = on ? RasterView::AxisMode::Geographic : RasterView::AxisMode::Pixel;
        for (RasterView* v : m_denoise->linkedViews()->views())
            v->setAxisMode(mode);
    });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About InSAR Denoiser"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    rebuildRecentMenu();
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("InSAR Denoiser"));
    m_tabs->setTabText(0, tr("Dataset"));
    m_tabs->setTabText(1, tr("Training"));
    m_tabs->setTabText(2, tr("Denoise"));
    m_tabs->setTabText(3, tr("Case study"));
    // The menus hold no state of their own beyond what createMenus() reads back from the views.
    rebuildMenus();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_tabs)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::showPreferences()
{
    auto* dialog = new PreferencesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PreferencesDialog::preferencesSaved, this, &MainWindow::applyPreferences);
    dialog->open();
}

void MainWindow::applyPreferences(const Preferences& prefs)
{
    if (installedLanguage().isNull() || prefs.language != installedLanguage())
        installLanguage(prefs.language); // LanguageChange: retranslate()
    applyPreferencesExceptLanguage(prefs);
    // Threads too (main() set them at start-up, before this window existed).
    if (!m_threadsFixed) {
        const int threads = prefs.threads > 0 ? prefs.threads : defaultThreadCount();
        if (QThreadPool::globalInstance()->maxThreadCount() != threads) {
            QThreadPool::globalInstance()->setMaxThreadCount(threads);
            io::configureGdal(threads);
            nn::configureTorchThreads(threads);
        }
    }
}

void MainWindow::applyPreferencesExceptLanguage(const Preferences& prefs)
{
    const QString model = prefs.modelPath.isEmpty() || !QFileInfo::exists(prefs.modelPath)
                              ? QString::fromStdString(nn::defaultModelPath().string())
                              : prefs.modelPath;
    if (m_denoise->methodBox()->modelPath() != model)
        m_denoise->methodBox()->setModelPath(model);
    m_denoise->applyInferencePreferences(); // device and CPU precision
    for (RasterView* v : m_denoise->linkedViews()->views())
        v->setColorMap(prefs.colorMap);
    RasterView::setDisplayUnits(prefs.units); // maps shown from now on
    rebuildMenus();                           // the colour-map menu shows the new choice
}

void MainWindow::rebuildMenus()
{
    // The menus own their actions and the colour-map group; deleting them leaves nothing behind.
    const QList<QAction*> old = menuBar()->actions();
    menuBar()->clear();
    for (QAction* a : old)
        delete a->menu();
    m_recentMenu = nullptr;
    createMenus();
}

void MainWindow::openFile(const QString& path)
{
    if (path.isEmpty())
        return;
    m_tabs->setCurrentWidget(m_denoise);
    m_denoise->openFile(path);
}

void MainWindow::showOpenDialog()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("lastOpenDir")).toString();
    const QString filters =
        tr("Rasters (*.tif *.tiff *.unw *.h5 *.hdf5 *.he5 *.nc *.img *.hdr *.envi *.vrt *.grd);;"
           "GeoTIFF (*.tif *.tiff);;"
           "ROI_PAC / ISCE unwrapped (*.unw);;"
           "HDF5 (*.h5 *.hdf5 *.he5);;"
           "ENVI (*.img *.hdr *.envi *.bin);;"
           "All files (*)");
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Open rasters"), dir, filters);
    if (paths.isEmpty())
        return;
    settings.setValue(QStringLiteral("lastOpenDir"), QFileInfo(paths.first()).absolutePath());
    if (paths.size() == 1)
        openFile(paths.first());
    else
        openFiles(paths);
}

void MainWindow::openFiles(const QStringList& paths)
{
    if (paths.isEmpty())
        return;
    m_tabs->setCurrentWidget(m_denoise);
    m_denoise->addFiles(paths);
}

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(QLatin1String(kRecentKey)).toStringList();
}

void MainWindow::addRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    const QString absolute = QFileInfo(path).exists() ? QFileInfo(path).absoluteFilePath() : path;
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    QSettings().setValue(QLatin1String(kRecentKey), files);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (const QString& f : files) {
        QAction* a = m_recentMenu->addAction(QFileInfo(f).fileName(), this, [this, f] { openFile(f); });
        a->setToolTip(f);
        a->setStatusTip(f);
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear list"), this, [this] {
            QSettings().remove(QLatin1String(kRecentKey));
            rebuildRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About InSAR Denoiser"), aboutText());
}

QString MainWindow::defaultSampleRasterPath()
{
    const QString name = QStringLiteral("sample_interferogram.tif");
    const QStringList candidates{
        QDir(QCoreApplication::applicationDirPath())
            .filePath(QStringLiteral("../share/insar-denoiser/sample/") + name),
        QStringLiteral(INSAR_SOURCE_DIR "/packaging/sample/") + name,
    };
    for (const QString& c : candidates) {
        if (QFileInfo(c).isFile())
            return QFileInfo(c).canonicalFilePath();
    }
    return {};
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/tab"), m_tabs->currentIndex());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    const int tab = settings.value(QStringLiteral("mainWindow/tab"), m_tabs->indexOf(m_denoise)).toInt();
    if (tab >= 0 && tab < m_tabs->count())
        m_tabs->setCurrentIndex(tab);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // A running training asks first; on "stop" it writes a checkpoint and closes the window itself
    // once its job has ended.
    if (auto* training = findChild<TrainingTab*>(); training && !training->confirmClose()) {
        event->ignore();
        return;
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_tabs && (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove)) {
        auto* drag = static_cast<QDragMoveEvent*>(event);
        if (!DenoiseTab::localPaths(drag->mimeData()).isEmpty()) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (watched == m_tabs && event->type() == QEvent::Drop) {
        auto* drop = static_cast<QDropEvent*>(event);
        const QStringList paths = DenoiseTab::localPaths(drop->mimeData());
        if (!paths.isEmpty()) {
            drop->acceptProposedAction();
            openFiles(paths);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!DenoiseTab::localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QStringList paths = DenoiseTab::localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    openFiles(paths);
}

} // namespace insar::ui
