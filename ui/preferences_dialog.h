// The Preferences dialog (Edit > Preferences…): language, default model, threads, device, CPU
// precision (bfloat16), display
// units and default colour map, kept in QSettings under "preferences/..." (the default model under
// the Denoise tab's own "denoise/modelPath"). Also the language machinery the app and the dialog
// share: which translation a language code means and installing it at run time.
#pragma once

#include "nn/denoiser.h"
#include "widgets/color_maps.h"

#include <QDialog>
#include <QString>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace insar::ui {

/// What the Preferences dialog edits; load() and save() map it to QSettings.
struct Preferences {
    QString language;                        // "" = system locale, else "en", "de", "ja", "zh_CN"
    QString modelPath;                       // "" = the shipped model (nn::defaultModelPath())
    int threads = 0;                         // 0 = automatic (INSAR_THREADS or all cores)
    QString device = QStringLiteral("auto"); // "auto", "cpu", "cuda" (nn::deviceKindName)
    bool bf16 = false;                       // CNN middle layers in bfloat16 on the CPU (--bf16)
    QString units = QStringLiteral("file");  // display units: "file" (as stored), "mm", "cm", "rad"
    ColorMapKind colorMap = ColorMapKind::Diverging;

    static Preferences load();
    void save() const;
    bool operator==(const Preferences&) const = default;
};

/// The CNN's options as saved in Preferences (device and CPU precision; the rest default), for
/// the Denoise and Case-study tabs.
nn::DenoiseOptions cnnOptionsFromSettings();

/// The language codes the app ships translations for, in menu order ("en" first: the source).
QStringList availableLanguages();
/// The language's own name ("Deutsch", "日本語", "简体中文"); never translated.
QString languageNativeName(const QString& code);
/// Replaces the app's translators by those of `code` ("" = system locale): the app's own
/// insar_denoiser_<code>.qm from `qmDir` and Qt's qtbase_<code>.qm from Qt's translations folder.
/// Installing sends LanguageChange to every widget. Returns true when the app's own translation was
/// found (always true for English, which needs none).
bool installLanguage(const QString& code, const QString& qmDir = QStringLiteral(":/i18n"));
/// The code of the last installLanguage() call; a null QString before the first.
QString installedLanguage();

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    /// The values shown in the form.
    Preferences preferences() const;
    void setPreferences(const Preferences& prefs);

    QComboBox* languageBox() const { return m_language; }
    QLineEdit* modelEdit() const { return m_model; }
    QSpinBox* threadsBox() const { return m_threads; }
    QComboBox* deviceBox() const { return m_device; }
    QCheckBox* bf16Box() const { return m_bf16; }
    QComboBox* unitsBox() const { return m_units; }
    QComboBox* colorMapBox() const { return m_colorMap; }

    /// Saves the form to QSettings and closes (the OK button).
    void accept() override;

signals:
    /// After accept() has saved `prefs`; the main window applies them.
    void preferencesSaved(const Preferences& prefs);

private:
    void chooseModel();

    QComboBox* m_language = nullptr;
    QLineEdit* m_model = nullptr;
    QSpinBox* m_threads = nullptr;
    QComboBox* m_device = nullptr;
    QCheckBox* m_bf16 = nullptr;
    QComboBox* m_units = nullptr;
    QComboBox* m_colorMap = nullptr;
};

} // namespace insar::ui
