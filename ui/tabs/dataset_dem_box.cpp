#include "dataset_dem_box.h"

#include <QButtonGroup>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace insar::ui {

DatasetDemBox::DatasetDemBox(QWidget* fractalSettings, QWidget* parent)
    : QGroupBox(parent), m_fractalSettings(fractalSettings)
{
    auto* v = new QVBoxLayout(this);
    m_fractal = new QRadioButton();
    m_fractal->setObjectName(QStringLiteral("demFractal"));
    m_fractal->setChecked(true);
    // Not "demFiles": that settings key holds the file list.
    m_filesMode = new QRadioButton();
    m_filesMode->setObjectName(QStringLiteral("demFilesMode"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_fractal);
    group->addButton(m_filesMode);
    v->addWidget(m_fractal);
    v->addWidget(m_fractalSettings);
    v->addWidget(m_filesMode);
    m_list = new QListWidget();
    m_list->setObjectName(QStringLiteral("demList"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setMaximumHeight(80);
    v->addWidget(m_list);
    auto* buttons = new QHBoxLayout();
    m_add = new QPushButton();
    m_remove = new QPushButton();
    m_texts.bind([this] {
        setTitle(tr("DEM for the stratified delay (c)"));
        m_fractal->setText(tr("Built-in fractal DEM (no download needed)"));
        m_filesMode->setText(tr("DEM files (GeoTIFF, .hgt... in lon/lat)"));
        m_add->setText(tr("Add…"));
        m_remove->setText(tr("Remove"));
    });
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    v->addLayout(buttons);

    connect(m_fractal, &QRadioButton::toggled, this, [this] {
        updateControls();
        emit changed();
    });
    connect(m_add, &QPushButton::clicked, this, &DatasetDemBox::addFiles);
    connect(m_remove, &QPushButton::clicked, this, &DatasetDemBox::removeFiles);
    updateControls();
}

void DatasetDemBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_texts.apply();
    QGroupBox::changeEvent(event);
}

bool DatasetDemBox::usesFiles() const
{
    return m_filesMode->isChecked();
}

QStringList DatasetDemBox::files() const
{
    QStringList files;
    for (int i = 0; i < m_list->count(); ++i)
        files.append(m_list->item(i)->text());
    return files;
}

void DatasetDemBox::setFiles(const QStringList& files)
{
    m_list->clear();
    m_list->addItems(files);
}

void DatasetDemBox::updateControls()
{
    const bool files = usesFiles();
    m_list->setEnabled(files);
    m_add->setEnabled(files);
    m_remove->setEnabled(files);
    m_fractalSettings->setEnabled(!files);
}

void DatasetDemBox::addFiles()
{
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("DEM tiles in geographic coordinates"), QString(),
                                      tr("Rasters (*.tif *.tiff *.hgt *.vrt *.img *.dem);;All files (*)"));
    for (const QString& f : files)
        if (m_list->findItems(f, Qt::MatchExactly).isEmpty())
            m_list->addItem(f);
    if (!files.isEmpty())
        emit changed();
}

void DatasetDemBox::removeFiles()
{
    qDeleteAll(m_list->selectedItems());
    emit changed();
}

} // namespace insar::ui
