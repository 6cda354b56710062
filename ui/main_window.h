// The main window: the Dataset, Training, Denoise and Case study tabs, the File/View/Help menus,
// recent files and window state in QSettings, and the pixel read-out in the status bar.
#pragma once

#include <QMainWindow>
#include <QStringList>

class QLabel;
class QMenu;
class QTabWidget;

namespace insar::ui {

class DenoiseTab;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Shows the Denoise tab and loads `path` there without correcting it (File > Open of one
    /// file, the recent-files menu and the command line).
    void openFile(const QString& path);
    /// Shows the Denoise tab and queues `paths` (files or folders) there: each is read and
    /// corrected with the checked methods (drag-and-drop, File > Open of several files).
    void openFiles(const QStringList& paths);

    DenoiseTab* denoiseTab() const { return m_denoise; }
    QTabWidget* tabs() const { return m_tabs; }
    QLabel* readoutLabel() const { return m_readout; }
    QStringList recentFiles() const;

    /// The bundled sample raster: <exe>/../share/insar-denoiser/sample/ when installed, else the
    /// source tree's packaging/sample/; empty when neither exists.
    static QString defaultSampleRasterPath();
    static constexpr int kMaxRecentFiles = 8;

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createMenus();
    void showOpenDialog();
    void addRecentFile(const QString& path);
    void rebuildRecentMenu();
    void showAbout();
    void saveSettings() const;
    void restoreSettings();

    QTabWidget* m_tabs = nullptr;
    DenoiseTab* m_denoise = nullptr;
    QLabel* m_readout = nullptr;
    QMenu* m_recentMenu = nullptr;
};

} // namespace insar::ui
