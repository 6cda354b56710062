// insar-denoiser: the desktop app. Start-up wiring only: application names for QSettings,
// translations, thread counts, command line, main window.
#include "app_info.h"
#include "main_window.h"
#include "preferences_dialog.h"
#include "tabs/denoise_tab.h"
#include "ui_resources.h"

#include "common/thread_config.h"
#include "io/gdal_setup.h"
#include "nn/trainer.h"
#include "pipeline/cnn_correction.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QPixmap>
#include <QTabWidget>
#include <QThreadPool>
#include <QTimer>

#include <cstdio>

namespace {

/// Grabs the window into `path` and quits (for documentation and checks under Xvfb).
void screenshotAndQuit(insar::ui::MainWindow& window, const QString& path)
{
    // Let the last layout/replot land before grabbing.
    QTimer::singleShot(300, &window, [&window, path] {
        const bool ok = window.grab().save(path);
        if (!ok)
            std::fprintf(stderr, "insar-denoiser: error: cannot write screenshot %s\n", qPrintable(path));
        QCoreApplication::exit(ok ? 0 : 1);
    });
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    insar::ui::initResources();
    QApplication::setOrganizationName(QStringLiteral("InSAR Denoiser"));
    QApplication::setOrganizationDomain(QStringLiteral("insar-denoiser.org"));
    QApplication::setApplicationName(QStringLiteral("insar-denoiser"));
    QGuiApplication::setDesktopFileName(
        QStringLiteral("insar-denoiser")); // Wayland: window ↔ .desktop and icon
    QApplication::setApplicationDisplayName(QStringLiteral("InSAR Denoiser"));
    QApplication::setApplicationVersion(insar::ui::appVersion());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/insar-denoiser.svg")));
    // The language chosen in Preferences, else the system locale's; Qt's own (qtbase) with it.
    const insar::ui::Preferences prefs = insar::ui::Preferences::load();
    insar::ui::installLanguage(prefs.language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Removes atmospheric noise from unwrapped InSAR phase with a trained DnCNN."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("main", "Rasters to open (the last one is shown)."),
                                 QStringLiteral("[files...]"));
    const QCommandLineOption threadsOption(
        QStringLiteral("threads"),
        QApplication::translate(
            "main", "Worker threads (default: the Preferences value, else INSAR_THREADS or all cores)."),
        QStringLiteral("n"));
    const QCommandLineOption noSampleOption(
        QStringLiteral("no-sample"),
        QApplication::translate("main", "Do not open the bundled sample raster."));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a PNG of the window once the file is shown, then quit."),
        QStringLiteral("png"));
    const QCommandLineOption tabOption(QStringLiteral("tab"),
                                       QApplication::translate("main", "Tab to show first (0-3)."),
                                       QStringLiteral("index"));
    parser.addOption(threadsOption);
    parser.addOption(noSampleOption);
    parser.addOption(screenshotOption);
    const QCommandLineOption denoiseOption(
        QStringLiteral("denoise"),
        QApplication::translate("main", "Correct the opened file with the checked methods (the CNN with the "
                                        "shipped model by default) once it is shown."));
    parser.addOption(tabOption);
    parser.addOption(denoiseOption);
    parser.process(app);

    // Thread counts on purpose: the Qt pool runs our jobs, GDAL and LibTorch have their own.
    int threads = prefs.threads > 0 ? prefs.threads : insar::defaultThreadCount();
    if (parser.isSet(threadsOption)) {
        bool ok = false;
        const int n = parser.value(threadsOption).toInt(&ok);
        if (!ok || n <= 0) {
            std::fprintf(stderr, "insar-denoiser: error: --threads needs a positive number\n");
            return 2;
        }
        threads = n;
    }
    QThreadPool::globalInstance()->setMaxThreadCount(threads);
    insar::io::configureGdal(threads);
    insar::nn::configureTorchThreads(threads);
    // "cnn" in method specs and chains; the Denoise tab re-registers it with the model it shows.
    insar::pipeline::registerCnnCorrection();

    insar::ui::MainWindow window;
    window.setThreadsFixed(parser.isSet(threadsOption));
    QString toOpen;
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        toOpen = files.last();
    else if (!parser.isSet(noSampleOption))
        toOpen = insar::ui::MainWindow::defaultSampleRasterPath();
    if (!toOpen.isEmpty())
        window.openFile(toOpen);
    if (parser.isSet(tabOption)) {
        const int tab = parser.value(tabOption).toInt();
        if (tab >= 0 && tab < window.tabs()->count())
            window.tabs()->setCurrentIndex(tab);
    }
    window.show();

    auto* tab = window.denoiseTab();
    const bool denoise = parser.isSet(denoiseOption) && !toOpen.isEmpty();
    if (denoise)
        QObject::connect(tab, &insar::ui::DenoiseTab::fileLoaded, tab,
                         &insar::ui::DenoiseTab::correctCurrent);
    if (parser.isSet(screenshotOption)) {
        const QString png = parser.value(screenshotOption);
        if (denoise) {
            // After the result is shown (or the attempt failed).
            QObject::connect(tab, &insar::ui::DenoiseTab::fileCorrected, &window,
                             [&window, png] { screenshotAndQuit(window, png); });
            QObject::connect(tab, &insar::ui::DenoiseTab::errorOccurred, &window,
                             [&window, png] { screenshotAndQuit(window, png); });
        } else if (toOpen.isEmpty() || !tab->isLoading()) {
            screenshotAndQuit(window, png);
        } else {
            QObject::connect(tab, &insar::ui::DenoiseTab::fileLoaded, &window,
                             [&window, png] { screenshotAndQuit(window, png); });
            QObject::connect(tab, &insar::ui::DenoiseTab::errorOccurred, &window,
                             [&window, png] { screenshotAndQuit(window, png); });
        }
    }
    return QApplication::exec();
}
