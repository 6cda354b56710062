// A stack through corrections to velocity ± σ: a tiny synthetic stack (known rate bump, a different
// orbital ramp per acquisition, a little white noise) in metres; "none" keeps the ramps, "deramp"
// with the deforming area excluded recovers the rate; the time-series path; points; one shared
// reference pixel; unit and method errors; the files written and the refusal to overwrite; cancel.
#include "pipeline/stack_study.h"

#include "common/error.h"
#include "corrections/correction_factory.h"
#include "corrections/reference_point.h"
#include "io/raster_reader.h"
#include "nn/model_file.h"
#include "nn/trainer.h"
#include "test_support.h"

#include <QtTest>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <fstream>
#include <sstream>

using namespace insar;
namespace fs = std::filesystem;

namespace {

constexpr int kW = 32;
constexpr int kH = 28;
constexpr int kBumpRow = 14;
constexpr int kBumpCol = 16;
constexpr double kPeakRateMmPerYr = -20.0;
const char* kWgs84 = "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563]],"
                     "PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]]";

/// Rate (mm/yr): a paraboloid of radius 5 px around the bump, exactly 0 outside.
double rateAt(int row, int col)
{
    const double r2 = double(row - kBumpRow) * (row - kBumpRow) + double(col - kBumpCol) * (col - kBumpCol);
    return r2 < 25.0 ? kPeakRateMmPerYr * (1.0 - r2 / 25.0) : 0.0;
}

const std::vector<Date> kDates{{2015, 1, 10}, {2015, 5, 2},  {2015, 9, 14}, {2016, 1, 20},
                               {2016, 6, 3},  {2016, 10, 9}, {2017, 2, 11}};

double years(const Date& d)
{
    return double(d.daysSinceEpoch() - kDates.front().daysSinceEpoch()) / 365.25;
}

/// Deterministic white noise in [-a, a].
float noise(std::uint64_t& state, double amplitude)
{
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<float>(amplitude * (double(state >> 11) / double(1ULL << 53) * 2.0 - 1.0));
}

Raster emptyMap()
{
    Raster r(kW, kH, 0.0f);
    r.geoTransform.c = {137.0, 0.001, 0.0, 36.0, 0.0, -0.001};
    r.geoTransform.valid = true;
    r.crsWkt = kWgs84;
    return r;
}

/// Date i's "absolute" map in mm: displacement + its own orbital ramp (tens of mm across the grid).
double acquisitionMm(std::size_t i, int row, int col)
{
    const double a = 1.5 * std::sin(1.7 * double(i) + 0.3);
    const double b = -1.1 * std::cos(2.3 * double(i) + 0.1);
    return rateAt(row, col) * years(kDates[i]) + a * col + b * row;
}

/// Interferograms (i, i+1) and (i, i+2), metres, with white noise of `noiseMm`.
io::Stack interferogramStack(double noiseMm = 0.3)
{
    io::Stack stack;
    stack.list.kind = io::StackList::Kind::Interferograms;
    stack.list.source = "test stack";
    std::uint64_t state = 42;
    for (std::size_t i = 0; i < kDates.size(); ++i)
        for (std::size_t j = i + 1; j <= i + 2 && j < kDates.size(); ++j) {
            io::StackEntry e;
            e.date1 = kDates[i];
            e.date2 = kDates[j];
            e.file = kDates[i].toCompact() + "_" + kDates[j].toCompact() + ".tif";
            Raster map = emptyMap();
            for (int r = 0; r < kH; ++r)
                for (int c = 0; c < kW; ++c)
                    map.at(r, c) = static_cast<float>(
                        (acquisitionMm(j, r, c) - acquisitionMm(i, r, c) + noise(state, noiseMm)) * 1e-3);
            map.metadata.units = Units::Metres;
            map.metadata.date1 = e.date1;
            map.metadata.date2 = e.date2;
            map.sourcePath = e.file.string();
            stack.list.entries.push_back(e);
            stack.maps.push_back(std::move(map));
        }
    return stack;
}

/// The deforming area as a lon/lat polygon (pixels 7..25 x 7..21 around the bump), kept out of fits.
std::string bumpPolygon()
{
    return "POLYGON((137.008 35.979, 137.025 35.979, 137.025 35.993, 137.008 35.993, 137.008 35.979))";
}

pipeline::StackStudyRequest deramprequest()
{
    pipeline::StackStudyRequest request;
    request.stack = interferogramStack();
    request.methods = {"none", "deramp"};
    request.inputs.exclude = bumpPolygon();
    pipeline::StudyPoint bump;
    bump.name = "bump";
    bump.row = kBumpRow;
    bump.col = kBumpCol;
    request.points.push_back(bump);
    request.threads = 2;
    return request;
}

std::string readText(const fs::path& p)
{
    std::ifstream in(p);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

/// Asks to cancel once the reported fraction passes `at`.
class CancelAfter final : public Progress {
public:
    explicit CancelAfter(double at) : m_at(at) {}
    void setFraction(double f) override
    {
        if (f > m_at)
            m_cancelled = true;
    }
    bool isCancelled() const override { return m_cancelled; }

private:
    double m_at;
    std::atomic<bool> m_cancelled{false};
};

template <typename F> QString errorOf(F&& f)
{
    try {
        f();
    } catch (const Error& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

} // namespace

class TstStackStudy : public QObject {
    Q_OBJECT
private slots:
    void derampRecoversTheRate();
    void everyMapSharesOneReference();
    void timeSeriesPath();
    void pointsByLonLatAndWindow();
    void badInputs();
    void writesFilesAndRefusesToOverwrite();
    void cancelLeavesNoOutput();
    void cnnRunsWithTheRequestedOptions();
};

void TstStackStudy::derampRecoversTheRate()
{
    NullProgress progress;
    const pipeline::StackStudyResult result = pipeline::runStackStudy(deramprequest(), progress);
    QCOMPARE(result.methods.size(), std::size_t(2));
    QCOMPARE(result.dates.size(), kDates.size());
    QCOMPARE(result.width, kW);
    QCOMPARE(result.height, kH);
    const pipeline::MethodResult& none = result.methods[0];
    const pipeline::MethodResult& deramp = result.methods[1];
    QCOMPARE(none.method, std::string("none"));
    QVERIFY(std::isnan(none.meanStdReduction));
    QVERIFY2(deramp.meanStdReduction > 0.5, qPrintable(QString::number(deramp.meanStdReduction)));
    QVERIFY(result.referenceRow >= 0);
    // The reference is outside the bump (auto keeps the excluded area out), where the truth is 0.
    QCOMPARE(rateAt(result.referenceRow, result.referenceCol), 0.0);

    const pipeline::PointVelocity& pNone = none.points.front();
    const pipeline::PointVelocity& pDeramp = deramp.points.front();
    QCOMPARE(pDeramp.row, kBumpRow);
    QCOMPARE(pDeramp.col, kBumpCol);
    QCOMPARE(pDeramp.fit.validDates, int(kDates.size()));
    QCOMPARE(pDeramp.displacementMm.size(), kDates.size());
    // Deramped: the rate within the noise; σ small. Uncorrected: the ramps bias it and inflate σ.
    INSAR_FUZZY_COMPARE(pDeramp.fit.velocity, kPeakRateMmPerYr, 0.0, 0.3);
    QVERIFY2(pDeramp.fit.sigma < 0.2, qPrintable(QString::number(pDeramp.fit.sigma)));
    QVERIFY2(std::abs(pNone.fit.velocity - kPeakRateMmPerYr) > 2.0,
             qPrintable(QString::number(pNone.fit.velocity)));
    QVERIFY2(pNone.fit.sigma > 4.0 * pDeramp.fit.sigma, qPrintable(QString::number(pNone.fit.sigma)));
    QVERIFY(deramp.medianSigma < none.medianSigma);
    // The whole deramped velocity map matches the truth (referenced at a pixel where it is 0).
    double worst = 0.0;
    for (int r = 0; r < kH; ++r)
        for (int c = 0; c < kW; ++c)
            worst = std::max(worst, std::abs(double(deramp.velocity.at(r, c)) - rateAt(r, c)));
    QVERIFY2(worst < 1.0, qPrintable(QString::number(worst)));
    QCOMPARE(deramp.sigma.width(), kW);
    QVERIFY(deramp.velocity.geoTransform.valid);
    QCOMPARE(deramp.displacementMm.size(), kDates.size() * std::size_t(kW * kH));
}

void TstStackStudy::everyMapSharesOneReference()
{
    NullProgress progress;
    pipeline::StackStudyRequest request = deramprequest();
    request.inputs.reference = "3,4";
    const pipeline::StackStudyResult result = pipeline::runStackStudy(request, progress);
    QCOMPARE(result.referenceRow, 3);
    QCOMPARE(result.referenceCol, 4);
    const std::size_t pixels = std::size_t(kW) * kH;
    for (const pipeline::MethodResult& m : result.methods)
        for (std::size_t d = 0; d < result.dates.size(); ++d) {
            Raster date(kW, kH,
                        std::vector<float>(m.displacementMm.begin() + std::ptrdiff_t(d * pixels),
                                           m.displacementMm.begin() + std::ptrdiff_t((d + 1) * pixels)));
            // Every interferogram is 0 on the reference window, so the inverted series is too.
            INSAR_FUZZY_COMPARE(corrections::referenceValue(date, 3, 4), 0.0, 0.0, 1e-3);
        }
}

void TstStackStudy::timeSeriesPath()
{
    // Per-date maps (mm) with each date's own constant level, given out of date order.
    io::Stack stack;
    stack.list.kind = io::StackList::Kind::TimeSeries;
    stack.list.source = "test series";
    for (std::size_t k = 0; k < kDates.size(); ++k) {
        const std::size_t i = (k * 3) % kDates.size(); // a permutation of 0..6
        io::StackEntry e;
        e.date1 = kDates[i];
        e.file = "ts_" + kDates[i].toCompact() + ".tif";
        Raster map = emptyMap();
        for (int r = 0; r < kH; ++r)
            for (int c = 0; c < kW; ++c)
                map.at(r, c) = static_cast<float>(rateAt(r, c) * years(kDates[i]) + 7.0 * double(i));
        map.metadata.units = Units::Millimetres;
        map.sourcePath = e.file.string();
        stack.list.entries.push_back(e);
        stack.maps.push_back(std::move(map));
    }
    pipeline::StackStudyRequest request;
    request.stack = stack;
    request.methods = {"none"};
    request.inputs.reference = "0,0";
    pipeline::StudyPoint p;
    p.row = kBumpRow;
    p.col = kBumpCol;
    request.points.push_back(p);
    NullProgress progress;
    const pipeline::StackStudyResult result = pipeline::runStackStudy(request, progress);
    QVERIFY(result.dates == kDates); // sorted
    const pipeline::MethodResult& m = result.methods.front();
    QCOMPARE(m.points.front().name, std::string("P1"));
    INSAR_FUZZY_COMPARE(m.points.front().fit.velocity, kPeakRateMmPerYr, 0.0, 1e-3);
    QVERIFY(m.points.front().fit.sigma < 1e-3);
    for (std::size_t p0 = 0; p0 < std::size_t(kW) * kH; ++p0)
        QCOMPARE(m.displacementMm[p0], 0.0f); // relative to the first date
    INSAR_FUZZY_COMPARE(m.velocity.at(kBumpRow, kBumpCol), kPeakRateMmPerYr, 0.0, 1e-3);
    INSAR_FUZZY_COMPARE(m.velocity.at(0, 0), 0.0, 0.0, 1e-4);
}

void TstStackStudy::pointsByLonLatAndWindow()
{
    pipeline::StackStudyRequest request = deramprequest();
    request.methods = {"deramp"};
    double lon = 0.0;
    double lat = 0.0;
    request.stack.maps.front().geoTransform.pixelToGeo(kBumpCol + 0.5, kBumpRow + 0.5, lon, lat);
    pipeline::StudyPoint byLonLat;
    byLonLat.name = "ll";
    byLonLat.lon = lon;
    byLonLat.lat = lat;
    byLonLat.window = 3;
    request.points.push_back(byLonLat);
    NullProgress progress;
    const pipeline::StackStudyResult result = pipeline::runStackStudy(request, progress);
    const auto& points = result.methods.front().points;
    QCOMPARE(points.size(), std::size_t(2));
    QCOMPARE(points[1].name, std::string("ll"));
    QCOMPARE(points[1].row, kBumpRow);
    QCOMPARE(points[1].col, kBumpCol);
    // The pixel point gets its lon/lat from the grid.
    INSAR_FUZZY_COMPARE(points[0].lon, lon, 0.0, 1e-9);
    INSAR_FUZZY_COMPARE(points[0].lat, lat, 0.0, 1e-9);
    // The 3 x 3 mean of the paraboloid: peak × (1 − mean r² / 25) = peak × (1 − (4·1 + 4·2) / 9 / 25).
    INSAR_FUZZY_COMPARE(points[1].fit.velocity, kPeakRateMmPerYr * (1.0 - 12.0 / 9.0 / 25.0), 0.0, 0.6);
    QVERIFY(points[1].fit.velocity > points[0].fit.velocity); // less deep than the peak

    pipeline::StudyPoint outside;
    outside.name = "far";
    outside.lon = 10.0;
    outside.lat = 45.0;
    request.points = {outside};
    const QString error = errorOf([&] { pipeline::runStackStudy(request, progress); });
    QVERIFY2(error.contains("point far"), qPrintable(error));
    request.points = {byLonLat};
    request.points.front().window = 2;
    QVERIFY(errorOf([&] { pipeline::runStackStudy(request, progress); }).contains("odd"));
}

void TstStackStudy::badInputs()
{
    NullProgress progress;
    pipeline::StackStudyRequest request = deramprequest();
    request.methods = {"none", "nonsense"};
    QVERIFY(errorOf([&] { pipeline::runStackStudy(request, progress); }).contains("nonsense"));
    request.methods = {"deramp", "deramp"};
    QVERIFY(errorOf([&] { pipeline::runStackStudy(request, progress); }).contains("twice"));

    // A map that does not say its units: refused naming the file, accepted with an override.
    request.methods = {"none"};
    request.stack.maps[3].metadata.units = Units::Unknown;
    const QString error = errorOf([&] { pipeline::runStackStudy(request, progress); });
    QVERIFY2(error.contains(QString::fromStdString(request.stack.maps[3].sourcePath)) &&
                 error.contains("units"),
             qPrintable(error));
    request.inputs.units = Units::Metres;
    const pipeline::StackStudyResult ok = pipeline::runStackStudy(request, progress);
    QCOMPARE(ok.methods.size(), std::size_t(1));

    // Radians without a wavelength.
    request.inputs.units.reset();
    request.stack.maps[3].metadata.units = Units::Radians;
    QVERIFY(errorOf([&] { pipeline::runStackStudy(request, progress); }).contains("wavelength"));
}

void TstStackStudy::writesFilesAndRefusesToOverwrite()
{
    NullProgress progress;
    const pipeline::StackStudyResult result = pipeline::runStackStudy(deramprequest(), progress);
    test::TempDir dir;
    const fs::path out = dir.file("study");
    const std::vector<fs::path> written = pipeline::writeStackStudy(result, out, false);
    QCOMPARE(written.size(), std::size_t(7));
    for (const char* name : {"velocity.tif", "velocity_deramp.tif", "timeseries_none.tif",
                             "timeseries_deramp.tif", "points.csv", "point_series.csv", "summary.csv"})
        QVERIFY2(fs::exists(out / name), name);

    const io::RasterInfo info = io::probeRaster(out / "velocity_deramp.tif");
    QCOMPARE(info.bandCount, 2);
    io::ReadOptions band1;
    band1.band = 1;
    io::ReadOptions band2;
    band2.band = 2;
    const Raster velocity = io::readRaster(out / "velocity_deramp.tif", band1);
    const Raster sigma = io::readRaster(out / "velocity_deramp.tif", band2);
    QCOMPARE(velocity.at(kBumpRow, kBumpCol), result.methods[1].velocity.at(kBumpRow, kBumpCol));
    QCOMPARE(sigma.at(5, 7), result.methods[1].sigma.at(5, 7));
    QCOMPARE(io::probeRaster(out / "timeseries_none.tif").bandCount, int(kDates.size()));

    const std::string points = readText(out / "points.csv");
    QVERIFY(points.rfind("point,method,lon,lat,row,col,velocity_mm_yr,sigma_mm_yr,valid_dates\n", 0) == 0);
    QVERIFY2(points.find("bump,deramp,") != std::string::npos, points.c_str());
    const std::string summary = readText(out / "summary.csv");
    QVERIFY2(summary.find("\nderamp,") != std::string::npos &&
                 summary.find("velocity_deramp.tif") != std::string::npos,
             summary.c_str());
    const std::string series = readText(out / "point_series.csv");
    QCOMPARE(std::count(series.begin(), series.end(), '\n'), std::ptrdiff_t(1 + 2 * kDates.size()));

    // Refused without overwrite, and nothing is changed; allowed with it.
    const auto before = fs::last_write_time(out / "points.csv");
    const QString error = errorOf([&] { pipeline::writeStackStudy(result, out, false); });
    QVERIFY2(error.contains("already exists"), qPrintable(error));
    QCOMPARE(fs::last_write_time(out / "points.csv"), before);
    QCOMPARE(pipeline::writeStackStudy(result, out, true).size(), std::size_t(7));

    // A target that cannot be written (a folder in its place) fails before any file appears.
    const fs::path other = dir.file("other");
    fs::create_directories(other / "summary.csv");
    QVERIFY(errorOf([&] { pipeline::writeStackStudy(result, other, true); }).contains("summary.csv"));
    QCOMPARE(std::distance(fs::directory_iterator(other), fs::directory_iterator()), std::ptrdiff_t(1));
}

void TstStackStudy::cancelLeavesNoOutput()
{
    CancelAfter progress(0.3);
    test::TempDir dir;
    bool cancelled = false;
    try {
        const pipeline::StackStudyResult result = pipeline::runStackStudy(deramprequest(), progress);
        pipeline::writeStackStudy(result, dir.file("out"), false);
    } catch (const CancelledError&) {
        cancelled = true;
    }
    QVERIFY(cancelled);
    QVERIFY(!fs::exists(dir.file("out")));
}

void TstStackStudy::cnnRunsWithTheRequestedOptions()
{
    // The request's CNN options (device, CPU precision) reach the "cnn" the study registers, so
    // the Case-study tab's Preferences and velocity/casestudy --device/--bf16 take effect.
    const fs::path model = nn::defaultModelPath();
    if (model.empty())
        QSKIP("no shipped model (packaging/models/insar-dncnn.model) found");
    pipeline::StackStudyRequest request = deramprequest();
    request.methods = {"cnn"};
    request.modelPath = model.string();
    request.cnnOptions.device = nn::DeviceKind::Cpu;
    for (bool bf16 : {true, false}) {
        request.cnnOptions.bf16 = bf16;
        NullProgress progress;
        const pipeline::StackStudyResult result = pipeline::runStackStudy(request, progress);
        QCOMPARE(result.methods.size(), std::size_t(1));
        const std::string json = corrections::makeCorrection("cnn")->parametersJson();
        QVERIFY2(json.find(bf16 ? "\"bf16\":true" : "\"bf16\":false") != std::string::npos, json.c_str());
        QVERIFY2(json.find("\"device\":\"cpu\"") != std::string::npos, json.c_str());
        const bool ran = bf16 && nn::deviceInfo().cpuBf16; // bf16 needs AVX-512 BF16
        QVERIFY2(json.find(ran ? "\"precision\":\"bf16\"" : "\"precision\":\"fp32\"") != std::string::npos,
                 json.c_str());
    }
}

QTEST_GUILESS_MAIN(TstStackStudy)
#include "tst_stack_study.moc"
