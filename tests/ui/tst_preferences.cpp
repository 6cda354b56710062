// The Preferences dialog and the translations, on the offscreen platform: the committed .ts files
// are complete (lrelease reports no unfinished message, placeholders survive translation), the
// Japanese and Chinese translations change the main window's tab titles at start-up and live, and
// the dialog saves its values to QSettings and shows them again.
#include "main_window.h"
#include "preferences_dialog.h"
#include "tabs/denoise_method_box.h"
#include "tabs/denoise_tab.h"

#include "nn/trainer.h"
#include "test_support.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QXmlStreamReader>

using namespace insar;
using namespace insar::ui;

namespace {

QString tsPath(const QString& lang)
{
    return QStringLiteral(INSAR_TS_DIR "/insar_denoiser_%1.ts").arg(lang);
}

/// Compiles the committed .ts of `lang` into `dir` with lrelease; returns lrelease's output.
QString compile(const QString& lang, const QString& dir)
{
    const QString qm = dir + QStringLiteral("/insar_denoiser_%1.qm").arg(lang);
    const test::CliRun run =
        test::runProgram(QStringLiteral(INSAR_LRELEASE), {tsPath(lang), QStringLiteral("-qm"), qm});
    if (run.exitCode != 0 || !QFile::exists(qm))
        return QStringLiteral("FAILED: ") + run.out + run.err;
    return run.out + run.err;
}

QStringList tabTitles(const MainWindow& w)
{
    QStringList out;
    for (int i = 0; i < w.tabs()->count(); ++i)
        out << w.tabs()->tabText(i);
    return out;
}

QStringList menuTitles(const MainWindow& w)
{
    QStringList out;
    for (QAction* a : w.menuBar()->actions())
        out << a->text();
    return out;
}

const QStringList kEnglishTabs{QStringLiteral("Dataset"), QStringLiteral("Training"),
                               QStringLiteral("Denoise"), QStringLiteral("Case study")};

} // namespace

class TstPreferences : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void translationComplete_data();
    void translationComplete();
    void translationChangesTabTitles_data();
    void translationChangesTabTitles();
    void preferencesRoundTrip();
    void cudaGreyedWhenUnavailable();
    void badSettingsFallBack();
};

void TstPreferences::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location
    QCoreApplication::setOrganizationName(QStringLiteral("insar-denoiser-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_preferences"));
    QSettings().clear();
}

void TstPreferences::cleanup()
{
    installLanguage(QStringLiteral("en"));
    QSettings().clear();
}

void TstPreferences::translationComplete_data()
{
    QTest::addColumn<QString>("lang");
    for (const QString& lang : {QStringLiteral("de"), QStringLiteral("ja"), QStringLiteral("zh_CN")})
        QTest::addRow("%s", qPrintable(lang)) << lang;
}

void TstPreferences::translationComplete()
{
    QFETCH(QString, lang);
    test::TempDir dir;
    const QString out = compile(lang, QString::fromStdString(dir.path().string()));
    QVERIFY2(!out.startsWith(QLatin1String("FAILED")), qPrintable(out));
    // "Generated 633 translation(s) (633 finished and 0 unfinished)"
    const QRegularExpression re(
        QStringLiteral("Generated (\\d+) translation\\(s\\) \\((\\d+) finished and (\\d+) unfinished\\)"));
    const QRegularExpressionMatch m = re.match(out);
    QVERIFY2(m.hasMatch(), qPrintable(out));
    QCOMPARE(m.captured(3).toInt(), 0);
    QVERIFY(m.captured(1).toInt() > 300);

    // Every message is translated (no "unfinished", no empty text) and keeps its placeholders.
    QFile file(tsPath(lang));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
    auto placeholders = [&](const QString& text) {
        QSet<QString> set;
        for (auto it = placeholder.globalMatch(text); it.hasNext();)
            set.insert(it.next().captured(0));
        return set;
    };
    int messages = 0;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
            ++messages;
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            QVERIFY2(type != QLatin1String("unfinished") && type != QLatin1String("obsolete") &&
                         type != QLatin1String("vanished"),
                     qPrintable(lang + QStringLiteral(": not finished: ") + source));
            QStringList forms;
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            forms << text;
            QVERIFY2(!text.trimmed().isEmpty(), qPrintable(lang + QStringLiteral(": empty: ") + source));
            QSet<QString> want = placeholders(source);
            QSet<QString> got = placeholders(text);
            // A plural form may say the number in words ("one file"), so %n need not appear in every
            // form; the numbered arguments must all survive.
            want.remove(QStringLiteral("%n"));
            got.remove(QStringLiteral("%n"));
            QVERIFY2(got == want, qPrintable(lang + QStringLiteral(": placeholders differ: ") + source +
                                             QStringLiteral(" -> ") + text));
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(messages, m.captured(1).toInt());
}

void TstPreferences::translationChangesTabTitles_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("denoise"); // the expected tab title
    QTest::addRow("ja") << QStringLiteral("ja") << QStringLiteral("ノイズ除去");
    QTest::addRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("去噪");
}

void TstPreferences::translationChangesTabTitles()
{
    QFETCH(QString, lang);
    QFETCH(QString, denoise);
    test::TempDir dir;
    const QString qmDir = QString::fromStdString(dir.path().string());
    const QString out = compile(lang, qmDir);
    QVERIFY2(!out.startsWith(QLatin1String("FAILED")), qPrintable(out));

    // Live: an English window follows the new translator (LanguageChange).
    MainWindow live;
    QCOMPARE(tabTitles(live), kEnglishTabs);
    const QStringList englishMenus = menuTitles(live);
    QVERIFY(englishMenus.contains(QStringLiteral("&Edit")));
    QVERIFY(installLanguage(lang, qmDir));
    QCOMPARE(installedLanguage(), lang);
    // QApplication posts LanguageChange to the top-level widgets.
    QTRY_COMPARE(tabTitles(live).at(2), denoise);
    const QStringList translated = tabTitles(live);
    QCOMPARE(translated.size(), kEnglishTabs.size());
    for (int i = 0; i < translated.size(); ++i)
        QVERIFY2(translated.at(i) != kEnglishTabs.at(i), qPrintable(translated.at(i)));
    QVERIFY(menuTitles(live) != englishMenus);
    QCOMPARE(menuTitles(live).size(), englishMenus.size());

    // At start-up: a window made after the translator is installed.
    MainWindow fresh;
    QCOMPARE(tabTitles(fresh), translated);

    // Back to English.
    QVERIFY(installLanguage(QStringLiteral("en")));
    QTRY_COMPARE(tabTitles(live), kEnglishTabs);
    QCOMPARE(menuTitles(live), englishMenus);

    // A language without a .qm in the folder: false, and the window stays English.
    QVERIFY(!installLanguage(QStringLiteral("fr"), qmDir));
    QTest::qWait(0);
    QCOMPARE(tabTitles(live), kEnglishTabs);
}

void TstPreferences::preferencesRoundTrip()
{
    test::TempDir dir;
    const QString model = QString::fromStdString(dir.file("my.model").string());
    {
        QFile f(model);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not read by this test");
    }
    PreferencesDialog dialog;
    // Defaults with nothing saved.
    QCOMPARE(dialog.preferences(), Preferences{});
    QCOMPARE(dialog.languageBox()->currentData().toString(), QString());

    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("de")));
    dialog.modelEdit()->setText(model);
    dialog.threadsBox()->setValue(3);
    dialog.deviceBox()->setCurrentIndex(dialog.deviceBox()->findData(QStringLiteral("cpu")));
    dialog.unitsBox()->setCurrentIndex(dialog.unitsBox()->findData(QStringLiteral("rad")));
    dialog.colorMapBox()->setCurrentIndex(dialog.colorMapBox()->findData(colorMapId(ColorMapKind::Viridis)));
    Preferences saved;
    connect(&dialog, &PreferencesDialog::preferencesSaved, this,
            [&saved](const Preferences& p) { saved = p; });
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    QSettings s;
    QCOMPARE(s.value(QStringLiteral("preferences/language")).toString(), QStringLiteral("de"));
    QCOMPARE(s.value(QStringLiteral("denoise/modelPath")).toString(), model);
    QCOMPARE(s.value(QStringLiteral("preferences/threads")).toInt(), 3);
    QCOMPARE(s.value(QStringLiteral("preferences/device")).toString(), QStringLiteral("cpu"));
    QCOMPARE(s.value(QStringLiteral("preferences/units")).toString(), QStringLiteral("rad"));
    QCOMPARE(s.value(QStringLiteral("preferences/colorMap")).toString(), QStringLiteral("viridis"));

    const Preferences loaded = Preferences::load();
    QCOMPARE(loaded, saved);
    QCOMPARE(loaded.threads, 3);
    QCOMPARE(loaded.colorMap, ColorMapKind::Viridis);

    // A new dialog shows the saved values.
    PreferencesDialog again;
    QCOMPARE(again.preferences(), loaded);
    QCOMPARE(again.languageBox()->currentText(), QStringLiteral("Deutsch"));

    // The main window takes the default model and colour map from them.
    MainWindow window;
    QCOMPARE(window.denoiseTab()->methodBox()->modelPath(), model);
}

void TstPreferences::cudaGreyedWhenUnavailable()
{
    PreferencesDialog dialog;
    auto* model = qobject_cast<QStandardItemModel*>(dialog.deviceBox()->model());
    QVERIFY(model);
    const int cuda = dialog.deviceBox()->findData(QStringLiteral("cuda"));
    QVERIFY(cuda >= 0);
    QCOMPARE(model->item(cuda)->isEnabled(), nn::deviceInfo().cudaAvailable);
    QVERIFY(model->item(dialog.deviceBox()->findData(QStringLiteral("cpu")))->isEnabled());
}

void TstPreferences::badSettingsFallBack()
{
    QSettings s;
    s.setValue(QStringLiteral("preferences/language"), QStringLiteral("klingon"));
    s.setValue(QStringLiteral("preferences/threads"), -4);
    s.setValue(QStringLiteral("preferences/device"), QStringLiteral("tpu"));
    s.setValue(QStringLiteral("preferences/units"), QStringLiteral("furlong"));
    s.setValue(QStringLiteral("preferences/colorMap"), QStringLiteral("rainbow"));
    s.sync();
    QCOMPARE(Preferences::load(), Preferences{});
}

QTEST_MAIN(TstPreferences)
#include "tst_preferences.moc"
