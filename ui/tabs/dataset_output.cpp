#include "dataset_output.h"

#include "jobs/job_progress_widget.h"
#include "widgets/form_fields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
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

DatasetOutput::DatasetOutput(QWidget* parent) : QGroupBox(parent)
{
    m_texts.bind([this] { setTitle(tr("Generate dataset")); });
    auto* v = new QVBoxLayout(this);
    auto* f = new QFormLayout();
    auto* dirRow = new QHBoxLayout();
    m_outDir = new QLineEdit();
    m_outDir->setObjectName(QStringLiteral("outDir"));
    auto* browse = new QPushButton();
    m_texts.bind([this, browse] {
        m_outDir->setPlaceholderText(tr("new or empty folder"));
        browse->setText(tr("Browse…"));
    });
    dirRow->addWidget(m_outDir, 1);
    dirRow->addWidget(browse);
    auto* dirLabel = new QLabel();
    m_texts.bind([dirLabel] { dirLabel->setText(tr("Output folder")); });
    f->addRow(dirLabel, dirRow);

    auto* row = new QHBoxLayout();
    m_format = new QComboBox();
    m_format->setObjectName(QStringLiteral("format"));
    m_format->addItem(QString(), kFloatFormat);
    m_format->addItem(QString(), kEightBitFormat);
    bindItemTexts(m_texts, m_format, [] {
        return QStringList{tr("float32 metres (.npy)"), tr("8-bit 0–255 per sample, as the poster (.npy)")};
    });
    m_components = new QCheckBox();
    m_components->setObjectName(QStringLiteral("components"));
    row->addWidget(m_format, 1);
    row->addWidget(m_components);
    auto* formatLabel = new QLabel();
    m_texts.bind([this, formatLabel] {
        m_components->setText(tr("store noise components"));
        formatLabel->setText(tr("Format"));
    });
    f->addRow(formatLabel, row);

    auto* row2 = new QHBoxLayout();
    m_samplesPerShard = intSpin("samplesPerShard", 1, 1'000'000, 1000);
    m_threads = intSpin("threads", 0, 256, 0);
    auto* shardLabel = new QLabel();
    auto* threadsLabel = new QLabel();
    m_texts.bind([this, shardLabel, threadsLabel] {
        m_threads->setSpecialValueText(tr("all cores"));
        shardLabel->setText(tr("Samples per shard"));
        threadsLabel->setText(tr("Threads"));
    });
    row2->addWidget(shardLabel);
    row2->addWidget(m_samplesPerShard);
    row2->addSpacing(12);
    row2->addWidget(threadsLabel);
    row2->addWidget(m_threads);
    row2->addStretch();
    f->addRow(row2);
    v->addLayout(f);

    auto* actions = new QHBoxLayout();
    m_generate = new QPushButton();
    m_texts.bind([this] { m_generate->setText(tr("Generate")); });
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

void DatasetOutput::setStatus(TextFn text, bool error)
{
    m_statusText = std::move(text);
    m_status->setText(m_statusText ? m_statusText() : QString());
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void DatasetOutput::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.apply();
        if (m_statusText)
            m_status->setText(m_statusText());
    }
    QGroupBox::changeEvent(event);
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
