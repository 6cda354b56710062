// The Preferences dialog and the translations, on the offscreen platform: the committed .ts files
// are complete (lrelease reports no unfinished message, placeholders survive translation), the
// Japanese and Chinese translations change the main window's tab titles at start-up and live, the
// texts inside the Dataset, Denoise and Case-study tabs follow a language change live and come
// back in English, and the dialog saves its values to QSettings and shows them again.
#include "main_window.h"
#include "preferences_dialog.h"
#include "tabs/case_study_tab.h"
#include "tabs/dataset_tab.h"
#include "tabs/denoise_method_box.h"
#include "tabs/denoise_tab.h"

#include "corrections/correction_factory.h"
#include "pipeline/cnn_correction.h"
#include "nn/trainer.h"
#include "test_support.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
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

/// Every text a user can read inside `root`: button, label, group-box and tab texts, combo-box
/// items, placeholders, spin-box affixes, table headers and tooltips, each tagged with its widget.
QStringList shownTexts(const QWidget* root)
{
    QStringList out;
    const auto add = [&out](const QObject* o, const QString& kind, const QString& text) {
        if (!text.isEmpty())
            out << o->metaObject()->className() + QLatin1Char('/') + o->objectName() + QLatin1Char('/') +
                       kind + QLatin1Char('=') + text;
    };
    for (const QWidget* w : root->findChildren<QWidget*>()) {
        add(w, QStringLiteral("toolTip"), w->toolTip());
        if (auto* b = qobject_cast<const QAbstractButton*>(w))
            add(w, QStringLiteral("text"), b->text());
        if (auto* l = qobject_cast<const QLabel*>(w))
            add(w, QStringLiteral("text"), l->text());
        if (auto* g = qobject_cast<const QGroupBox*>(w))
            add(w, QStringLiteral("title"), g->title());
        if (auto* e = qobject_cast<const QLineEdit*>(w))
            add(w, QStringLiteral("placeholder"), e->placeholderText());
        if (auto* c = qobject_cast<const QComboBox*>(w)) {
            for (int i = 0; i < c->count(); ++i)
                add(w, QStringLiteral("item"), c->itemText(i));
        }
        if (auto* sp = qobject_cast<const QSpinBox*>(w)) {
            add(w, QStringLiteral("prefix"), sp->prefix());
            add(w, QStringLiteral("suffix"), sp->suffix());
            add(w, QStringLiteral("special"), sp->specialValueText());
        }
        if (auto* d = qobject_cast<const QDoubleSpinBox*>(w))
            add(w, QStringLiteral("suffix"), d->suffix());
        if (auto* t = qobject_cast<const QTabWidget*>(w)) {
            for (int i = 0; i < t->count(); ++i)
                add(w, QStringLiteral("tab"), t->tabText(i));
        }
        if (auto* v = qobject_cast<const QTableView*>(w); v && v->model()) {
            for (int i = 0; i < v->model()->columnCount(); ++i)
                add(w, QStringLiteral("header"), v->model()->headerData(i, Qt::Horizontal).toString());
        }
    }
    return out;
}

/// The source texts that `lang`'s .ts translates into something else in every context (finished,
/// singular messages): if one of them is still shown after switching to `lang`, that widget did
/// not follow the language change.
QSet<QString> translatedSources(const QString& lang)
{
    QFile f(tsPath(lang));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&f);
    QSet<QString> changed;
    QSet<QString> kept; // translated as itself somewhere, or not translated there
    QString source;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation") && !numerus) {
            const bool unfinished = !xml.attributes().value(QLatin1String("type")).isEmpty();
            const QString text = xml.readElementText();
            (unfinished || text.isEmpty() || text == source ? kept : changed).insert(source);
        }
    }
    return changed - kept;
}

/// The entries of `texts` whose text is an English source that should have been translated.
QStringList untranslated(const QStringList& texts, const QSet<QString>& sources)
{
    QStringList out;
    for (const QString& t : texts) {
        if (sources.contains(t.section(QLatin1Char('='), 1)))
            out << t;
    }
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
    void tabContentsFollowLanguage_data();
    void tabContentsFollowLanguage();
    void preferencesRoundTrip();
    void cudaGreyedWhenUnavailable();
    void bf16ReachesTheCnn();
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

void TstPreferences::tabContentsFollowLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addRow("ja") << QStringLiteral("ja");
    QTest::addRow("zh_CN") << QStringLiteral("zh_CN");
}

void TstPreferences::tabContentsFollowLanguage()
{
    QFETCH(QString, lang);
    test::TempDir dir;
    const QString qmDir = QString::fromStdString(dir.path().string());
    const QString out = compile(lang, qmDir);
    QVERIFY2(!out.startsWith(QLatin1String("FAILED")), qPrintable(out));
    const QSet<QString> sources = translatedSources(lang);
    QVERIFY(sources.size() > 300);

    MainWindow w;
    auto* dataset = qobject_cast<DatasetTab*>(w.tabs()->widget(0));
    QVERIFY(dataset);
    QTRY_VERIFY(!dataset->isPreviewBusy()); // its status line is final
    // The Dataset, Denoise and Case-study tabs (the Training tab has its own test).
    const QList<QWidget*> tabs{w.tabs()->widget(0), w.tabs()->widget(2), w.tabs()->widget(3)};
    // One button per tab, by object name, with the context its text is translated in.
    struct Probe {
        int tab;
        const char* name;
        const char* context;
        const char* source;
    };
    const Probe probes[] = {
        {0, "generateButton", "insar::ui::DatasetOutput", "Generate"},
        {2, "correctButton", "insar::ui::DenoiseTab", "Correct"},
        {3, "runButton", "insar::ui::CaseStudyTab", "Run"},
    };
    QList<QStringList> english;
    for (QWidget* tab : tabs) {
        english << shownTexts(tab);
        // The check below has teeth: most of what the tab shows in English is translated.
        QVERIFY2(untranslated(english.last(), sources).size() > 15,
                 qPrintable(tab->metaObject()->className()));
    }
    for (const Probe& p : probes) {
        auto* b = w.tabs()->widget(p.tab)->findChild<QAbstractButton*>(QLatin1String(p.name));
        QVERIFY2(b, p.name);
        QCOMPARE(b->text(), QLatin1String(p.source));
    }

    QVERIFY(installLanguage(lang, qmDir));
    for (const Probe& p : probes) {
        const QString translated = QCoreApplication::translate(p.context, p.source);
        QVERIFY2(translated != QLatin1String(p.source), p.source);
        auto* b = w.tabs()->widget(p.tab)->findChild<QAbstractButton*>(QLatin1String(p.name));
        QTRY_COMPARE(b->text(), translated);
    }
    for (int i = 0; i < tabs.size(); ++i) {
        const QStringList now = shownTexts(tabs[i]);
        QCOMPARE(now.size(), english[i].size());
        QVERIFY2(now != english[i], qPrintable(tabs[i]->metaObject()->className()));
        const QStringList left = untranslated(now, sources);
        QVERIFY2(left.isEmpty(),
                 qPrintable(lang + QStringLiteral(": still English: ") + left.join(QStringLiteral("\n"))));
    }

    QVERIFY(installLanguage(QStringLiteral("en")));
    QTRY_COMPARE(shownTexts(tabs[0]), english[0]);
    for (int i = 1; i < tabs.size(); ++i)
        QCOMPARE(shownTexts(tabs[i]), english[i]);
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
    // Every label with a mnemonic has a buddy: without one QLabel shows the '&' itself (as the
    // model row, which holds a layout, once did) and Alt+letter goes nowhere.
    for (const QLabel* label : dialog.findChildren<QLabel*>())
        if (label->text().contains(QLatin1Char('&')))
            QVERIFY2(label->buddy(), qPrintable(label->text()));
    // Defaults with nothing saved.
    QCOMPARE(dialog.preferences(), Preferences{});
    QCOMPARE(dialog.languageBox()->currentData().toString(), QString());

    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("de")));
    dialog.modelEdit()->setText(model);
    dialog.threadsBox()->setValue(3);
    dialog.deviceBox()->setCurrentIndex(dialog.deviceBox()->findData(QStringLiteral("cpu")));
    dialog.bf16Box()->setChecked(true); // saved even where the CPU lacks AVX-512 BF16
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
    QCOMPARE(s.value(QStringLiteral("preferences/bf16")).toBool(), true);
    QCOMPARE(s.value(QStringLiteral("preferences/units")).toString(), QStringLiteral("rad"));
    QCOMPARE(s.value(QStringLiteral("preferences/colorMap")).toString(), QStringLiteral("viridis"));

    const Preferences loaded = Preferences::load();
    QCOMPARE(loaded, saved);
    QCOMPARE(loaded.threads, 3);
    QVERIFY(loaded.bf16);
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

void TstPreferences::bf16ReachesTheCnn()
{
    // The box is usable only where bf16 takes effect, and says why otherwise.
    {
        PreferencesDialog dialog;
        QCOMPARE(dialog.bf16Box()->isEnabled(), nn::deviceInfo().cpuBf16);
        QVERIFY(!dialog.bf16Box()->toolTip().isEmpty());
        QVERIFY(!dialog.bf16Box()->isChecked()); // off by default
    }
    // Saving the preference re-registers "cnn" at once (no restart): the CNN correction the
    // next file gets runs with it, as its provenance records; and back off again.
    MainWindow window;
    if (window.denoiseTab()->methodBox()->modelPath().isEmpty())
        QSKIP("no shipped model found");
    const auto cnnParameters = [] {
        return QString::fromStdString(corrections::makeCorrection("cnn")->parametersJson());
    };
    QVERIFY2(cnnParameters().contains(QLatin1String("\"bf16\":false")), qPrintable(cnnParameters()));
    for (bool on : {true, false}) {
        PreferencesDialog dialog;
        connect(&dialog, &PreferencesDialog::preferencesSaved, &window, &MainWindow::applyPreferences);
        dialog.bf16Box()->setChecked(on);
        dialog.deviceBox()->setCurrentIndex(dialog.deviceBox()->findData(QStringLiteral("cpu")));
        dialog.accept();
        const QString json = cnnParameters();
        QVERIFY2(json.contains(on ? QLatin1String("\"bf16\":true") : QLatin1String("\"bf16\":false")),
                 qPrintable(json));
        QVERIFY2(json.contains(QLatin1String("\"device\":\"cpu\"")), qPrintable(json));
        // What ran: bf16 only where the CPU has AVX-512 BF16.
        const bool ran = on && nn::deviceInfo().cpuBf16;
        QVERIFY2(json.contains(ran ? QLatin1String("\"precision\":\"bf16\"")
                                   : QLatin1String("\"precision\":\"fp32\"")),
                 qPrintable(json));
    }
    // A case study registers "cnn" with its own model and options (pipeline::runStackStudy);
    // when it ends, the Denoise tab's registration (here bf16 off) comes back.
    pipeline::CnnDefaults study;
    study.modelFile = window.denoiseTab()->methodBox()->modelPath().toStdString();
    study.options.bf16 = true;
    pipeline::registerCnnCorrection(study);
    QVERIFY(cnnParameters().contains(QLatin1String("\"bf16\":true")));
    auto* caseStudy = window.findChild<CaseStudyTab*>();
    QVERIFY(caseStudy);
    emit caseStudy->finished(true);
    QVERIFY2(cnnParameters().contains(QLatin1String("\"bf16\":false")), qPrintable(cnnParameters()));
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
