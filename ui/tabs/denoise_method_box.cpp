#include "denoise_method_box.h"

#include "nn/denoiser.h"
#include "nn/model_file.h"
#include "nn/network_config.h"
#include "widgets/bound_texts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

#include <exception>

namespace insar::ui {
namespace {

constexpr auto kModelKey = "denoise/modelPath";
constexpr auto kGroup = "denoise/methods";

QHBoxLayout* row(std::initializer_list<QWidget*> widgets, int stretchIndex = -1)
{
    auto* layout = new QHBoxLayout();
    int i = 0;
    for (QWidget* w : widgets)
        layout->addWidget(w, i++ == stretchIndex ? 1 : 0);
    if (stretchIndex < 0)
        layout->addStretch(1);
    return layout;
}

} // namespace

DenoiseMethodBox::DenoiseMethodBox(QWidget* parent) : QWidget(parent)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    const auto browse = [this](const QString& name) {
        auto* b = new QPushButton(this);
        m_texts.bind([b] { b->setText(tr("…")); });
        b->setObjectName(name);
        b->setMaximumWidth(32);
        return b;
    };

    m_cnn = new QCheckBox(this);
    m_cnn->setObjectName(QStringLiteral("methodCnn"));
    m_modelLabel = new QLabel(this);
    m_modelLabel->setObjectName(QStringLiteral("modelLabel"));
    m_modelLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chooseModel = new QPushButton(this);
    m_chooseModel->setObjectName(QStringLiteral("chooseModelButton"));
    grid->addWidget(m_cnn, 0, 0);
    grid->addLayout(row({m_modelLabel, m_chooseModel}, 0), 0, 1);

    m_deramp = new QCheckBox(this);
    m_deramp->setObjectName(QStringLiteral("methodDeramp"));
    m_derampKind = new QComboBox(this);
    m_derampKind->setObjectName(QStringLiteral("derampKind"));
    for (const char* kind : {"linear", "bilinear", "quadratic"})
        m_derampKind->addItem(QString(), QLatin1String(kind));
    bindItemTexts(m_texts, m_derampKind, [] {
        return QStringList{tr("linear (a + bx + cy)"), tr("bilinear (+ dxy)"), tr("quadratic")};
    });
    grid->addWidget(m_deramp, 1, 0);
    grid->addLayout(row({m_derampKind}), 1, 1);

    m_linear = new QCheckBox(this);
    m_linear->setObjectName(QStringLiteral("methodLinear"));
    m_order = new QSpinBox(this);
    m_order->setRange(1, 3);
    m_plane = new QCheckBox(this);
    m_looks = new QSpinBox(this);
    m_looks->setRange(1, 32);
    grid->addWidget(m_linear, 2, 0);
    grid->addLayout(row({m_order, m_plane, m_looks}), 2, 1);

    // The DEM, shared by phase-elevation and DEM-aware CNN models (updateDemRow).
    m_demLabel = new QLabel(this);
    m_demRow = new QWidget(this);
    m_demRow->setObjectName(QStringLiteral("demRow"));
    m_dem = new QLineEdit(m_demRow);
    m_dem->setObjectName(QStringLiteral("demPath"));
    auto* demButton = browse(QStringLiteral("chooseDemButton"));
    demButton->setParent(m_demRow);
    m_demHint = new QLabel(m_demRow);
    m_demHint->setObjectName(QStringLiteral("demHint"));
    auto* demLayout = row({m_dem, demButton, m_demHint}, 0);
    demLayout->setContentsMargins(0, 0, 0, 0);
    m_demRow->setLayout(demLayout);
    grid->addWidget(m_demLabel, 3, 0);
    grid->addWidget(m_demRow, 3, 1);

    m_gacos = new QCheckBox(this);
    m_gacos->setObjectName(QStringLiteral("methodGacos"));
    m_gacosDir = new QLineEdit(this);
    m_gacosDir->setObjectName(QStringLiteral("gacosDir"));
    auto* gacosButton = browse(QStringLiteral("chooseGacosButton"));
    grid->addWidget(m_gacos, 4, 0);
    grid->addLayout(row({m_gacosDir, gacosButton}, 0), 4, 1);

    m_chain = new QCheckBox(this);
    m_chain->setObjectName(QStringLiteral("methodChain"));
    m_chainText = new QLineEdit(QStringLiteral("gacos,cnn"), this);
    m_chainText->setObjectName(QStringLiteral("chainText"));
    grid->addWidget(m_chain, 5, 0);
    grid->addLayout(row({m_chainText}, 0), 5, 1);

    m_exclude = new QLineEdit(this);
    m_exclude->setObjectName(QStringLiteral("exclusion"));
    auto* excludeButton = browse(QStringLiteral("chooseExclusionButton"));
    m_reference = new QComboBox(this);
    m_reference->setObjectName(QStringLiteral("referenceMode"));
    for (const char* mode : {"auto", "none", "pixel"})
        m_reference->addItem(QString(), QLatin1String(mode));
    bindItemTexts(m_texts, m_reference, [] {
        return QStringList{tr("automatic (stable area)"), tr("none (keep the level)"), tr("pixel")};
    });
    m_referencePixel = new QLineEdit(this);
    m_referencePixel->setObjectName(QStringLiteral("referencePixel"));
    m_referencePixel->setMaximumWidth(90);
    auto* excludeLabel = new QLabel(this);
    auto* referenceLabel = new QLabel(this);
    grid->addWidget(excludeLabel, 6, 0);
    grid->addLayout(row({m_exclude, excludeButton, referenceLabel, m_reference, m_referencePixel}, 0), 6, 1);
    grid->setColumnStretch(1, 1);
    m_texts.bind([this, excludeLabel, referenceLabel] {
        m_cnn->setText(tr("CNN"));
        m_cnn->setToolTip(tr("The trained network (DnCNN) removes turbulent and stratified delay"));
        m_chooseModel->setText(tr("Model…"));
        m_chooseModel->setToolTip(tr("Choose a model file written by training (Training tab or `train`)"));
        m_deramp->setText(tr("Deramp"));
        m_deramp->setToolTip(tr("Least-squares ramp fitted on the valid pixels outside the exclusion"));
        m_linear->setText(tr("Phase–elevation"));
        m_linear->setToolTip(
            tr("Polynomial in height fitted to the map (the poster's \"linear\" correction); "
               "needs a DEM, warped to the map's grid when the grids differ"));
        m_order->setPrefix(tr("order "));
        m_plane->setText(tr("+ plane"));
        m_looks->setPrefix(tr("looks "));
        m_looks->setToolTip(tr("Fit on N × N multilooked pixels (1: every pixel)"));
        m_demLabel->setText(tr("DEM:"));
        m_dem->setPlaceholderText(tr("DEM (any GDAL raster of heights in m)"));
        m_demHint->setText(tr("This model needs a DEM"));
        m_gacos->setText(tr("GACOS"));
        m_gacos->setToolTip(
            tr("Zenith delay maps of both dates (YYYYMMDD.ztd + .rsc or .ztd.tif), differenced"));
        m_gacosDir->setPlaceholderText(tr("folder with the GACOS files"));
        m_chain->setText(tr("Chain"));
        m_chainText->setToolTip(
            tr("Methods applied in order, e.g. gacos,cnn or deramp:bilinear,cnn or linear:2+plane"));
        m_exclude->setPlaceholderText(
            tr("mask raster, GeoJSON file or POLYGON((lon lat, …)) kept out of the fits"));
        m_referencePixel->setPlaceholderText(tr("row,col"));
        excludeLabel->setText(tr("Exclude:"));
        referenceLabel->setText(tr("Reference:"));
    });

    connect(m_chooseModel, &QPushButton::clicked, this, &DenoiseMethodBox::chooseModel);
    connect(demButton, &QPushButton::clicked, this, [this] {
        chooseFile(m_dem, tr("Choose a DEM"),
                   tr("Rasters (*.tif *.tiff *.vrt *.dem *.hgt *.img);;All files (*)"), false);
    });
    connect(gacosButton, &QPushButton::clicked, this,
            [this] { chooseFile(m_gacosDir, tr("Choose the GACOS folder"), QString(), true); });
    connect(excludeButton, &QPushButton::clicked, this, [this] {
        chooseFile(m_exclude, tr("Choose an exclusion mask"),
                   tr("Masks (*.tif *.tiff *.geojson *.json);;All files (*)"), false);
    });
    for (QCheckBox* box : {m_cnn, m_deramp, m_linear, m_gacos, m_chain, m_plane})
        connect(box, &QCheckBox::toggled, this, &DenoiseMethodBox::remember);
    for (QComboBox* box : {m_derampKind, m_reference})
        connect(box, &QComboBox::currentIndexChanged, this, &DenoiseMethodBox::remember);
    for (QSpinBox* box : {m_order, m_looks})
        connect(box, &QSpinBox::valueChanged, this, &DenoiseMethodBox::remember);
    for (QLineEdit* edit : {m_dem, m_gacosDir, m_chainText, m_exclude, m_referencePixel})
        connect(edit, &QLineEdit::textChanged, this, &DenoiseMethodBox::remember);
    for (QCheckBox* box : {m_cnn, m_linear, m_chain})
        connect(box, &QCheckBox::toggled, this, &DenoiseMethodBox::updateDemRow);
    connect(m_chainText, &QLineEdit::textChanged, this, &DenoiseMethodBox::updateDemRow);
    connect(m_reference, &QComboBox::currentIndexChanged, this, [this] {
        m_referencePixel->setEnabled(m_reference->currentData().toString() == QLatin1String("pixel"));
    });

    restore();
    const QString remembered = QSettings().value(QLatin1String(kModelKey)).toString();
    setModelPath(!remembered.isEmpty() && QFileInfo::exists(remembered)
                     ? remembered
                     : QString::fromStdString(nn::defaultModelPath().string()));
}

QList<MethodChoice> DenoiseMethodBox::methods() const
{
    QList<MethodChoice> out;
    if (m_cnn->isChecked())
        out.append({tr("CNN (%1)").arg(QFileInfo(m_modelPath).fileName()), "cnn"});
    if (m_deramp->isChecked()) {
        const QString spec = QStringLiteral("deramp:") + m_derampKind->currentData().toString();
        out.append({spec, spec.toStdString()});
    }
    if (m_linear->isChecked()) {
        QString spec = QStringLiteral("linear:%1").arg(m_order->value());
        if (m_plane->isChecked())
            spec += QStringLiteral("+plane");
        if (m_looks->value() > 1)
            spec += QStringLiteral("+ml%1").arg(m_looks->value());
        out.append({spec, spec.toStdString()});
    }
    if (m_gacos->isChecked())
        out.append({QStringLiteral("gacos"), "gacos"});
    if (m_chain->isChecked()) {
        const QString spec = m_chainText->text().simplified().remove(QLatin1Char(' '));
        if (!spec.isEmpty())
            out.append({spec, spec.toStdString()});
    }
    return out;
}

pipeline::CorrectionInputs DenoiseMethodBox::inputs() const
{
    pipeline::CorrectionInputs in;
    in.dem = m_dem->text().trimmed().toStdString();
    in.gacosDir = m_gacosDir->text().trimmed().toStdString();
    in.exclude = m_exclude->text().trimmed().toStdString();
    const QString mode = m_reference->currentData().toString();
    in.reference = (mode == QLatin1String("pixel") ? m_referencePixel->text().trimmed() : mode).toStdString();
    return in;
}

void DenoiseMethodBox::setMethodChecked(const QString& method, bool checked)
{
    if (method == QLatin1String("cnn"))
        m_cnn->setChecked(checked);
    else if (method == QLatin1String("deramp"))
        m_deramp->setChecked(checked);
    else if (method == QLatin1String("linear"))
        m_linear->setChecked(checked);
    else if (method == QLatin1String("gacos"))
        m_gacos->setChecked(checked);
    else if (method == QLatin1String("chain"))
        m_chain->setChecked(checked);
}

void DenoiseMethodBox::setDerampKind(const QString& kind)
{
    const int i = m_derampKind->findData(kind);
    if (i >= 0)
        m_derampKind->setCurrentIndex(i);
}

void DenoiseMethodBox::setElevationOrder(int order, bool withPlane)
{
    m_order->setValue(order);
    m_plane->setChecked(withPlane);
}

void DenoiseMethodBox::setChain(const QString& spec)
{
    m_chainText->setText(spec);
}

void DenoiseMethodBox::setDemPath(const QString& path)
{
    m_dem->setText(path);
}

void DenoiseMethodBox::setGacosDir(const QString& dir)
{
    m_gacosDir->setText(dir);
}

void DenoiseMethodBox::setExclusion(const QString& maskFileOrWkt)
{
    m_exclude->setText(maskFileOrWkt);
}

void DenoiseMethodBox::setReference(const QString& reference)
{
    const int i = m_reference->findData(reference);
    if (i >= 0) {
        m_reference->setCurrentIndex(i);
        return;
    }
    m_reference->setCurrentIndex(m_reference->findData(QStringLiteral("pixel")));
    m_referencePixel->setText(reference);
}

void DenoiseMethodBox::setModelPath(const QString& path)
{
    m_modelPath = path;
    if (path.isEmpty()) {
        m_modelNeedsDem = false;
    } else {
        try {
            m_modelNeedsDem = nn::needsDem(nn::readModelInfo(path.toStdString()).network);
        } catch (const std::exception&) {
            // Unreadable: the DEM row stays as it was; running CNN reports the file's problem.
        }
    }
    updateModelLabel();
    updateDemRow();
    if (path.isEmpty())
        m_cnn->setChecked(false);
    m_cnn->setEnabled(!path.isEmpty());
    emit modelPathChanged(path);
    emit changed();
}

void DenoiseMethodBox::updateModelLabel()
{
    if (m_modelPath.isEmpty()) {
        m_modelLabel->setText(tr("none installed: choose a model file, or train one in the Training tab"));
        m_modelLabel->setToolTip(QString());
    } else {
        m_modelLabel->setText(QFileInfo(m_modelPath).fileName());
        m_modelLabel->setToolTip(QDir::toNativeSeparators(m_modelPath));
    }
}

void DenoiseMethodBox::updateDemRow()
{
    bool chainCnn = false;
    bool chainLinear = false;
    if (m_chain->isChecked())
        for (const QString& step : m_chainText->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString name = step.section(QLatin1Char(':'), 0, 0).trimmed();
            chainCnn = chainCnn || name == QLatin1String("cnn");
            chainLinear = chainLinear || name == QLatin1String("linear");
        }
    const bool cnnNeedsDem = m_modelNeedsDem && (m_cnn->isChecked() || chainCnn);
    const bool show = cnnNeedsDem || m_linear->isChecked() || chainLinear;
    m_demLabel->setVisible(show);
    m_demRow->setVisible(show);
    m_demHint->setVisible(cnnNeedsDem);
}

void DenoiseMethodBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.apply();
        updateModelLabel();
    }
    QWidget::changeEvent(event);
}

void DenoiseMethodBox::chooseModel()
{
    const QString start = m_modelPath.isEmpty() ? QDir::homePath() : QFileInfo(m_modelPath).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a model"), start,
                                                      tr("InSAR Denoiser models (*.model);;All files (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(QLatin1String(kModelKey), path);
    setModelPath(path);
}

void DenoiseMethodBox::chooseFile(QLineEdit* edit, const QString& title, const QString& filter, bool folder)
{
    const QString start = edit->text().isEmpty() ? QDir::homePath() : QFileInfo(edit->text()).absolutePath();
    const QString path = folder ? QFileDialog::getExistingDirectory(this, title, edit->text())
                                : QFileDialog::getOpenFileName(this, title, start, filter);
    if (!path.isEmpty())
        edit->setText(path);
}

void DenoiseMethodBox::remember()
{
    if (m_restoring)
        return;
    QSettings s;
    s.beginGroup(QLatin1String(kGroup));
    s.setValue(QStringLiteral("cnn"), m_cnn->isChecked());
    s.setValue(QStringLiteral("deramp"), m_deramp->isChecked());
    s.setValue(QStringLiteral("linear"), m_linear->isChecked());
    s.setValue(QStringLiteral("gacos"), m_gacos->isChecked());
    s.setValue(QStringLiteral("chain"), m_chain->isChecked());
    s.setValue(QStringLiteral("derampKind"), m_derampKind->currentData());
    s.setValue(QStringLiteral("order"), m_order->value());
    s.setValue(QStringLiteral("plane"), m_plane->isChecked());
    s.setValue(QStringLiteral("looks"), m_looks->value());
    s.setValue(QStringLiteral("dem"), m_dem->text());
    s.setValue(QStringLiteral("gacosDir"), m_gacosDir->text());
    s.setValue(QStringLiteral("chainText"), m_chainText->text());
    s.setValue(QStringLiteral("exclude"), m_exclude->text());
    s.setValue(QStringLiteral("reference"), m_reference->currentData());
    s.setValue(QStringLiteral("referencePixel"), m_referencePixel->text());
    emit changed();
}

void DenoiseMethodBox::restore()
{
    m_restoring = true;
    QSettings s;
    s.beginGroup(QLatin1String(kGroup));
    m_cnn->setChecked(s.value(QStringLiteral("cnn"), true).toBool());
    m_deramp->setChecked(s.value(QStringLiteral("deramp"), false).toBool());
    m_linear->setChecked(s.value(QStringLiteral("linear"), false).toBool());
    m_gacos->setChecked(s.value(QStringLiteral("gacos"), false).toBool());
    m_chain->setChecked(s.value(QStringLiteral("chain"), false).toBool());
    setDerampKind(s.value(QStringLiteral("derampKind"), QStringLiteral("linear")).toString());
    m_order->setValue(s.value(QStringLiteral("order"), 1).toInt());
    m_plane->setChecked(s.value(QStringLiteral("plane"), false).toBool());
    m_looks->setValue(s.value(QStringLiteral("looks"), 1).toInt());
    m_dem->setText(s.value(QStringLiteral("dem")).toString());
    m_gacosDir->setText(s.value(QStringLiteral("gacosDir")).toString());
    m_chainText->setText(s.value(QStringLiteral("chainText"), QStringLiteral("gacos,cnn")).toString());
    m_exclude->setText(s.value(QStringLiteral("exclude")).toString());
    setReference(s.value(QStringLiteral("reference"), QStringLiteral("auto")).toString());
    m_referencePixel->setText(s.value(QStringLiteral("referencePixel")).toString());
    m_referencePixel->setEnabled(m_reference->currentData().toString() == QLatin1String("pixel"));
    m_restoring = false;
}

} // namespace insar::ui
