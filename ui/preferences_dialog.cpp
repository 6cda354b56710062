#include "preferences_dialog.h"

#include "common/thread_config.h"
#include "nn/model_file.h"
#include "nn/trainer.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTranslator>
#include <QVBoxLayout>

#include <algorithm>

namespace insar::ui {
namespace {

constexpr auto kLanguageKey = "preferences/language";
constexpr auto kModelKey = "denoise/modelPath"; // the Denoise tab's own key (DenoiseMethodBox)
constexpr auto kThreadsKey = "preferences/threads";
constexpr auto kDeviceKey = "preferences/device";
constexpr auto kBf16Key = "preferences/bf16";
constexpr auto kUnitsKey = "preferences/units";
constexpr auto kColorMapKey = "preferences/colorMap";

// The translators installLanguage() put in, so that a new choice replaces them.
QPointer<QTranslator> s_own;
QPointer<QTranslator> s_qt;
QString s_installed;

bool validUnits(const QString& units)
{
    return units == QLatin1String("file") || units == QLatin1String("mm") || units == QLatin1String("cm") ||
           units == QLatin1String("rad");
}

} // namespace

Preferences Preferences::load()
{
    QSettings s;
    Preferences p;
    p.language = s.value(QLatin1String(kLanguageKey)).toString();
    if (!p.language.isEmpty() && !availableLanguages().contains(p.language))
        p.language.clear();
    p.modelPath = s.value(QLatin1String(kModelKey)).toString();
    p.threads = std::clamp(s.value(QLatin1String(kThreadsKey), 0).toInt(), 0, kMaxThreads);
    const QString device = s.value(QLatin1String(kDeviceKey), p.device).toString();
    if (nn::parseDeviceKind(device.toStdString()))
        p.device = device;
    p.bf16 = s.value(QLatin1String(kBf16Key), false).toBool();
    const QString units = s.value(QLatin1String(kUnitsKey), p.units).toString();
    if (validUnits(units))
        p.units = units;
    p.colorMap = colorMapFromId(s.value(QLatin1String(kColorMapKey)).toString(), p.colorMap);
    return p;
}

void Preferences::save() const
{
    QSettings s;
    s.setValue(QLatin1String(kLanguageKey), language);
    if (modelPath.isEmpty())
        s.remove(QLatin1String(kModelKey));
    else
        s.setValue(QLatin1String(kModelKey), modelPath);
    s.setValue(QLatin1String(kThreadsKey), threads);
    s.setValue(QLatin1String(kDeviceKey), device);
    s.setValue(QLatin1String(kBf16Key), bf16);
    s.setValue(QLatin1String(kUnitsKey), units);
    s.setValue(QLatin1String(kColorMapKey), colorMapId(colorMap));
}

nn::DenoiseOptions cnnOptionsFromSettings()
{
    const Preferences p = Preferences::load();
    nn::DenoiseOptions options;
    options.device = nn::parseDeviceKind(p.device.toStdString()).value_or(nn::DeviceKind::Auto);
    options.bf16 = p.bf16;
    return options;
}

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ja"), QStringLiteral("zh_CN")};
}

QString languageNativeName(const QString& code)
{
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("ja"))
        return QStringLiteral("日本語");
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    return code;
}

QString installedLanguage()
{
    return s_installed;
}

bool installLanguage(const QString& code, const QString& qmDir)
{
    s_installed = code.isNull() ? QStringLiteral("") : code;
    for (QPointer<QTranslator>* t : {&s_own, &s_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete t->data();
        }
    }
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    // English is the source language: no translation of ours, but Qt's own stays English too.
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return true;
    bool found = false;
    auto* own = new QTranslator(qApp);
    if (own->load(locale, QStringLiteral("insar_denoiser"), QStringLiteral("_"), qmDir)) {
        QCoreApplication::installTranslator(own);
        s_own = own;
        found = true;
    } else {
        delete own;
    }
    auto* qt = new QTranslator(qApp);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        s_qt = qt;
    } else {
        delete qt;
    }
    return found;
}

PreferencesDialog::PreferencesDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System (%1)").arg(QLocale::system().nativeLanguageName()), QString());
    for (const QString& code : availableLanguages())
        m_language->addItem(languageNativeName(code), code);

    m_model = new QLineEdit(this);
    m_model->setObjectName(QStringLiteral("model"));
    m_model->setPlaceholderText(
        QDir::toNativeSeparators(QString::fromStdString(nn::defaultModelPath().string())));
    m_model->setToolTip(tr("Model file of the CNN correction; empty: the shipped pretrained model"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &PreferencesDialog::chooseModel);
    auto* modelRow = new QHBoxLayout;
    modelRow->addWidget(m_model, 1);
    modelRow->addWidget(browse);

    m_threads = new QSpinBox(this);
    m_threads->setObjectName(QStringLiteral("threads"));
    m_threads->setRange(0, kMaxThreads);
    m_threads->setSpecialValueText(tr("Automatic (%n thread(s))", nullptr, defaultThreadCount()));
    m_threads->setToolTip(tr("Worker threads for corrections, GDAL and LibTorch; --threads overrides it"));

    m_device = new QComboBox(this);
    m_device->setObjectName(QStringLiteral("device"));
    m_device->addItem(tr("Automatic (GPU when available)"), QStringLiteral("auto"));
    m_device->addItem(tr("CPU"), QStringLiteral("cpu"));
    m_device->addItem(tr("CUDA GPU"), QStringLiteral("cuda"));
    if (!nn::deviceInfo().cudaAvailable) {
        // Greyed out rather than hidden, so that the user sees why.
        if (auto* model = qobject_cast<QStandardItemModel*>(m_device->model()))
            model->item(2)->setEnabled(false);
        m_device->setItemData(2, tr("LibTorch sees no CUDA device on this machine"), Qt::ToolTipRole);
    }

    // Saved even where the CPU lacks the instructions (the same settings may roam to one that has
    // them); the CNN then runs fp32, as denoise --bf16 does.
    m_bf16 = new QCheckBox(tr("bfloat16 for the CNN's middle layers (faster)"), this);
    m_bf16->setObjectName(QStringLiteral("bf16"));
    if (nn::deviceInfo().cpuBf16) {
        m_bf16->setToolTip(tr("Runs the CNN's middle layers in bfloat16 on this CPU (AVX-512 BF16): about "
                              "1.5–1.8× faster, the corrected map within 0.5 % RMS of full precision; "
                              "as denoise --bf16"));
    } else {
        m_bf16->setEnabled(false);
        m_bf16->setToolTip(tr("This CPU has no AVX-512 BF16: the CNN runs in full precision"));
    }

    m_units = new QComboBox(this);
    m_units->setObjectName(QStringLiteral("units"));
    m_units->addItem(tr("As in the file"), QStringLiteral("file"));
    m_units->addItem(tr("Millimetres (mm)"), QStringLiteral("mm"));
    m_units->addItem(tr("Centimetres (cm)"), QStringLiteral("cm"));
    m_units->addItem(tr("Radians (rad)"), QStringLiteral("rad"));

    m_colorMap = new QComboBox(this);
    m_colorMap->setObjectName(QStringLiteral("colorMap"));
    for (ColorMapKind kind : allColorMaps())
        m_colorMap->addItem(colorMapName(kind), colorMapId(kind));

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    // A row holding a layout gets no buddy from QFormLayout, which would show the '&' itself.
    auto* modelLabel = new QLabel(tr("Default &model:"), this);
    modelLabel->setBuddy(m_model);
    form->addRow(modelLabel, modelRow);
    form->addRow(tr("&Threads:"), m_threads);
    form->addRow(tr("&Device:"), m_device);
    form->addRow(tr("CPU &precision:"), m_bf16);
    form->addRow(tr("Display &units:"), m_units);
    form->addRow(tr("Default &colour map:"), m_colorMap);

    auto* note =
        new QLabel(tr("The language changes at once; the device and the CPU precision apply to the next file "
                      "corrected, the display units to the next map shown."),
                   this);
    note->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);

    setPreferences(Preferences::load());
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.language = m_language->currentData().toString();
    p.modelPath = m_model->text().trimmed();
    p.threads = m_threads->value();
    p.device = m_device->currentData().toString();
    p.bf16 = m_bf16->isChecked();
    p.units = m_units->currentData().toString();
    p.colorMap = colorMapFromId(m_colorMap->currentData().toString());
    return p;
}

void PreferencesDialog::setPreferences(const Preferences& prefs)
{
    auto select = [](QComboBox* box, const QString& data) {
        const int i = box->findData(data);
        if (i >= 0)
            box->setCurrentIndex(i);
    };
    select(m_language, prefs.language);
    m_model->setText(prefs.modelPath);
    m_threads->setValue(prefs.threads);
    select(m_device, prefs.device);
    m_bf16->setChecked(prefs.bf16);
    select(m_units, prefs.units);
    select(m_colorMap, colorMapId(prefs.colorMap));
}

void PreferencesDialog::accept()
{
    const Preferences p = preferences();
    p.save();
    emit preferencesSaved(p);
    QDialog::accept();
}

void PreferencesDialog::chooseModel()
{
    const QString start =
        m_model->text().isEmpty() ? QString::fromStdString(nn::defaultModelPath().string()) : m_model->text();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose a model"), QFileInfo(start).absolutePath(),
                                     tr("InSAR Denoiser models (*.model);;All files (*)"));
    if (!path.isEmpty())
        m_model->setText(path);
}

} // namespace insar::ui
