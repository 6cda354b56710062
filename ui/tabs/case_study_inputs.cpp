#include "case_study_inputs.h"

#include "widgets/bound_texts.h"
#include "widgets/form_fields.h"
#include "widgets/form_memory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace insar::ui {

namespace {

constexpr auto kSettingsGroup = "caseStudy";

QString methodObjectName(const QString& method)
{
    return QStringLiteral("method_") + QString(method).replace(QLatin1Char(','), QLatin1Char('_'));
}

/// A line edit with a "…" button that opens a file or folder chooser.
QWidget* pathRow(QLineEdit* edit, QPushButton* button, QWidget* parent)
{
    auto* row = new QWidget(parent);
    auto* h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(edit, 1);
    h->addWidget(button);
    return row;
}

} // namespace

CaseStudyInputs::CaseStudyInputs(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget* box :
         {makeStackBox(), makeScenarioBox(), makeCorrectionBox(), makeMethodBox(), makeVelocityBox()}) {
        layout->addWidget(box);
        m_boxes.append(box);
    }
    layout->addStretch(1);

    m_restoring = true;
    FormMemory::restore(this, QLatin1String(kSettingsGroup));
    m_restoring = false;
    if (methods().isEmpty())
        setMethods({QStringLiteral("none"), QStringLiteral("deramp")});
    updateControls();
}

CaseStudyInputs::~CaseStudyInputs() = default;

QWidget* CaseStudyInputs::makeStackBox()
{
    auto* box = new QGroupBox(this);
    auto* form = new QFormLayout(box);
    m_source = new QComboBox(box);
    m_source->setObjectName(QStringLiteral("stackSource"));
    for (StackSource source : {StackSource::InterferogramFiles, StackSource::InterferogramCsv,
                               StackSource::TimeSeriesCsv, StackSource::MintPy})
        m_source->addItem(QString(), static_cast<int>(source));
    bindItemTexts(m_texts, m_source, [] {
        return QStringList{tr("Interferogram files or a folder (YYYYMMDD_YYYYMMDD names)"),
                           tr("Interferogram list (CSV date1,date2,file)"),
                           tr("Time series list (CSV date,file)"), tr("MintPy timeseries.h5")};
    });
    addBoundRow(
        m_texts, form, [] { return tr("Read"); }, m_source);
    m_stackPath = new QLineEdit(box);
    m_stackPath->setObjectName(QStringLiteral("stackPath"));
    auto* browse = new QPushButton(box);
    addBoundRow(
        m_texts, form, [] { return tr("Path"); }, pathRow(m_stackPath, browse, box));
    m_load = new QPushButton(QIcon(QStringLiteral(":/icons/open.svg")), QString(), box);
    m_load->setObjectName(QStringLiteral("loadStackButton"));
    form->addRow(QString(), m_load);
    m_texts.bind([this, box, browse] {
        box->setTitle(tr("Stack"));
        m_stackPath->setPlaceholderText(tr("files separated by ';', a folder, a CSV or an .h5 file"));
        browse->setText(tr("…"));
        browse->setToolTip(tr("Choose the stack's files"));
        m_load->setText(tr("Load stack"));
        m_load->setToolTip(
            tr("Read every map of the stack and check that they share one grid (background job)"));
    });
    connect(browse, &QPushButton::clicked, this, &CaseStudyInputs::browseStack);
    connect(m_load, &QPushButton::clicked, this, &CaseStudyInputs::loadRequested);
    connect(m_source, &QComboBox::currentIndexChanged, this, &CaseStudyInputs::remember);
    connect(m_stackPath, &QLineEdit::editingFinished, this, &CaseStudyInputs::remember);
    return box;
}

QWidget* CaseStudyInputs::makeScenarioBox()
{
    auto* box = new QGroupBox(this);
    auto* form = new QFormLayout(box);
    m_scenario = new QComboBox(box);
    m_scenario->setObjectName(QStringLiteral("scenarioName"));
    m_scenario->addItem(QString(), QStringLiteral("ontake"));
    m_scenario->addItem(QString(), QStringLiteral("laquila"));
    bindItemTexts(m_texts, m_scenario, [] {
        return QStringList{tr("Ontake-like volcano stack (synthetic)"),
                           tr("L'Aquila-like coseismic pair (synthetic)")};
    });
    addBoundRow(
        m_texts, form, [] { return tr("Scenario"); }, m_scenario);
    m_size = intSpin("scenarioSize", 32, 1024, 128);
    bindSuffix(m_texts, m_size, [] { return tr(" px"); });
    addBoundRow(
        m_texts, form, [] { return tr("Size"); }, m_size);
    m_seed = intSpin("scenarioSeed", 0, 1'000'000'000, 1);
    addBoundRow(
        m_texts, form, [] { return tr("Seed"); }, m_seed);
    m_scenarioFolder = new QLineEdit(box);
    m_scenarioFolder->setObjectName(QStringLiteral("scenarioFolder"));
    auto* browse = new QPushButton(box);
    addBoundRow(
        m_texts, form, [] { return tr("Write into"); }, pathRow(m_scenarioFolder, browse, box));
    m_openScenario = new QPushButton(box);
    m_openScenario->setObjectName(QStringLiteral("openScenarioButton"));
    form->addRow(QString(), m_openScenario);
    m_texts.bind([this, box, browse] {
        box->setTitle(tr("Bundled scenario (synthetic, with known truth)"));
        m_scenario->setToolTip(tr("Generated here from a seed: a deformation source with known truth plus a "
                                  "per-date atmosphere. Not real data."));
        m_size->setToolTip(tr("Grid side in pixels (the scenario's full size is 256)"));
        m_scenarioFolder->setPlaceholderText(tr("a temporary folder"));
        m_scenarioFolder->setToolTip(tr("An empty or new folder that receives the scenario's files (the "
                                        "interferograms, DEM, GACOS delays, truth and stations)"));
        browse->setText(tr("…"));
        m_openScenario->setText(tr("Open scenario"));
        m_openScenario->setToolTip(tr("Generate the scenario's files, then read them as a user's stack"));
    });
    connect(browse, &QPushButton::clicked, this,
            [this] { browseInto(m_scenarioFolder, tr("Folder for the scenario"), QString(), true); });
    connect(m_openScenario, &QPushButton::clicked, this, &CaseStudyInputs::scenarioRequested);
    for (QSpinBox* s : {m_size, m_seed})
        connect(s, &QSpinBox::valueChanged, this, &CaseStudyInputs::remember);
    connect(m_scenario, &QComboBox::currentIndexChanged, this, &CaseStudyInputs::remember);
    connect(m_scenarioFolder, &QLineEdit::editingFinished, this, &CaseStudyInputs::remember);
    return box;
}

QWidget* CaseStudyInputs::makeCorrectionBox()
{
    auto* box = new QGroupBox(this);
    auto* form = new QFormLayout(box);
    m_dem = new QLineEdit(box);
    m_dem->setObjectName(QStringLiteral("demPath"));
    auto* demBrowse = new QPushButton(box);
    addBoundRow(
        m_texts, form, [] { return tr("DEM"); }, pathRow(m_dem, demBrowse, box));
    m_gacos = new QLineEdit(box);
    m_gacos->setObjectName(QStringLiteral("gacosDir"));
    auto* gacosBrowse = new QPushButton(box);
    addBoundRow(
        m_texts, form, [] { return tr("GACOS"); }, pathRow(m_gacos, gacosBrowse, box));
    m_model = new QLineEdit(box);
    m_model->setObjectName(QStringLiteral("cnnModel"));
    auto* modelBrowse = new QPushButton(box);
    addBoundRow(
        m_texts, form, [] { return tr("CNN model"); }, pathRow(m_model, modelBrowse, box));
    m_units = new QComboBox(box);
    m_units->setObjectName(QStringLiteral("stackUnits"));
    m_units->addItem(QString(), QString());
    m_units->addItem(QString(), QStringLiteral("rad"));
    m_units->addItem(QString(), QStringLiteral("m"));
    m_units->addItem(QString(), QStringLiteral("mm"));
    bindItemTexts(m_texts, m_units, [] {
        return QStringList{tr("as the files say"), tr("radians"), tr("metres"), tr("millimetres")};
    });
    m_wavelength = doubleSpin("stackWavelength", 0.001, 1.0, 0.2362, 4, 0.001);
    bindSuffix(m_texts, m_wavelength, [] { return tr(" m"); });
    auto* unitsRow = new QWidget(box);
    auto* h = new QHBoxLayout(unitsRow);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(m_units, 1);
    h->addWidget(m_wavelength);
    addBoundRow(
        m_texts, form, [] { return tr("Units"); }, unitsRow);
    m_texts.bind([this, box, demBrowse, gacosBrowse, modelBrowse] {
        box->setTitle(tr("Correction inputs"));
        m_dem->setPlaceholderText(tr("needed by phase–elevation (linear)"));
        demBrowse->setText(tr("…"));
        m_gacos->setPlaceholderText(tr("folder of YYYYMMDD.ztd files, needed by GACOS"));
        gacosBrowse->setText(tr("…"));
        m_model->setPlaceholderText(tr("the shipped pretrained model"));
        modelBrowse->setText(tr("…"));
        m_units->setToolTip(tr("Units given to maps that do not say theirs"));
        m_wavelength->setToolTip(tr("Radar wavelength, to convert radians (ALOS/ALOS-2 L-band: 0.2362 m)"));
    });
    connect(demBrowse, &QPushButton::clicked, this, [this] {
        browseInto(m_dem, tr("DEM"), tr("Rasters (*.tif *.tiff *.hgt *.dem *.vrt);;All files (*)"), false);
    });
    connect(gacosBrowse, &QPushButton::clicked, this,
            [this] { browseInto(m_gacos, tr("GACOS folder"), QString(), true); });
    connect(modelBrowse, &QPushButton::clicked, this,
            [this] { browseInto(m_model, tr("CNN model"), tr("Models (*.model);;All files (*)"), false); });
    for (QLineEdit* e : {m_dem, m_gacos, m_model})
        connect(e, &QLineEdit::editingFinished, this, &CaseStudyInputs::remember);
    connect(m_units, &QComboBox::currentIndexChanged, this, &CaseStudyInputs::remember);
    connect(m_wavelength, &QDoubleSpinBox::valueChanged, this, &CaseStudyInputs::remember);
    return box;
}

QWidget* CaseStudyInputs::makeMethodBox()
{
    auto* box = new QGroupBox(this);
    auto* grid = new QGridLayout(box);
    const QStringList all = allMethods();
    for (int i = 0; i < all.size(); ++i) {
        auto* check = new QCheckBox(box);
        check->setObjectName(methodObjectName(all[i]));
        check->setProperty("method", all[i]);
        grid->addWidget(check, i / 2, i % 2);
        m_methods.push_back(check);
        connect(check, &QCheckBox::toggled, this, &CaseStudyInputs::remember);
    }
    m_texts.bind([this, box] {
        box->setTitle(tr("Methods to compare"));
        for (QCheckBox* check : m_methods)
            check->setText(methodLabel(check->property("method").toString()));
        m_methods[1]->setToolTip(tr("Removes a best-fitting plane from each interferogram"));
        m_methods[2]->setToolTip(
            tr("Phase–elevation: removes the part correlated with the DEM (needs the DEM)"));
        m_methods[3]->setToolTip(
            tr("Subtracts the GACOS zenith delays of each date (needs the GACOS folder)"));
        m_methods[4]->setToolTip(tr("The trained network (slow on large stacks without a GPU)"));
    });
    return box;
}

QWidget* CaseStudyInputs::makeVelocityBox()
{
    auto* box = new QGroupBox(this);
    auto* form = new QFormLayout(box);
    m_uncertainty = new QComboBox(box);
    m_uncertainty->setObjectName(QStringLiteral("uncertainty"));
    m_uncertainty->addItem(QString(), QStringLiteral("residual"));
    m_uncertainty->addItem(QString(), QStringLiteral("bootstrap"));
    bindItemTexts(m_texts, m_uncertainty, [] {
        return QStringList{tr("from the residuals"), tr("bootstrap over dates")};
    });
    addBoundRow(
        m_texts, form, [] { return tr("σ"); }, m_uncertainty);
    m_draws = intSpin("bootstrapDraws", 10, 100000, 400);
    addBoundRow(
        m_texts, form, [] { return tr("Draws"); }, m_draws);
    m_bootstrapSeed = intSpin("bootstrapSeed", 0, 1'000'000'000, 0);
    addBoundRow(
        m_texts, form, [] { return tr("Bootstrap seed"); }, m_bootstrapSeed);
    m_seasonal = new QCheckBox(box);
    m_seasonal->setObjectName(QStringLiteral("seasonal"));
    form->addRow(QString(), m_seasonal);
    m_texts.bind([this, box] {
        box->setTitle(tr("Velocity"));
        m_uncertainty->setToolTip(tr("σ from the fit's residuals (MintPy's default) or from refits on dates "
                                     "drawn with replacement (seeded, repeatable)"));
        m_seasonal->setText(tr("Annual and semi-annual terms"));
    });
    connect(m_uncertainty, &QComboBox::currentIndexChanged, this, &CaseStudyInputs::remember);
    for (QSpinBox* s : {m_draws, m_bootstrapSeed})
        connect(s, &QSpinBox::valueChanged, this, &CaseStudyInputs::remember);
    connect(m_seasonal, &QCheckBox::toggled, this, &CaseStudyInputs::remember);
    return box;
}

void CaseStudyInputs::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_texts.apply();
    QWidget::changeEvent(event);
}

QStringList CaseStudyInputs::allMethods()
{
    return {QStringLiteral("none"),  QStringLiteral("deramp"), QStringLiteral("linear"),
            QStringLiteral("gacos"), QStringLiteral("cnn"),    QStringLiteral("gacos,cnn")};
}

QString CaseStudyInputs::methodLabel(const QString& method)
{
    if (method == QLatin1String("none"))
        return tr("uncorrected");
    if (method == QLatin1String("deramp"))
        return tr("deramp");
    if (method == QLatin1String("linear"))
        return tr("phase–elevation");
    if (method == QLatin1String("gacos"))
        return tr("GACOS");
    if (method == QLatin1String("cnn"))
        return tr("CNN");
    if (method == QLatin1String("gacos,cnn"))
        return tr("GACOS → CNN");
    return method;
}

QStringList CaseStudyInputs::methods() const
{
    QStringList out;
    for (const QCheckBox* c : m_methods) {
        if (c->isChecked())
            out.append(c->property("method").toString());
    }
    return out;
}

void CaseStudyInputs::setMethods(const QStringList& methods)
{
    for (QCheckBox* c : m_methods)
        c->setChecked(methods.contains(c->property("method").toString()));
}

StackSource CaseStudyInputs::stackSource() const
{
    return static_cast<StackSource>(m_source->currentData().toInt());
}

QStringList CaseStudyInputs::stackPaths() const
{
    QStringList out;
    for (const QString& p : m_stackPath->text().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString t = p.trimmed();
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}

void CaseStudyInputs::setStackSource(StackSource source, const QStringList& paths)
{
    m_source->setCurrentIndex(m_source->findData(static_cast<int>(source)));
    m_stackPath->setText(paths.join(QStringLiteral("; ")));
    remember();
}

QString CaseStudyInputs::scenarioName() const
{
    return m_scenario->currentData().toString();
}

int CaseStudyInputs::scenarioSize() const
{
    return m_size->value();
}

std::uint64_t CaseStudyInputs::scenarioSeed() const
{
    return static_cast<std::uint64_t>(m_seed->value());
}

QString CaseStudyInputs::scenarioFolder() const
{
    return m_scenarioFolder->text().trimmed();
}

void CaseStudyInputs::setScenario(const QString& name, int size, std::uint64_t seed)
{
    const int i = m_scenario->findData(name);
    if (i >= 0)
        m_scenario->setCurrentIndex(i);
    m_size->setValue(size);
    m_seed->setValue(
        static_cast<int>(std::min<std::uint64_t>(seed, static_cast<std::uint64_t>(m_seed->maximum()))));
}

void CaseStudyInputs::setScenarioFolder(const QString& folder)
{
    m_scenarioFolder->setText(folder);
    remember();
}

void CaseStudyInputs::setDemPath(const QString& path)
{
    m_dem->setText(path);
    remember();
}

void CaseStudyInputs::setGacosDir(const QString& dir)
{
    m_gacos->setText(dir);
    remember();
}

QString CaseStudyInputs::demPath() const
{
    return m_dem->text().trimmed();
}

QString CaseStudyInputs::gacosDir() const
{
    return m_gacos->text().trimmed();
}

QString CaseStudyInputs::modelPath() const
{
    return m_model->text().trimmed();
}

pipeline::CorrectionInputs CaseStudyInputs::correctionInputs() const
{
    pipeline::CorrectionInputs inputs;
    inputs.dem = demPath().toStdString();
    inputs.gacosDir = gacosDir().toStdString();
    const QString units = m_units->currentData().toString();
    if (!units.isEmpty()) {
        inputs.units = parseUnits(units.toStdString());
        if (inputs.units == Units::Radians)
            inputs.wavelengthM = m_wavelength->value();
    }
    return inputs;
}

timeseries::VelocityOptions CaseStudyInputs::velocityOptions() const
{
    timeseries::VelocityOptions options;
    options.model.seasonal = m_seasonal->isChecked();
    options.uncertainty = m_uncertainty->currentData().toString() == QLatin1String("bootstrap")
                              ? timeseries::Uncertainty::Bootstrap
                              : timeseries::Uncertainty::Residual;
    options.bootstrapDraws = m_draws->value();
    options.seed = static_cast<std::uint64_t>(m_bootstrapSeed->value());
    return options;
}

void CaseStudyInputs::setUncertainty(timeseries::Uncertainty kind, int draws)
{
    m_uncertainty->setCurrentIndex(kind == timeseries::Uncertainty::Bootstrap ? 1 : 0);
    m_draws->setValue(draws);
}

void CaseStudyInputs::setSeasonal(bool on)
{
    m_seasonal->setChecked(on);
}

void CaseStudyInputs::setBusy(bool busy)
{
    for (QWidget* box : m_boxes)
        box->setEnabled(!busy);
}

void CaseStudyInputs::browseStack()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("lastOpenDir")).toString();
    QStringList paths;
    switch (stackSource()) {
    case StackSource::InterferogramFiles:
        paths = QFileDialog::getOpenFileNames(
            this, tr("Interferograms (or cancel to choose a folder)"), dir,
            tr("Rasters (*.tif *.tiff *.unw *.grd *.vrt *.img);;All files (*)"));
        if (paths.isEmpty()) {
            const QString folder =
                QFileDialog::getExistingDirectory(this, tr("Folder of interferograms"), dir);
            if (!folder.isEmpty())
                paths = {folder};
        }
        break;
    case StackSource::InterferogramCsv:
    case StackSource::TimeSeriesCsv:
        paths = QStringList{QFileDialog::getOpenFileName(this, tr("Stack list"), dir,
                                                         tr("CSV (*.csv *.txt);;All files (*)"))};
        break;
    case StackSource::MintPy:
        paths = QStringList{QFileDialog::getOpenFileName(this, tr("MintPy time series"), dir,
                                                         tr("HDF5 (*.h5 *.he5);;All files (*)"))};
        break;
    }
    paths.removeAll(QString());
    if (paths.isEmpty())
        return;
    settings.setValue(QStringLiteral("lastOpenDir"), QFileInfo(paths.first()).absolutePath());
    setStackSource(stackSource(), paths);
}

void CaseStudyInputs::browseInto(QLineEdit* edit, const QString& title, const QString& filter, bool folder)
{
    const QString start =
        edit->text().isEmpty() ? QSettings().value(QStringLiteral("lastOpenDir")).toString() : edit->text();
    const QString path = folder ? QFileDialog::getExistingDirectory(this, title, start)
                                : QFileDialog::getOpenFileName(this, title, start, filter);
    if (path.isEmpty())
        return;
    edit->setText(path);
    remember();
}

void CaseStudyInputs::updateControls()
{
    const bool bootstrap = m_uncertainty->currentData().toString() == QLatin1String("bootstrap");
    m_draws->setEnabled(bootstrap);
    m_bootstrapSeed->setEnabled(bootstrap);
    m_wavelength->setEnabled(m_units->currentData().toString() == QLatin1String("rad"));
}

void CaseStudyInputs::remember()
{
    updateControls();
    if (m_restoring)
        return;
    FormMemory::save(this, QLatin1String(kSettingsGroup));
    emit changed();
}

} // namespace insar::ui
