// The main window: the Dataset, Training, Denoise and Case study tabs, the File/Edit/View/Help menus,
// recent files and window state in QSettings, the pixel read-out in the status bar, and the
// Preferences dialog (applied here; menus and tab titles follow a language change at once).
#pragma once

#include <QMainWindow>
#include <QStringList>

class QLabel;
class QMenu;
class QTabWidget;

namespace insar::ui {

class DenoiseTab;
struct Preferences;

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

    /// Edit > Preferences…: opens the dialog (window-modal) and applies what it saves.
    void showPreferences();
    /// Applies saved preferences: language (translators; menus and tab titles retranslate),
    /// default model and colour map of the Denoise tab, and thread counts (unless `--threads`
    /// fixed them: see setThreadsFixed()). The constructor applies model and colour map only.
    void applyPreferences(const Preferences& prefs);
    /// The command line's --threads wins over the preference for this session.
    void setThreadsFixed(bool fixed) { m_threadsFixed = fixed; }

protected:
    void changeEvent(QEvent* event) override;
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
    void retranslate();
    void rebuildMenus();
    void applyPreferencesExceptLanguage(const Preferences& prefs);

    QTabWidget* m_tabs = nullptr;
    DenoiseTab* m_denoise = nullptr;
    QLabel* m_readout = nullptr;
    QMenu* m_recentMenu = nullptr;
    bool m_threadsFixed = false;
};

} // namespace insar::ui
