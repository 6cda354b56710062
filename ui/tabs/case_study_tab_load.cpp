// CaseStudyTab: reading the inputs (a user's stack, a bundled scenario generated and read back as
// a user's files, a stations CSV), each long step in a background job.
#include "case_study_tab.h"

#include "common/error.h"
#include "gnss/gnss_stations.h"
#include "jobs/job.h"
#include "scenarios/scenario.h"
#include "tabs/case_study_gnss.h"
#include "tabs/case_study_maps.h"
#include "tabs/case_study_points.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>

#include <algorithm>
#include <exception>
#include <set>

namespace insar::ui {

namespace {

/// What a load or scenario job hands back to the GUI thread.
struct StackRead {
    std::shared_ptr<const io::Stack> stack;
    std::optional<OpenedScenario> scenario;
};

QString qs(const std::filesystem::path& p)
{
    return QString::fromStdString(p.string());
}

} // namespace

void CaseStudyTab::loadStack(StackSource source, const QStringList& paths)
{
    if (isBusy())
        return;
    if (paths.isEmpty()) {
        setStatus([] { return tr("Choose the stack's files, folder, CSV or MintPy file first."); }, true);
        return;
    }
    m_inputs->setStackSource(source, paths);
    std::vector<std::filesystem::path> files;
    for (const QString& p : paths)
        files.emplace_back(p.toStdString());
    setStatus([] { return tr("Reading the stack …"); });
    m_job.track(startJob<StackRead>(
        this,
        [source, files](Progress& progress) {
            progress.setStage("reading the list");
            io::StackList list;
            switch (source) {
            case StackSource::InterferogramFiles:
                list = io::interferogramsFromFiles(files);
                break;
            case StackSource::InterferogramCsv:
                list = io::readInterferogramList(files.front());
                break;
            case StackSource::TimeSeriesCsv:
                list = io::readTimeSeriesList(files.front());
                break;
            case StackSource::MintPy:
                list = io::readMintPyTimeSeries(files.front());
                break;
            }
            progress.setStage("reading the maps");
            SubProgress reading(progress, 0.05, 1.0);
            return StackRead{std::make_shared<const io::Stack>(io::readStack(list, reading)), std::nullopt};
        },
        [this, paths](JobOutcome<StackRead> outcome) {
            if (outcome.succeeded()) {
                onStackRead(std::move(outcome.value->stack), std::nullopt);
            } else if (outcome.cancelled()) {
                setStatus([] { return tr("Reading the stack was cancelled."); });
            } else {
                reportFailure(tr("Cannot read the stack"),
                              tr("Could not read the stack from %1.").arg(paths.join(QStringLiteral(", "))),
                              outcome.message);
            }
            updateActions();
        }));
    updateActions();
}

void CaseStudyTab::openScenario(const QString& name, int size, std::uint64_t seed, const QString& folder)
{
    if (isBusy())
        return;
    m_inputs->setScenario(name, size, seed);
    std::shared_ptr<QTemporaryDir> temporary;
    QString dir = folder;
    if (dir.isEmpty()) {
        temporary =
            std::make_shared<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("insar-scenario-XXXXXX")));
        if (!temporary->isValid()) {
            reportFailure(tr("Cannot open the scenario"), tr("Could not create a temporary folder."),
                          temporary->errorString());
            return;
        }
        dir = QDir(temporary->path()).filePath(name);
    }
    const std::string scenarioName = name.toStdString();
    const std::filesystem::path out = dir.toStdString();
    setStatus([name] { return tr("Generating the synthetic %1 scenario …").arg(name); });
    m_job.track(startJob<StackRead>(
        this,
        [scenarioName, size, seed, out](Progress& progress) {
            scenarios::ScenarioOptions options;
            options.seed = seed;
            options.size = size;
            progress.setStage("generating the scenario");
            SubProgress making(progress, 0.0, 0.6);
            scenarios::Scenario s = scenarios::makeScenario(scenarioName, options, making);
            progress.setStage("writing its files");
            SubProgress writing(progress, 0.6, 0.7);
            scenarios::writeScenario(s, options, out, writing);
            progress.setStage("reading them as a stack");
            const io::StackList list = io::readInterferogramList(out / "ifgs.csv");
            SubProgress reading(progress, 0.7, 1.0);
            StackRead read;
            read.stack = std::make_shared<const io::Stack>(io::readStack(list, reading));
            OpenedScenario opened;
            opened.name = QString::fromStdString(s.name);
            opened.description = QString::fromStdString(s.description);
            opened.folder = qs(out);
            opened.truth = std::move(s.truth);
            opened.truthUnits =
                s.truthName == "velocity_mm_per_yr" ? QStringLiteral("mm/yr") : QStringLiteral("mm");
            opened.pointLon = s.pointLon;
            opened.pointLat = s.pointLat;
            opened.truthAtPoint = s.truthAtPoint;
            opened.referenceStation = QString::fromStdString(s.referenceStation);
            read.scenario = std::move(opened);
            return read;
        },
        [this, temporary, dir](JobOutcome<StackRead> outcome) {
            if (outcome.succeeded()) {
                if (temporary)
                    m_scenarioDir = temporary; // the files live as long as the tab (or the next scenario)
                const QDir folder(dir);
                m_inputs->setStackSource(StackSource::InterferogramCsv,
                                         {folder.filePath(QStringLiteral("ifgs.csv"))});
                m_inputs->setDemPath(folder.filePath(QStringLiteral("dem.tif")));
                m_inputs->setGacosDir(folder.filePath(QStringLiteral("gacos")));
                onStackRead(std::move(outcome.value->stack), std::move(outcome.value->scenario));
                const QString stations = folder.filePath(QStringLiteral("stations.csv"));
                if (QFileInfo::exists(stations))
                    loadStations(stations);
            } else if (outcome.cancelled()) {
                setStatus([] { return tr("Opening the scenario was cancelled."); });
            } else {
                reportFailure(tr("Cannot open the scenario"),
                              tr("Could not generate the scenario into %1.").arg(dir), outcome.message);
            }
            updateActions();
        }));
    updateActions();
}

QString CaseStudyTab::describeStack(const io::Stack& stack)
{
    std::set<Date> dates;
    for (const io::StackEntry& e : stack.list.entries) {
        dates.insert(e.date1);
        if (e.date2)
            dates.insert(*e.date2);
    }
    const bool ifgs = stack.list.kind == io::StackList::Kind::Interferograms;
    QString text =
        ifgs ? tr("%n interferogram(s)", nullptr, static_cast<int>(stack.list.entries.size()))
             : tr("%n map(s) of a time series", nullptr, static_cast<int>(stack.list.entries.size()));
    text += tr(", %n date(s)", nullptr, static_cast<int>(dates.size()));
    if (!dates.empty())
        text += tr(" (%1 → %2)")
                    .arg(QString::fromStdString(dates.begin()->toIso()),
                         QString::fromStdString(dates.rbegin()->toIso()));
    if (!stack.maps.empty()) {
        const Raster& first = stack.maps.front();
        text += tr(", %1 × %2 px, units %3")
                    .arg(first.width())
                    .arg(first.height())
                    .arg(QString::fromStdString(unitsName(first.metadata.units)));
    }
    if (!stack.coherence.empty())
        text += tr(", with coherence");
    if (!stack.list.ignored.empty())
        text += tr("; %n file(s) of the folder left out (no date pair, or a second file of a pair)", nullptr,
                   static_cast<int>(stack.list.ignored.size()));
    for (const std::string& w : stack.warnings)
        text += QStringLiteral("; ") + QString::fromStdString(w);
    return text;
}

void CaseStudyTab::onStackRead(std::shared_ptr<const io::Stack> stack, std::optional<OpenedScenario> scenario)
{
    m_stack = std::move(stack);
    const bool newScenario = scenario.has_value() || m_scenario.has_value();
    m_scenario = std::move(scenario);
    m_result.reset();
    m_labels.clear();
    m_maps->clear();
    m_points->clear();
    if (newScenario)
        m_gnss->clear(); // a scenario's stations belong to it
    else
        m_gnss->setResult(nullptr, {});
    m_maps->setStations(m_gnss->stations());
    // Worded again after a language change (CaseStudyTab::changeEvent).
    m_stackText = [this] {
        QString text = describeStack(*m_stack);
        if (m_scenario)
            text = m_scenario->description + QStringLiteral("\n") + text;
        return text;
    };
    const QString summary = m_stackText();
    m_stackLabel->setText(summary);
    setStatus([] { return tr("Stack ready: choose the methods and press Run."); });
    emit stackLoaded(summary);
}

bool CaseStudyTab::loadStations(const QString& path)
{
    try {
        std::vector<gnss::Station> stations = gnss::readStations(path.toStdString());
        const bool needsProjection = std::any_of(stations.begin(), stations.end(),
                                                 [](const gnss::Station& s) { return !s.losMm.has_value(); });
        if (needsProjection) {
            std::optional<double> incidence;
            std::optional<double> heading;
            if (m_stack && !m_stack->maps.empty()) {
                incidence = m_stack->maps.front().metadata.incidenceDeg;
                heading = m_stack->maps.front().metadata.headingDeg;
            }
            gnss::projectToLos(stations, incidence, heading);
        }
        m_gnss->setStations(std::move(stations), path, m_scenario ? m_scenario->referenceStation : QString());
        m_maps->setStations(m_gnss->stations());
        if (m_result)
            m_views->setCurrentWidget(m_gnss);
        setStatus([this] { return m_gnss->messageText(); });
        return true;
    } catch (const std::exception& e) {
        reportFailure(tr("Cannot read the stations"),
                      tr("Could not read %1.").arg(QFileInfo(path).fileName()), QString::fromUtf8(e.what()));
        return false;
    }
}

void CaseStudyTab::setReferenceStation(const QString& name)
{
    m_gnss->setReferenceStation(name);
}

void CaseStudyTab::chooseStations()
{
    QSettings settings;
    const QString start =
        m_scenario ? m_scenario->folder : settings.value(QStringLiteral("lastOpenDir")).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("GNSS stations"), start,
                                                      tr("CSV (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("lastOpenDir"), QFileInfo(path).absolutePath());
    loadStations(path);
}

} // namespace insar::ui
