#include "case_study_tab.h"

#include "common/error.h"
#include "jobs/job.h"
#include "jobs/job_progress_widget.h"
#include "preferences_dialog.h"
#include "tabs/case_study_gnss.h"
#include "tabs/case_study_maps.h"
#include "tabs/case_study_points.h"
#include "widgets/time_series_plot.h"

#include <QEvent>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <exception>

namespace insar::ui {

namespace {
using StudyPtr = std::shared_ptr<const pipeline::StackStudyResult>;
} // namespace

CaseStudyTab::CaseStudyTab(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_progress = new JobProgressWidget(this);
    m_progress->setPauseVisible(true);
    layout->addWidget(m_progress);
    m_job = JobSlot(m_progress);
    m_saveJob = JobSlot(m_progress);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    auto* left = new QWidget(splitter);
    left->setMaximumWidth(460);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(left);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_inputs = new CaseStudyInputs(scroll);
    scroll->setWidget(m_inputs);
    leftLayout->addWidget(scroll, 1);

    auto* runRow = new QHBoxLayout();
    m_run = new QPushButton(QIcon(QStringLiteral(":/icons/denoise.svg")), QString(), left);
    m_run->setObjectName(QStringLiteral("runButton"));
    m_cancel = new QPushButton(left);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    runRow->addWidget(m_run, 1);
    runRow->addWidget(m_cancel);
    leftLayout->addLayout(runRow);
    auto* fileRow = new QHBoxLayout();
    m_stations = new QPushButton(left);
    m_stations->setObjectName(QStringLiteral("stationsButton"));
    m_save = new QPushButton(QIcon(QStringLiteral(":/icons/save.svg")), QString(), left);
    m_save->setObjectName(QStringLiteral("saveResultsButton"));
    m_image = new QPushButton(left);
    m_image->setObjectName(QStringLiteral("saveImageButton"));
    m_report = new QPushButton(left);
    m_report->setObjectName(QStringLiteral("exportReportButton"));
    for (QPushButton* b : {m_stations, m_save, m_image, m_report})
        fileRow->addWidget(b);
    leftLayout->addLayout(fileRow);

    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_stackLabel = new QLabel(right);
    m_stackText = [] { return tr("No stack loaded."); };
    m_stackLabel->setObjectName(QStringLiteral("stackLabel"));
    m_stackLabel->setWordWrap(true);
    m_stackLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rightLayout->addWidget(m_stackLabel);
    auto* vertical = new QSplitter(Qt::Vertical, right);
    m_maps = new CaseStudyMaps(vertical);
    m_views = new QTabWidget(vertical);
    m_points = new CaseStudyPoints(m_views);
    m_gnss = new CaseStudyGnss(m_views);
    m_views->addTab(m_points, QString());
    m_views->addTab(m_gnss, QString());
    m_texts.bind([this] {
        m_run->setText(tr("Run"));
        m_run->setToolTip(
            tr("Correct every interferogram with each checked method, invert, and fit velocity ± σ "
               "(background job)"));
        m_cancel->setText(tr("Cancel"));
        m_stations->setText(tr("GNSS stations…"));
        m_stations->setToolTip(
            tr("Load a stations CSV: name,lon,lat with los_mm[,sigma_mm] or east_mm,north_mm,up_mm"));
        m_save->setText(tr("Save results…"));
        m_save->setToolTip(
            tr("Write the velocity and σ GeoTIFFs, the time series, the point and GNSS tables (CSV) "
               "and the maps (PNG) into a folder"));
        m_image->setText(tr("Save image…"));
        m_report->setText(tr("Export report…"));
        m_report->setToolTip(
            tr("A PDF or HTML report of the result: tables, velocity and σ maps, GNSS comparison"));
        m_stackLabel->setText(m_stackText());
        m_views->setTabText(m_views->indexOf(m_points), tr("Time series at the pixel"));
        m_views->setTabText(m_views->indexOf(m_gnss), tr("GNSS comparison"));
    });
    vertical->addWidget(m_maps);
    vertical->addWidget(m_views);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    vertical->setCollapsible(0, false);
    // The maps get most of the height: two rows of them must stay readable.
    vertical->setSizes({600, 360});
    rightLayout->addWidget(vertical, 1);
    m_status = new QLabel(right);
    m_status->setObjectName(QStringLiteral("caseStudyStatus"));
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Warnings of a run can be many lines: they scroll instead of squeezing the maps.
    auto* statusScroll = new QScrollArea(right);
    statusScroll->setWidgetResizable(true);
    statusScroll->setFrameShape(QFrame::NoFrame);
    statusScroll->setWidget(m_status);
    statusScroll->setMaximumHeight(5 * fontMetrics().lineSpacing() + 6);
    rightLayout->addWidget(statusScroll);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({left->maximumWidth(), 1000});
    layout->addWidget(splitter, 1);

    connect(m_inputs, &CaseStudyInputs::loadRequested, this,
            [this] { loadStack(m_inputs->stackSource(), m_inputs->stackPaths()); });
    connect(m_inputs, &CaseStudyInputs::scenarioRequested, this, [this] {
        openScenario(m_inputs->scenarioName(), m_inputs->scenarioSize(), m_inputs->scenarioSeed(),
                     m_inputs->scenarioFolder());
    });
    connect(m_inputs, &CaseStudyInputs::changed, this, &CaseStudyTab::updateActions);
    connect(m_run, &QPushButton::clicked, this, &CaseStudyTab::run);
    connect(m_cancel, &QPushButton::clicked, this, &CaseStudyTab::cancel);
    connect(m_stations, &QPushButton::clicked, this, &CaseStudyTab::chooseStations);
    connect(m_save, &QPushButton::clicked, this, &CaseStudyTab::chooseSaveDir);
    connect(m_image, &QPushButton::clicked, this, &CaseStudyTab::chooseImagePath);
    connect(m_report, &QPushButton::clicked, this, &CaseStudyTab::chooseReportPath);
    connect(m_maps, &CaseStudyMaps::pixelClicked, this, &CaseStudyTab::selectPixel);
    connect(m_maps, &CaseStudyMaps::pixelHovered, this, &CaseStudyTab::pixelHovered);
    updateActions();
}

CaseStudyTab::~CaseStudyTab() = default;

QAbstractItemModel* CaseStudyTab::pointTable() const
{
    return m_points->table();
}

TimeSeriesPlot* CaseStudyTab::timeSeriesPlot() const
{
    return m_points->plot();
}

QAbstractItemModel* CaseStudyTab::gnssTable() const
{
    return m_gnss->table();
}

QAbstractItemModel* CaseStudyTab::gnssSummary() const
{
    return m_gnss->summary();
}

QString CaseStudyTab::statusText() const
{
    return m_status->text();
}

bool CaseStudyTab::isBusy() const
{
    return m_job.isRunning();
}

void CaseStudyTab::setMethods(const QStringList& methods)
{
    m_inputs->setMethods(methods);
}

QStringList CaseStudyTab::methods() const
{
    return m_inputs->methods();
}

void CaseStudyTab::cancel()
{
    m_job.cancel();
}

void CaseStudyTab::run()
{
    if (isBusy())
        return;
    if (!m_stack) {
        setStatus([] { return tr("Load a stack or open a scenario first."); }, true);
        return;
    }
    const QStringList chosen = methods();
    if (chosen.isEmpty()) {
        setStatus([] { return tr("Check at least one method."); }, true);
        return;
    }
    pipeline::StackStudyRequest request;
    request.methods.clear();
    for (const QString& m : chosen)
        request.methods.push_back(m.toStdString());
    request.inputs = m_inputs->correctionInputs();
    request.modelPath = m_inputs->modelPath().toStdString();
    request.cnnOptions = cnnOptionsFromSettings(); // device and CPU precision from Preferences
    request.velocity = m_inputs->velocityOptions();
    if (m_scenario) {
        pipeline::StudyPoint point;
        point.name = m_scenario->name == QLatin1String("ontake") ? "summit" : "point";
        point.lon = m_scenario->pointLon;
        point.lat = m_scenario->pointLat;
        request.points.push_back(point);
    }
    const timeseries::VelocityOptions options = request.velocity;
    const std::shared_ptr<const io::Stack> stack = m_stack;
    setStatus([chosen] { return tr("Running %1 …").arg(chosen.join(QStringLiteral(", "))); });
    m_job.track(startJob<StudyPtr>(
        this,
        [stack, request = std::move(request)](Progress& progress) mutable {
            request.stack = *stack; // the worker's own copy; the tab's stack stays as loaded
            return std::make_shared<const pipeline::StackStudyResult>(
                pipeline::runStackStudy(request, progress));
        },
        [this, options](JobOutcome<StudyPtr> outcome) {
            if (outcome.succeeded()) {
                m_resultOptions = options;
                showResult(std::move(*outcome.value));
                updateActions();
                emit finished(true);
                return;
            }
            if (outcome.cancelled())
                setStatus([] { return tr("The run was cancelled; nothing changed."); });
            else
                reportFailure(tr("Case study failed"), tr("The run failed."), outcome.message);
            updateActions();
            emit finished(false);
        },
        longJobPool()));
    updateActions();
}

void CaseStudyTab::showResult(std::shared_ptr<const pipeline::StackStudyResult> result)
{
    m_result = std::move(result);
    m_labels.clear();
    for (const pipeline::MethodResult& m : m_result->methods)
        m_labels << CaseStudyInputs::methodLabel(QString::fromStdString(m.method));
    m_maps->setResult(m_result, m_labels);
    m_maps->setStations(m_gnss->stations());
    m_gnss->setResult(m_result, m_labels);
    setStatus([this] { return resultStatus(); });
    selectDefaultPixel();
}

QString CaseStudyTab::resultStatus() const
{
    if (!m_result)
        return {};
    QStringList lines;
    QStringList medians;
    for (int i = 0; i < m_labels.size(); ++i) {
        const pipeline::MethodResult& m = m_result->methods[static_cast<std::size_t>(i)];
        if (std::isfinite(m.medianSigma))
            medians << tr("%1 %2").arg(m_labels[i]).arg(m.medianSigma, 0, 'f', 2);
        // A correction reports per interferogram; a few lines say what it did, the rest is counted.
        constexpr std::size_t kMessagesPerMethod = 3;
        for (std::size_t k = 0; k < std::min(m.messages.size(), kMessagesPerMethod); ++k)
            lines << m_labels[i] + QStringLiteral(": ") + QString::fromStdString(m.messages[k]);
        if (m.messages.size() > kMessagesPerMethod)
            lines << tr("%1: … and %n more message(s)", nullptr,
                        static_cast<int>(m.messages.size() - kMessagesPerMethod))
                         .arg(m_labels[i]);
    }
    for (const std::string& w : m_result->warnings)
        lines.prepend(QString::fromStdString(w));
    if (!m_result->referenceDescription.empty())
        lines.prepend(
            tr("Every map is referenced to %1.").arg(QString::fromStdString(m_result->referenceDescription)));
    QString done = tr("Done: %n method(s) over %1 dates", nullptr, static_cast<int>(m_labels.size()))
                       .arg(m_result->dates.size());
    done += medians.isEmpty()
                ? tr("; too few dates for a velocity: the maps show the corrected displacement.")
                : tr("; median σ (mm/yr): %1.").arg(medians.join(QStringLiteral(", ")));
    lines.prepend(done);
    return lines.join(QLatin1Char('\n'));
}

void CaseStudyTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.apply();
        // The children's own texts follow in their changeEvent(); what the tab composes from its
        // state (method labels, the shown point, the status line) is rewritten here.
        if (m_result) {
            m_labels.clear();
            for (const pipeline::MethodResult& m : m_result->methods)
                m_labels << CaseStudyInputs::methodLabel(QString::fromStdString(m.method));
            m_maps->setLabels(m_labels);
            if (const std::optional<QPoint> p = m_points->pixel()) {
                QWidget* current = m_views->currentWidget();
                selectPixel(p->y(), p->x());
                m_views->setCurrentWidget(current);
            }
        }
        m_gnss->setLabels(m_labels);
        if (m_statusText)
            m_status->setText(m_statusText());
    }
    QWidget::changeEvent(event);
}

void CaseStudyTab::selectDefaultPixel()
{
    if (!m_result || m_result->width <= 0 || m_result->height <= 0)
        return;
    int row = m_result->height / 2;
    int col = m_result->width / 2;
    if (m_scenario && m_result->geoTransform.valid) {
        double c = 0.0;
        double r = 0.0;
        if (m_result->geoTransform.geoToPixel(m_scenario->pointLon, m_scenario->pointLat, c, r) && c >= 0 &&
            r >= 0 && c < m_result->width && r < m_result->height) {
            col = static_cast<int>(c);
            row = static_cast<int>(r);
        }
    }
    selectPixel(row, col);
}

void CaseStudyTab::selectPixel(int row, int col)
{
    if (!m_result || row < 0 || col < 0 || row >= m_result->height || col >= m_result->width)
        return;
    std::optional<double> truth;
    QString truthUnits;
    if (m_scenario && m_scenario->truth.height() == m_result->height &&
        m_scenario->truth.width() == m_result->width && m_scenario->truth.isValid(row, col)) {
        truth = m_scenario->truth.at(row, col);
        truthUnits = m_scenario->truthUnits;
    }
    m_points->showPoint(*m_result, m_labels, row, col, m_resultOptions, truth, truthUnits);
    m_maps->setSelectedPixel(QPoint(col, row));
    m_views->setCurrentWidget(m_points);
}

void CaseStudyTab::setStatus(std::function<QString()> text, bool error)
{
    m_statusText = std::move(text);
    const QString shown = m_statusText();
    m_status->setText(shown);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    emit statusMessage(shown.section(QLatin1Char('\n'), 0, 0));
}

void CaseStudyTab::reportFailure(const QString& title, const QString& what, const QString& message)
{
    m_lastError = message;
    setStatus([text = what + QLatin1Char(' ') + message] { return text; }, true);
    emit errorOccurred(message);
    if (!m_errorDialogs)
        return;
    // open() rather than exec(): the box is window-modal but nothing blocks on it.
    auto* box = new QMessageBox(QMessageBox::Warning, title, what, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("caseStudyErrorBox"));
    box->setInformativeText(message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void CaseStudyTab::updateActions()
{
    const bool busy = isBusy();
    m_inputs->setBusy(busy);
    m_run->setEnabled(!busy && m_stack && !m_inputs->methods().isEmpty());
    m_cancel->setEnabled(busy);
    m_stations->setEnabled(!busy);
    m_save->setEnabled(m_result && !m_saveJob.isRunning());
    m_image->setEnabled(m_result != nullptr);
    m_report->setEnabled(m_result && !m_saveJob.isRunning());
}

} // namespace insar::ui
