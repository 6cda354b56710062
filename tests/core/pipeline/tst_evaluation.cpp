// Scoring methods against a known truth (pipeline/evaluation.h): on maps whose noise is a known
// plane and a known height coefficient the right classical method recovers the truth exactly, the
// summary names it, the CSV files have their exact layout, a tiny CNN runs in the same
// evaluation, and a bad method list fails before any sample is drawn.
#include "pipeline/evaluation.h"

#include "common/error.h"
#include "pipeline/cnn_correction.h"
#include "pipeline/evaluation_writer.h"
#include "pipeline_fixtures.h"

#include <QtTest>

#include <fstream>

using namespace insar;
namespace pl = insar::pipeline;

namespace {

constexpr int kSide = 48;

Raster grid()
{
    Raster r(kSide, kSide);
    r.geoTransform.c = {10.0, 0.001, 0.0, 45.0, 0.0, -0.001};
    r.geoTransform.valid = true;
    r.crsWkt = test::kWgs84Wkt;
    r.metadata.units = Units::Metres;
    return r;
}

/// A deformation disc with a sharp edge (every non-zero value lies above the mask threshold, so a
/// fit outside the mask sees no deformation at all): amplitude * (1 - r / 2R) inside radius R.
Raster bump(double amplitudeM, int centreRow, int centreCol, double radius)
{
    Raster x = grid();
    for (int r = 0; r < kSide; ++r)
        for (int c = 0; c < kSide; ++c) {
            const double d = std::hypot(r - centreRow, c - centreCol);
            x.at(r, c) = d < radius ? float(amplitudeM * (1.0 - 0.5 * d / radius)) : 0.0f;
        }
    return x;
}

/// Heights with relief that no plane or bilinear surface matches (m).
Raster dem()
{
    Raster h = grid();
    for (int r = 0; r < kSide; ++r)
        for (int c = 0; c < kSide; ++c)
            h.at(r, c) = float(800.0 + 400.0 * std::sin(0.21 * c) * std::cos(0.17 * r) + 3.0 * r);
    return h;
}

/// y = x + zero-mean noise: a plane b·col + c·row and k·h, each with its mean over the grid removed.
pl::EvaluationSample sample(const std::string& id, const Raster& x, double b, double c, double k)
{
    const Raster h = dem();
    double meanH = 0.0;
    for (float v : h.values())
        meanH += v;
    meanH /= double(h.size());
    const double mid = (kSide - 1) / 2.0;
    pl::EvaluationSample s;
    s.id = id;
    s.reference = x;
    s.input = x;
    for (int r = 0; r < kSide; ++r)
        for (int col = 0; col < kSide; ++col)
            s.input.at(r, col) += float(b * (col - mid) + c * (r - mid) + k * (h.at(r, col) - meanH));
    s.dem = h;
    return s;
}

pl::EvaluationSource listSource(std::vector<pl::EvaluationSample> samples, int* calls = nullptr)
{
    pl::EvaluationSource src;
    src.count = samples.size();
    src.description = "test maps";
    auto shared = std::make_shared<std::vector<pl::EvaluationSample>>(std::move(samples));
    src.sample = [shared, calls](std::size_t i) {
        if (calls)
            ++*calls;
        return shared->at(i);
    };
    return src;
}

std::size_t indexOf(const pl::EvaluationResult& r, const std::string& spec)
{
    for (std::size_t m = 0; m < r.methods.size(); ++m)
        if (r.methods[m].spec == spec)
            return m;
    return r.methods.size();
}

double rmseOf(const pl::EvaluationResult& r, const std::string& spec)
{
    const std::size_t m = indexOf(r, spec);
    if (m == r.methods.size())
        return NAN;
    return r.overall(m, &metrics::QualityMetrics::rmse);
}

std::vector<std::string> readLines(const std::filesystem::path& file)
{
    std::ifstream in(file);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

} // namespace

class TstEvaluation : public QObject {
    Q_OBJECT
private slots:
    void maskRule();
    void levelRule();
    void splitsMethodLists();
    void recoversRampAndHeight_data();
    void recoversRampAndHeight();
    void writesMethodFiles();
    void maskCoveringTheMapFallsBack();
    void tinyCnnInTheSameRun();
    void badMethodFailsBeforeAnyWork_data();
    void badMethodFailsBeforeAnyWork();
};

void TstEvaluation::maskRule()
{
    Raster x(6, 1);
    x.values() = {0.0f, 0.0005f, 0.002f, -0.01f, NAN, 0.001f};
    // max|x| = 10 mm: threshold max(1 mm, 1 mm) = 1 mm, strict.
    Raster m = pl::deformationExclusionMask(x);
    QCOMPARE(m.values(), (std::vector<float>{0, 0, 1, 1, 0, 0}));
    // max|x| = 100 mm: 10 mm.
    x.values() = {0.0f, 0.005f, 0.0101f, -0.1f, 0.01f, -0.02f};
    m = pl::deformationExclusionMask(x);
    QCOMPARE(m.values(), (std::vector<float>{0, 0, 1, 1, 0, 1}));
    QVERIFY(pl::deformationMaskRule().find("10 %") != std::string::npos);
}

void TstEvaluation::levelRule()
{
    Raster input(3, 1), corrected(3, 1);
    input.values() = {1.0f, 2.0f, NAN};
    corrected.values() = {0.0f, 0.0f, 5.0f};
    pl::makeRemovedZeroMean(input, corrected); // mean(input - corrected) over 2 pixels = 1.5
    QCOMPARE(corrected.values(), (std::vector<float>{1.5f, 1.5f, 6.5f}));
}

void TstEvaluation::splitsMethodLists()
{
    QCOMPARE(pl::splitMethodList(" none; deramp,cnn  linear:1+plane;;\tderamp-masked"),
             (std::vector<std::string>{"none", "deramp,cnn", "linear:1+plane", "deramp-masked"}));
    const auto methods = pl::makeEvaluationMethods({"deramp-masked", "linear:1+plane,deramp"});
    QCOMPARE(methods.size(), std::size_t{3});
    QCOMPARE(methods[0].spec, std::string("none")); // always first, added when missing
    QVERIFY(methods[0].isInput());
    QVERIFY(methods[1].masked);
    QCOMPARE(methods[1].correctionSpec, std::string("deramp"));
    QVERIFY(methods[2].isClassical() && !methods[2].masked);
    const auto defaults = pl::defaultEvaluationMethods(false);
    QCOMPARE(defaults.size(), std::size_t{9});
    QCOMPARE(pl::makeEvaluationMethods(defaults).size(), std::size_t{9});
}

void TstEvaluation::recoversRampAndHeight_data()
{
    QTest::addColumn<double>("amplitudeM");
    QTest::addColumn<double>("heightCoeff");
    QTest::addColumn<QString>("best");
    QTest::addColumn<QStringList>("exact");
    // No deformation: every method whose model holds the noise is exact, masked or not.
    QTest::addRow("plane, no deformation") << 0.0 << 0.0 << "deramp"
                                           << QStringList{"deramp",
                                                          "deramp-masked",
                                                          "deramp:bilinear",
                                                          "deramp:bilinear-masked",
                                                          "linear:1+plane,deramp",
                                                          "linear:1+plane,deramp-masked"};
    QTest::addRow("plane + k h, no deformation")
        << 0.0 << 3e-5 << "linear:1+plane,deramp"
        << QStringList{"linear:1+plane,deramp", "linear:1+plane,deramp-masked"};
    // A deforming disc: only the masked fits see pure noise, so only they are exact.
    QTest::addRow("plane, deformation")
        << 0.05 << 0.0 << "deramp-masked"
        << QStringList{"deramp-masked", "deramp:bilinear-masked", "linear:1+plane,deramp-masked"};
    QTest::addRow("plane + k h, deformation")
        << 0.05 << 3e-5 << "linear:1+plane,deramp-masked" << QStringList{"linear:1+plane,deramp-masked"};
}

void TstEvaluation::recoversRampAndHeight()
{
    QFETCH(double, amplitudeM);
    QFETCH(double, heightCoeff);
    QFETCH(QString, best);
    QFETCH(QStringList, exact);
    const Raster x = bump(amplitudeM, 20, 27, 9.0);
    std::vector<pl::EvaluationSample> samples{sample("a", x, 4e-4, -2.5e-4, heightCoeff),
                                              sample("b", x, -1e-4, 3e-4, heightCoeff)};
    const auto methods = pl::makeEvaluationMethods(pl::defaultEvaluationMethods(false));
    NullProgress progress;
    const pl::EvaluationResult r = pl::evaluateMethods(listSource(samples), methods, progress);
    QCOMPARE(r.samples.size(), std::size_t{2});
    QCOMPARE(r.summaries.size(), methods.size());
    const double input = rmseOf(r, "none");
    QVERIFY2(input > 3e-3, qPrintable(QString::number(input)));
    for (const auto& m : methods) {
        const double e = rmseOf(r, m.spec);
        const bool shouldBeExact = exact.contains(QString::fromStdString(m.spec));
        // float32 maps: exact means below a micrometre against millimetres to centimetres of noise.
        if (shouldBeExact)
            QVERIFY2(e < 1e-6, qPrintable(QString::fromStdString(m.spec) + " " + QString::number(e)));
        else
            QVERIFY2(e > 2e-5, qPrintable(QString::fromStdString(m.spec) + " " + QString::number(e)));
    }
    QVERIFY(r.bestClassical.has_value());
    if (exact.size() == 1)
        QCOMPARE(QString::fromStdString(r.methods[*r.bestClassical].spec), best);
    else
        QVERIFY(exact.contains(QString::fromStdString(r.methods[*r.bestClassical].spec)));
    QVERIFY(!r.cnn.has_value());
    QVERIFY(std::isnan(r.cnnRmseRatio()));
    const std::string table = pl::formatMethodsTable(r);
    QVERIFY2(table.find("best classical method (lowest overall RMSE): " + r.methods[*r.bestClassical].spec) !=
                 std::string::npos,
             table.c_str());
}

void TstEvaluation::writesMethodFiles()
{
    test::TempDir dir;
    const Raster x = bump(0.05, 20, 27, 9.0);
    const auto methods = pl::makeEvaluationMethods({"none", "deramp", "linear:1+plane,deramp-masked"});
    NullProgress progress;
    const pl::EvaluationResult r =
        pl::evaluateMethods(listSource({sample("s0", x, 4e-4, 0.0, 3e-5), sample("s1", x, 0.0, 2e-4, 3e-5),
                                        sample("s2", x, 1e-4, 1e-4, 0)}),
                            methods, progress);
    pl::writeMethodsCsv(dir.file("methods.csv"), r);
    pl::writeMethodSamplesCsv(dir.file("methods_samples.csv"), r);

    const auto lines = readLines(dir.file("methods.csv"));
    QCOMPARE(lines.size(), std::size_t{1 + 3 * 7}); // header + 3 methods × (6 poster bins + all)
    QCOMPARE(lines[0],
             std::string("method,bin,snr_low,snr_high,count,rmse_mm,ssim_windowed,ssim_poster,snr_db"));
    // The overflow bin first (open upper end: empty), then the decades, then "all".
    QVERIFY2(lines[1].starts_with("none,>= 1e2,100,,"), lines[1].c_str());
    QVERIFY2(lines[2].starts_with("none,\"[1e1, 1e2)\",10,100,"), lines[2].c_str());
    const std::string all = lines[7];
    QVERIFY2(all.starts_with("none,all,,,3,"), all.c_str());
    // The rmse_mm of "none"/all is the mean input RMSE in mm, plain decimal.
    const std::string rmseCell = all.substr(std::string("none,all,,,3,").size(), all.find(',', 13) - 13);
    QVERIFY2(rmseCell.find('e') == std::string::npos, rmseCell.c_str());
    QCOMPARE(std::stod(rmseCell), std::stod(pl::plainDecimal(1000.0 * rmseOf(r, "none"))));
    QVERIFY2(lines[21].starts_with("\"linear:1+plane,deramp-masked\",all,,,3,0"), lines[21].c_str());

    const auto rows = readLines(dir.file("methods_samples.csv"));
    QCOMPARE(rows.size(), std::size_t{1 + 3 * 3});
    QCOMPARE(rows[0], std::string("sample,input_snr,method,rmse_mm,ssim_windowed,ssim_poster,snr_db"));
    QVERIFY2(rows[1].starts_with("s0,") && rows[1].find(",none,") != std::string::npos, rows[1].c_str());
    QVERIFY2(rows[3].find(",\"linear:1+plane,deramp-masked\",0") != std::string::npos, rows[3].c_str());

    QCOMPARE(pl::plainDecimal(1.234e-9), std::string("0.000000001234"));
    QCOMPARE(pl::plainDecimal(12345.678), std::string("12345.7"));
    QCOMPARE(pl::plainDecimal(NAN), std::string());
    QCOMPARE(pl::plainDecimal(0.01), std::string("0.01"));

    const nlohmann::json j = pl::methodsSummaryJson(r);
    QCOMPARE(j.at("methods").size(), std::size_t{3});
    QCOMPARE(j.at("best_classical").get<std::string>(), std::string("linear:1+plane,deramp-masked"));
    QCOMPARE(j.at("best_classical_unmasked").get<std::string>(), std::string("deramp"));
    QVERIFY(j.at("cnn_rmse_ratio_to_best_classical").is_null());
    QVERIFY(j.at("mask_rule").get<std::string>().find("|x|") != std::string::npos);
}

void TstEvaluation::maskCoveringTheMapFallsBack()
{
    // Sample "wide": the disc covers every pixel, so no pixel is left outside the mask; "small" masks
    // normally. The masked fit of "wide" is done without the mask and counted, not dropped.
    const Raster wide = bump(0.05, 24, 24, 100.0), small = bump(0.05, 20, 27, 9.0);
    QCOMPARE(pl::deformationExclusionMask(wide).values(), std::vector<float>(wide.size(), 1.0f));
    const auto methods = pl::makeEvaluationMethods({"none", "deramp", "deramp-masked"});
    NullProgress progress;
    const pl::EvaluationResult r = pl::evaluateMethods(
        listSource({sample("wide", wide, 4e-4, 0.0, 0.0), sample("small", small, 4e-4, 0.0, 0.0)}), methods,
        progress);
    QCOMPARE(r.samples.at(0).methods.at(2).rmse, r.samples.at(0).methods.at(1).rmse); // as unmasked
    QVERIFY(r.samples.at(1).methods.at(2).rmse < 1e-6);                               // masked, exact
    QVERIFY(r.samples.at(1).methods.at(1).rmse > 2e-5);
    bool counted = false;
    for (const auto& m : r.messages)
        counted = counted || (m.starts_with("deramp-masked: on 1 of 2 samples") &&
                              m.find("without it") != std::string::npos);
    QVERIFY(counted);
    // An error without the mask as well is not hidden: no DEM for the phase-elevation fit.
    pl::EvaluationSample noDem = sample("nodem", wide, 4e-4, 0.0, 0.0);
    noDem.dem.reset();
    try {
        (void)pl::evaluateMethods(listSource({noDem}), pl::makeEvaluationMethods({"linear:1+plane-masked"}),
                                  progress);
        QFAIL("no error");
    } catch (const Error& e) {
        QVERIFY2(QString(e.what()).contains("nodem") && QString(e.what()).contains("linear:1+plane-masked"),
                 e.what());
    }
}

void TstEvaluation::tinyCnnInTheSameRun()
{
    test::TempDir dir;
    // R(y) = constant: after the level rule the CNN's estimate is the input itself.
    pl::registerCnnCorrection({test::makeTinyModel(dir, "flat.model", 0.3f), {}});
    const auto methods =
        pl::makeEvaluationMethods(pl::splitMethodList("none;deramp-masked;cnn;deramp,cnn-masked"));
    const Raster x = bump(0.05, 20, 27, 9.0);
    NullProgress progress;
    const pl::EvaluationResult r = pl::evaluateMethods(
        listSource({sample("a", x, 4e-4, -2.5e-4, 0.0), sample("b", x, 1e-4, 2e-4, 0.0)}), methods, progress);
    QVERIFY(r.cnn.has_value());
    QCOMPARE(r.methods[*r.cnn].spec, std::string("cnn"));
    QVERIFY(r.methods[*r.cnn].usesCnn && !r.methods[*r.cnn].isClassical());
    QVERIFY(r.methods[3].usesCnn); // the chain
    const double none = rmseOf(r, "none"), cnn = rmseOf(r, "cnn"), best = rmseOf(r, "deramp-masked");
    QVERIFY2(std::abs(cnn - none) < 1e-6 * none, qPrintable(QString("%1 %2").arg(cnn).arg(none)));
    QVERIFY(best < 1e-6);
    // The chain's deramp leaves exactly the disc; a constant residual then changes nothing.
    QVERIFY2(rmseOf(r, "deramp,cnn-masked") < 1e-6,
             qPrintable(QString::number(rmseOf(r, "deramp,cnn-masked"))));
    QCOMPARE(r.methods[*r.bestClassical].spec, std::string("deramp-masked"));
    QVERIFY(r.cnnRmseRatio() > 1000.0);
    // A random tiny network changes the map: its score differs from the input's.
    pl::registerCnnCorrection({test::makeTinyModel(dir, "random.model"), {}});
    const pl::EvaluationResult r2 =
        pl::evaluateMethods(listSource({sample("a", x, 4e-4, -2.5e-4, 0.0)}),
                            pl::makeEvaluationMethods({"none", "deramp", "cnn"}), progress);
    QVERIFY(std::abs(rmseOf(r2, "cnn") - rmseOf(r2, "none")) > 1e-6);
    QVERIFY(std::isfinite(r2.cnnRmseRatio()));
    QCOMPARE(r2.cnnRmseRatio(), rmseOf(r2, "cnn") / rmseOf(r2, "deramp"));
}

void TstEvaluation::badMethodFailsBeforeAnyWork_data()
{
    QTest::addColumn<QStringList>("specs");
    QTest::addColumn<QString>("named");
    QTest::addRow("unknown") << QStringList{"none", "deramp", "bogus"} << "bogus";
    QTest::addRow("bad argument") << QStringList{"deramp:cubic-masked"} << "deramp:cubic-masked";
    QTest::addRow("duplicate") << QStringList{"deramp", "deramp"} << "listed twice";
    QTest::addRow("empty") << QStringList{} << "empty";
}

void TstEvaluation::badMethodFailsBeforeAnyWork()
{
    QFETCH(QStringList, specs);
    QFETCH(QString, named);
    std::vector<std::string> list;
    for (const auto& s : specs)
        list.push_back(s.toStdString());
    int calls = 0;
    const pl::EvaluationSource src = listSource({sample("a", bump(0.05, 20, 27, 9.0), 1e-4, 0, 0)}, &calls);
    try {
        NullProgress progress;
        (void)pl::evaluateMethods(src, pl::makeEvaluationMethods(list), progress);
        QFAIL("no error");
    } catch (const Error& e) {
        QVERIFY2(QString(e.what()).contains(named), e.what());
    }
    QCOMPARE(calls, 0);
}

QTEST_GUILESS_MAIN(TstEvaluation)
#include "tst_evaluation.moc"
