#include "dataset_output.h"

#include "jobs/job_progress_widget.h"
#include "widgets/form_fields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace insar::ui {

namespace {
const QString kFloatFormat = QStringLiteral("npy");
const QString kEightBitFormat = QStringLiteral("npy8");
} // namespace

DatasetOutput::DatasetOutput(QWidget* parent) : QGroupBox(tr("Generate dataset"), parent)
{
    auto* v = new QVBoxLayout(this);
    auto* f = new QFormLayout();
    auto* dirRow = new QHBoxLayout();
    m_outDir = new QLineEdit();
    m_outDir->setObjectName(QStringLiteral("outDir"));
    m_outDir->setPlaceholderText(tr("new or empty folder"));
    auto* browse = new QPushButton(tr("Browse…"));
    dirRow->addWidget(m_outDir, 1);
    dirRow->addWidget(browse);
    f->addRow(tr("Output folder"), dirRow);

    auto* row = new QHBoxLayout();
    m_format = new QComboBox();
    m_format->setObjectName(QStringLiteral("format"));
    m_format->addItem(tr("float32 metres (.npy)"), kFloatFormat);
    m_format->addItem(tr("8-bit 0–255 per sample, as the poster (.npy)"), kEightBitFormat);
    m_components = new QCheckBox(tr("store noise components"));
    m_components->setObjectName(QStringLiteral("components"));
    row->addWidget(m_format, 1);
    row->addWidget(m_components);
    f->addRow(tr("Format"), row);

    auto* row2 = new QHBoxLayout();
    m_samplesPerShard = intSpin("samplesPerShard", 1, 1'000'000, 1000);
    m_threads = intSpin("threads", 0, 256, 0);
    m_threads->setSpecialValueText(tr("all cores"));
    row2->addWidget(new QLabel(tr("Samples per shard")));
    row2->addWidget(m_samplesPerShard);
    row2->addSpacing(12);
    row2->addWidget(new QLabel(tr("Threads")));
    row2->addWidget(m_threads);
    row2->addStretch();
    f->addRow(row2);
    v->addLayout(f);

    auto* actions = new QHBoxLayout();
    m_generate = new QPushButton(tr("Generate"));
    m_generate->setObjectName(QStringLiteral("generateButton"));
    m_generate->setDefault(true);
    m_progress = new JobProgressWidget();
    m_progress->setObjectName(QStringLiteral("generateProgress"));
    m_progress->setAutoHide(false); // keep "Done"/"Cancelled" visible after the run
    actions->addWidget(m_generate);
    actions->addWidget(m_progress, 1);
    v->addLayout(actions);

    m_status = new QLabel();
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_status);

    connect(browse, &QPushButton::clicked, this, &DatasetOutput::browse);
    connect(m_generate, &QPushButton::clicked, this, &DatasetOutput::generateRequested);
}

QString DatasetOutput::outputDir() const
{
    return m_outDir->text().trimmed();
}

synthesis::DatasetFormat DatasetOutput::format() const
{
    return synthesis::parseDatasetFormat(m_format->currentData().toString().toStdString())
        .value_or(synthesis::DatasetFormat::Npy);
}

synthesis::Normalisation DatasetOutput::normalisation() const
{
    return m_format->currentData().toString() == kEightBitFormat ? synthesis::Normalisation::EightBit
                                                                 : synthesis::Normalisation::Float;
}

void DatasetOutput::setNormalisation(synthesis::Normalisation normalisation)
{
    m_format->setCurrentIndex(m_format->findData(
        normalisation == synthesis::Normalisation::EightBit ? kEightBitFormat : kFloatFormat));
}

synthesis::DatasetOptions DatasetOutput::options() const
{
    synthesis::DatasetOptions options;
    options.samplesPerShard = std::size_t(m_samplesPerShard->value());
    options.components = m_components->isChecked();
    return options;
}

int DatasetOutput::threads() const
{
    return m_threads->value();
}

void DatasetOutput::setStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

QString DatasetOutput::statusText() const
{
    return m_status->text();
}

void DatasetOutput::browse()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Output folder"), m_outDir->text());
    if (!dir.isEmpty())
        m_outDir->setText(QDir::toNativeSeparators(dir));
}

} // namespace insar::ui
