#include "training_monitor.h"

#include "common/units.h"
#include "tabs/training_form.h"
#include "widgets/loss_chart.h"
#include "widgets/sample_gallery.h"

#include <QCheckBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace insar::ui {

namespace {

QString logScaleKey()
{
    return TrainingForm::kSettingsGroup + QStringLiteral("/logScale");
}

QString formatRate(double samplesPerSec)
{
    if (!(samplesPerSec > 0.0))
        return QStringLiteral("–");
    return QObject::tr("%1 samples/s").arg(samplesPerSec, 0, 'f', samplesPerSec < 10 ? 2 : 1);
}

} // namespace

TrainingMonitor::TrainingMonitor(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(buildCharts());

    auto* bottom = new QTabWidget();
    bottom->setObjectName(QStringLiteral("galleryAndLog"));
    m_gallery = new SampleGallery();
    m_gallery->setObjectName(QStringLiteral("gallery"));
    bottom->addTab(m_gallery, QString());
    m_log = new QPlainTextEdit();
    m_log->setObjectName(QStringLiteral("trainingLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    bottom->addTab(m_log, QString());
    m_texts.bind([bottom] {
        bottom->setTabText(0, tr("Validation gallery"));
        bottom->setTabText(1, tr("Log"));
    });
    split->addWidget(bottom);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split);

    m_logScale->setChecked(QSettings().value(logScaleKey(), false).toBool());
}

void TrainingMonitor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_texts.apply();
    QWidget::changeEvent(event);
}

QWidget* TrainingMonitor::buildCharts()
{
    auto* charts = new QWidget();
    auto* cv = new QVBoxLayout(charts);
    cv->setContentsMargins(0, 0, 0, 0);
    auto* chartRow = new QHBoxLayout();

    m_lossChart = new LossChart();
    m_lossChart->setObjectName(QStringLiteral("lossChart"));
    m_lossChart->addSeries(QStringLiteral("trainStep"), QString(), QColor(160, 190, 230));
    m_lossChart->addSeries(QStringLiteral("trainEpoch"), QString(), QColor(31, 100, 180),
                           LossChart::Axis::Left, Qt::SolidLine, true);
    m_lossChart->addSeries(QStringLiteral("valEpoch"), QString(), QColor(214, 90, 30), LossChart::Axis::Left,
                           Qt::SolidLine, true);
    m_texts.bind([chart = m_lossChart] {
        chart->setTitle(tr("Loss l(θ)"));
        chart->setAxisTitles(tr("epoch"), tr("loss"));
        chart->setSeriesLabel(QStringLiteral("trainStep"), tr("training, per step"));
        chart->setSeriesLabel(QStringLiteral("trainEpoch"), tr("training, epoch mean"));
        chart->setSeriesLabel(QStringLiteral("valEpoch"), tr("validation"));
    });
    chartRow->addWidget(m_lossChart, 1);

    m_metricsChart = new LossChart();
    m_metricsChart->setObjectName(QStringLiteral("metricsChart"));
    m_metricsChart->setMinimumRange(LossChart::Axis::Left, 0.0, 1.0);
    const QColor ssimPoster(31, 100, 180), ssimWindowed(60, 150, 60), snr(200, 60, 60);
    m_metricsChart->addSeries(QStringLiteral("ssimPoster"), QString(), ssimPoster, LossChart::Axis::Left,
                              Qt::SolidLine, true);
    m_metricsChart->addSeries(QStringLiteral("ssimWindowed"), QString(), ssimWindowed, LossChart::Axis::Left,
                              Qt::SolidLine, true);
    m_metricsChart->addSeries(QStringLiteral("snrDb"), QString(), snr, LossChart::Axis::Right, Qt::SolidLine,
                              true);
    // The uncorrected input's values, dashed in the same colours (explained in the title).
    for (const auto& [key, color, axis] :
         {std::tuple{QStringLiteral("inputSsimPoster"), ssimPoster, LossChart::Axis::Left},
          std::tuple{QStringLiteral("inputSsimWindowed"), ssimWindowed, LossChart::Axis::Left},
          std::tuple{QStringLiteral("inputSnrDb"), snr, LossChart::Axis::Right}}) {
        m_metricsChart->addSeries(key, key, color, axis, Qt::DashLine);
        m_metricsChart->setSeriesInLegend(key, false);
    }
    m_texts.bind([chart = m_metricsChart] {
        chart->setTitle(tr("Validation SSIM and SNR (dashed: uncorrected input)"));
        chart->setAxisTitles(tr("epoch"), tr("SSIM"), tr("SNR (dB)"));
        chart->setSeriesLabel(QStringLiteral("ssimPoster"), tr("SSIM"));
        chart->setSeriesLabel(QStringLiteral("ssimWindowed"), tr("SSIM 11×11"));
        chart->setSeriesLabel(QStringLiteral("snrDb"), tr("SNR"));
    });
    chartRow->addWidget(m_metricsChart, 1);
    cv->addLayout(chartRow, 1);

    auto* options = new QHBoxLayout();
    m_logScale = new QCheckBox();
    m_logScale->setObjectName(QStringLiteral("logScale"));
    m_throughput = new QLabel(QStringLiteral("–"));
    m_throughput->setObjectName(QStringLiteral("throughputLabel"));
    m_throughput->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_throughput->setMinimumWidth(
        m_throughput->fontMetrics().horizontalAdvance(QStringLiteral("0000.0 samples/s")));
    m_texts.bind([this] {
        m_logScale->setText(tr("Logarithmic loss axis"));
        m_throughput->setToolTip(tr("Training samples (crops) per second"));
        m_throughput->setText(formatRate(m_smoothedSamplesPerSec));
    });
    options->addWidget(m_logScale);
    options->addStretch();
    options->addWidget(m_throughput);
    cv->addLayout(options);
    connect(m_logScale, &QCheckBox::toggled, this, &TrainingMonitor::setLogScale);
    return charts;
}

void TrainingMonitor::clear()
{
    m_lossChart->clearData();
    m_metricsChart->clearData();
    m_gallery->clear();
    m_log->clear();
}

void TrainingMonitor::beginRun(int stepsPerEpoch)
{
    m_stepsPerEpoch = std::max(1, stepsPerEpoch);
    m_smoothedSamplesPerSec = 0.0;
    m_lastEpoch = nn::EpochReport{};
    m_throughput->setText(QStringLiteral("–"));
}

int TrainingMonitor::showUpdates(const TrainingStream::Updates& u)
{
    // One rescale per chart per call, however many steps and epochs arrived.
    const LossChart::UpdateBatch lossBatch(m_lossChart);
    const LossChart::UpdateBatch metricsBatch(m_metricsChart);
    if (!u.steps.empty()) {
        QList<QPointF> points;
        points.reserve(qsizetype(u.steps.size()));
        for (const nn::StepReport& s : u.steps)
            points.append(QPointF(double(s.step) / double(m_stepsPerEpoch), s.loss));
        m_lossChart->appendPoints(QStringLiteral("trainStep"), points);
        updateThroughput(u.steps.back().samplesPerSec);
    }
    for (const nn::EpochReport& e : u.epochs)
        addEpoch(e);
    if (u.hasGallery)
        m_gallery->setItems(u.gallery, m_lastEpoch.epoch);
    for (const QString& m : u.messages)
        appendLog(m);
    return int(u.epochs.size());
}

void TrainingMonitor::addEpoch(const nn::EpochReport& e)
{
    m_lossChart->appendPoint(QStringLiteral("trainEpoch"), e.epoch, e.trainLoss);
    m_lossChart->appendPoint(QStringLiteral("valEpoch"), e.epoch, e.valLoss);
    m_metricsChart->appendPoint(QStringLiteral("ssimPoster"), e.epoch, e.ssimPoster);
    m_metricsChart->appendPoint(QStringLiteral("ssimWindowed"), e.epoch, e.ssimWindowed);
    m_metricsChart->appendPoint(QStringLiteral("snrDb"), e.epoch, e.snrDb);
    m_metricsChart->setReferenceLine(QStringLiteral("inputSsimPoster"), e.inputSsimPoster);
    m_metricsChart->setReferenceLine(QStringLiteral("inputSsimWindowed"), e.inputSsimWindowed);
    m_metricsChart->setReferenceLine(QStringLiteral("inputSnrDb"), e.inputSnrDb);
    appendLog(tr("epoch %1/%2: train %3, val %4%5 | SSIM %6 / %7 (input %8 / %9) | SNR %10 dB "
                 "(input %11 dB) | RMSE %12 mm (input %13 mm) | %14 | lr %15")
                  .arg(e.epoch)
                  .arg(e.epochs)
                  .arg(e.trainLoss, 0, 'g', 4)
                  .arg(e.valLoss, 0, 'g', 4)
                  .arg(e.best ? tr(" (best)") : QString())
                  .arg(e.ssimPoster, 0, 'f', 3)
                  .arg(e.ssimWindowed, 0, 'f', 3)
                  .arg(e.inputSsimPoster, 0, 'f', 3)
                  .arg(e.inputSsimWindowed, 0, 'f', 3)
                  .arg(e.snrDb, 0, 'f', 2)
                  .arg(e.inputSnrDb, 0, 'f', 2)
                  .arg(metresToMm(e.rmseM), 0, 'f', 2)
                  .arg(metresToMm(e.inputRmseM), 0, 'f', 2)
                  .arg(formatRate(e.samplesPerSec))
                  .arg(e.learningRate, 0, 'g', 3));
    m_lastEpoch = e;
    if (e.samplesPerSec > 0.0)
        updateThroughput(e.samplesPerSec);
}

void TrainingMonitor::updateThroughput(double samplesPerSec)
{
    if (!(samplesPerSec > 0.0) || !std::isfinite(samplesPerSec))
        return;
    // Exponential smoothing so the read-out does not flicker step to step.
    m_smoothedSamplesPerSec =
        m_smoothedSamplesPerSec > 0.0 ? 0.8 * m_smoothedSamplesPerSec + 0.2 * samplesPerSec : samplesPerSec;
    m_throughput->setText(formatRate(m_smoothedSamplesPerSec));
}

void TrainingMonitor::appendLog(const QString& line)
{
    m_log->appendPlainText(line);
}

void TrainingMonitor::setLogScale(bool on)
{
    if (m_logScale->isChecked() != on)
        m_logScale->setChecked(on);
    m_lossChart->setLogScale(on);
}

void TrainingMonitor::saveSettings() const
{
    QSettings().setValue(logScaleKey(), m_logScale->isChecked());
}

} // namespace insar::ui
