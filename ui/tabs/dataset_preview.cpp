#include "dataset_preview.h"

#include "common/units.h"
#include "io/raster_reader.h"
#include "synthesis/dem_source.h"
#include "synthesis/sample_generator.h"
#include "widgets/linked_raster_views.h"
#include "widgets/raster_view.h"

#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>
#include <vector>

namespace insar::ui {

namespace {

/// Sample rasters are in LOS metres; the preview shows millimetres.
Raster toMillimetres(const Raster& r)
{
    Raster out = r;
    for (float& v : out.values())
        v = float(metresToMm(v));
    out.metadata.units = Units::Millimetres;
    return out;
}

struct PreviewResult {
    synthesis::Sample sample;
    std::shared_ptr<const synthesis::DemSource> dem;
};

} // namespace

std::shared_ptr<const synthesis::DemSource> loadDemTiles(const QStringList& files, Progress& progress)
{
    std::vector<Raster> tiles;
    tiles.reserve(std::size_t(files.size()));
    for (qsizetype i = 0; i < files.size(); ++i) {
        SubProgress sub(progress, double(i) / double(files.size()), double(i + 1) / double(files.size()));
        sub.setStage("reading DEM " + QFileInfo(files[i]).fileName().toStdString());
        tiles.push_back(io::readRaster(files[i].toStdString(), sub));
    }
    return std::make_shared<synthesis::RasterDemSource>(std::move(tiles));
}

DatasetPreview::DatasetPreview(QWidget* parent) : QGroupBox(parent)
{
    m_texts.bind([this] { setTitle(tr("Preview of one sample (mm, LOS)")); });
    auto* v = new QVBoxLayout(this);
    auto* grid = new QGridLayout();
    grid->setSpacing(4);

    struct PanelSpec {
        Panel panel;
        QString (*title)();
        int row;
        int col;
    };
    // Row 0 reads x + w·e = y, row 1 reads b + c + d = e; each row has one colour scale.
    const PanelSpec specs[] = {
        {Reference, [] { return tr("(a) reference x"); }, 0, 0},
        {Residual, [] { return tr("(e) residual e = b + c + d"); }, 0, 1},
        {Input, [] { return tr("(f) input y = x + w·e"); }, 0, 2},
        {Turbulent, [] { return tr("(b) turbulent delay"); }, 1, 0},
        {Stratified, [] { return tr("(c) stratified delay"); }, 1, 1},
        {Ramp, [] { return tr("(d) orbital ramp"); }, 1, 2},
    };
    m_linked = new LinkedRasterViews(this);
    for (const PanelSpec& s : specs) {
        auto* view = new RasterView();
        view->setObjectName(QStringLiteral("preview%1").arg(int(s.panel)));
        m_texts.bind([view, title = s.title] {
            view->setTitle(title());
            view->setPlaceholderText(tr("generating…"));
            view->setColorBarLabel(tr("mm"));
        });
        view->setColorMap(ColorMapKind::Diverging);
        view->setColorBarVisible(s.col == 2);
        view->setMinimumSize(160, 150);
        m_views[s.panel] = view;
        m_linked->addView(view); // zoom/pan in step; limits are set per row
        grid->addWidget(view, s.row, s.col);
    }
    // The last column also holds the colour bars: give it the extra width they take.
    grid->setColumnStretch(0, 10);
    grid->setColumnStretch(1, 10);
    grid->setColumnStretch(2, 13);
    v->addLayout(grid, 1);

    m_info = new QPlainTextEdit();
    m_info->setObjectName(QStringLiteral("previewInfo"));
    m_info->setReadOnly(true);
    m_info->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_info->setMaximumHeight(110);
    m_info->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    v->addWidget(m_info);
}

void DatasetPreview::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.apply();
        if (m_infoText)
            m_info->setPlainText(m_infoText());
    }
    QGroupBox::changeEvent(event);
}

bool DatasetPreview::isRunning() const
{
    return m_job.isRunning();
}

std::shared_ptr<const synthesis::DemSource> DatasetPreview::cachedDem(const QStringList& files) const
{
    return !files.isEmpty() && files == m_cachedDemFiles ? m_cachedDem : nullptr;
}

QString DatasetPreview::infoText() const
{
    return m_info->toPlainText();
}

void DatasetPreview::start(const PreviewRequest& request)
{
    Q_ASSERT(!isRunning());
    const synthesis::SynthesisConfig config = request.config;
    const std::uint64_t seed =
        synthesis::deriveSampleSeed(request.datasetSeed, std::uint64_t(request.sampleIndex));
    const QStringList files = request.demFiles;
    const std::shared_ptr<const synthesis::DemSource> cached = cachedDem(files);
    m_job.track(startJob<PreviewResult>(
        this,
        [config, seed, files, cached](Progress& progress) {
            PreviewResult r;
            r.dem = cached;
            if (!files.isEmpty() && !r.dem)
                r.dem = loadDemTiles(files, progress);
            synthesis::SampleGenerator generator(config);
            if (r.dem)
                generator.setDemSource(r.dem);
            r.sample = generator.generate(seed);
            return r;
        },
        [this, request](JobOutcome<PreviewResult> outcome) {
            if (outcome.succeeded()) {
                if (!request.demFiles.isEmpty()) {
                    m_cachedDemFiles = request.demFiles;
                    m_cachedDem = outcome.value->dem;
                }
                display(request, outcome.value->sample);
                emit shown();
            } else if (outcome.failed()) {
                emit failed(outcome.message);
            }
            emit finished();
        }));
}

void DatasetPreview::display(const PreviewRequest& request, const synthesis::Sample& sample)
{
    const Raster* sources[PanelCount] = {&sample.reference, &sample.turbulent, &sample.stratified,
                                         &sample.ramp,      &sample.residual,  &sample.input};
    Raster shown[PanelCount];
    for (int p = 0; p < PanelCount; ++p)
        shown[p] = toMillimetres(*sources[p]);

    auto applyRow = [&](std::initializer_list<Panel> row) {
        QList<const Raster*> rasters;
        for (Panel p : row)
            rasters.append(&shown[p]);
        const auto limits = RasterView::sharedLimits(rasters, true);
        for (Panel p : row) {
            m_views[p]->setRaster(shown[p]);
            if (limits)
                m_views[p]->setLimits(*limits);
        }
    };
    applyRow({Reference, Residual, Input});
    applyRow({Turbulent, Stratified, Ramp});

    QString truth;
    try {
        truth = QString::fromStdString(nlohmann::json::parse(sample.paramsJson).dump(1));
    } catch (const std::exception&) {
        truth = QString::fromStdString(sample.paramsJson);
    }
    // Kept as a function of the sample's numbers, so that a language change rewrites the text.
    m_infoText = [index = request.sampleIndex, datasetSeed = request.datasetSeed, seed = sample.seed,
                  width = sample.input.width(), height = sample.input.height(), weight = sample.weight,
                  snr = sample.snr, incidence = sample.incidenceDeg, heading = sample.headingDeg,
                  lon = sample.centreLonDeg, lat = sample.centreLatDeg, truth] {
        const double snrDb = snr > 0.0 ? 10.0 * std::log10(snr) : -std::numeric_limits<double>::infinity();
        const bool descending = heading < -90.0 || heading > 90.0;
        QString text;
        text += tr("Sample #%1 of dataset seed %2 → sample seed %3, %4×%5 px\n")
                    .arg(index)
                    .arg(datasetSeed)
                    .arg(seed)
                    .arg(width)
                    .arg(height);
        text += tr("w = %1   SNR = P_x / P_(y−x) = %2 (%3 dB)\n")
                    .arg(weight, 0, 'f', 3)
                    .arg(snr, 0, 'g', 4)
                    .arg(snrDb, 0, 'f', 1);
        text += tr("Incidence %1°, heading %2° (%3), centre %4°, %5°\n")
                    .arg(incidence, 0, 'f', 1)
                    .arg(heading, 0, 'f', 1)
                    .arg(descending ? tr("descending") : tr("ascending"))
                    .arg(lon, 0, 'f', 3)
                    .arg(lat, 0, 'f', 3);
        text += tr("Ground truth: ") + truth;
        return text;
    };
    m_info->setPlainText(m_infoText());
}

} // namespace insar::ui
