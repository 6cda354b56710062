// `casestudy`: one of the bundled synthetic scenarios with known truth (Ontake-like volcano stack,
// L'Aquila-like coseismic pair) generated, written as the files a user would have, read back like a
// user's stack, run through every chosen correction, and compared with the truth: velocity ± σ at
// the summit, its error, σ and the map's RMSE (Ontake); the GNSS misfit and its reduction
// (L'Aquila). The poster's figures are printed beside ours for context (docs/case_studies.md).
#include "cli_errors.h"
#include "cli_options.h"
#include "cli_progress.h"
#include "command_registry.h"
#include "common/atomic_file.h"
#include "common/csv_format.h"
#include "common/error.h"
#include "corrections/reference_point.h"
#include "gnss/gnss_comparison.h"
#include "io/stack_reader.h"
#include "nn/trainer.h"
#include "output_guard.h"
#include "pipeline/stack_study.h"
#include "scenarios/scenario.h"
#include "stack_study_cli.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <sstream>

namespace {

namespace fs = std::filesystem;
namespace pl = insar::pipeline;
using insar::csvField;
using insar::csvNumber;

struct CaseStudyCliOptions {
    std::string scenario;
    std::uint64_t seed = 1;
    int size = 0;
    std::vector<std::string> methodLists;
    std::vector<std::string> methods;
    std::string model;
    std::string device = "auto";
    bool bf16 = false;
    int threads = 0;
    std::string out;
    bool overwrite = false;
    bool quiet = false;
};

const std::vector<std::string> kDefaultMethods{"none", "deramp", "linear", "gacos", "cnn", "gacos,cnn"};

/// The central half of the scene, where both scenarios put their source, as a lon/lat WKT polygon:
/// what a user would draw around the volcano or the fault to keep it out of the deramp and
/// phase-elevation fits and of the automatic reference.
std::string deformingAreaWkt(const insar::Raster& grid)
{
    double west = 0.0;
    double north = 0.0;
    double east = 0.0;
    double south = 0.0;
    grid.geoTransform.pixelToGeo(0.25 * grid.width(), 0.25 * grid.height(), west, north);
    grid.geoTransform.pixelToGeo(0.75 * grid.width(), 0.75 * grid.height(), east, south);
    char wkt[256];
    std::snprintf(wkt, sizeof wkt, "POLYGON((%.6f %.6f, %.6f %.6f, %.6f %.6f, %.6f %.6f, %.6f %.6f))", west,
                  south, east, south, east, north, west, north, west, south);
    return wkt;
}

/// RMSE of `estimate` against `truth` over the pixels valid in both, both referenced to the study's
/// pixel (the estimate already is; the truth's value there is subtracted), or, with no reference,
/// after removing the mean difference.
double referencedRmse(const float* estimate, const insar::Raster& truth, const pl::StackStudyResult& study)
{
    double offset = 0.0;
    if (study.referenceRow >= 0) {
        offset = insar::corrections::referenceValue(truth, study.referenceRow, study.referenceCol);
    } else {
        double sum = 0.0;
        std::size_t n = 0;
        for (std::size_t p = 0; p < truth.size(); ++p)
            if (std::isfinite(estimate[p]) && std::isfinite(truth.data()[p])) {
                sum += double(truth.data()[p]) - estimate[p];
                ++n;
            }
        offset = n > 0 ? sum / double(n) : NAN;
    }
    double sq = 0.0;
    std::size_t n = 0;
    for (std::size_t p = 0; p < truth.size(); ++p)
        if (std::isfinite(estimate[p]) && std::isfinite(truth.data()[p])) {
            const double d = double(estimate[p]) - (double(truth.data()[p]) - offset);
            sq += d * d;
            ++n;
        }
    return n > 0 ? std::sqrt(sq / double(n)) : NAN;
}

std::string ontakeReport(const insar::scenarios::Scenario& s, const pl::StackStudyResult& study)
{
    const double truthRef =
        study.referenceRow >= 0
            ? insar::corrections::referenceValue(s.truth, study.referenceRow, study.referenceCol)
            : 0.0;
    const double truth = s.truthAtPoint - truthRef;
    const pl::MethodResult* none = nullptr;
    for (const pl::MethodResult& m : study.methods)
        if (m.method == "none")
            none = &m;
    std::printf(
        "\nSynthetic scenario (Ontake-like; not real data): LOS velocity at the summit (%.5f E, %.5f N), "
        "true %.2f mm/yr referenced to %s\n",
        s.pointLon, s.pointLat, truth, study.referenceDescription.c_str());
    std::printf("%-14s %-22s %9s %9s %10s %14s %11s\n", "method", "velocity ± σ (mm/yr)", "error", "median σ",
                "RMSE map", "σ vs none", "std red.");
    std::ostringstream csv;
    csv << "scenario,method,point_velocity_mm_yr,point_sigma_mm_yr,truth_mm_yr,error_mm_yr,median_sigma_mm_"
           "yr,"
           "rmse_vs_truth_mm_yr,point_sigma_reduction_vs_none,mean_std_reduction\n";
    for (const pl::MethodResult& m : study.methods) {
        const pl::PointVelocity& p = m.points.front();
        const double error = p.fit.velocity - truth;
        const double rmse = m.velocity.empty() ? NAN : referencedRmse(m.velocity.data(), s.truth, study);
        const double sigmaReduction =
            none != nullptr && none != &m ? 1.0 - p.fit.sigma / none->points.front().fit.sigma : NAN;
        std::printf("%-14s %-22s %9s %9s %10s %14s %11s\n", m.method.c_str(),
                    insar::cli::velocityText(p.fit.velocity, p.fit.sigma).c_str(),
                    insar::cli::numberText(error).c_str(), insar::cli::numberText(m.medianSigma).c_str(),
                    insar::cli::numberText(rmse).c_str(),
                    std::isfinite(sigmaReduction)
                        ? (insar::cli::numberText(100 * sigmaReduction, "%.1f") + " %").c_str()
                        : "—",
                    std::isfinite(m.meanStdReduction)
                        ? (insar::cli::numberText(100 * m.meanStdReduction, "%.1f") + " %").c_str()
                        : "—");
        csv << "ontake," << csvField(m.method) << ',' << csvNumber(p.fit.velocity) << ','
            << csvNumber(p.fit.sigma) << ',' << csvNumber(truth) << ',' << csvNumber(error) << ','
            << csvNumber(m.medianSigma) << ',' << csvNumber(rmse) << ',' << csvNumber(sigmaReduction) << ','
            << csvNumber(m.meanStdReduction) << '\n';
    }
    std::printf(
        "(error = velocity − truth at the summit; RMSE map = velocity map vs the true velocity map; "
        "σ vs none = how much lower the summit's σ is than uncorrected; std red. = mean std reduction "
        "of the interferograms)\n");
    std::printf("Poster, for context (real ALOS-2 data at Mt. Ontake, 2014-10 → 2017-10): uncorrected "
                "−23.82 ± 7.75, GACOS −24.50 ± 8.03, linear −30.81 ± 8.29, CNN −29.95 ± 5.21 mm/yr "
                "(CNN σ 32.8 %% below uncorrected).\n");
    return csv.str();
}

std::string laquilaReport(const insar::scenarios::Scenario& s, const pl::StackStudyResult& study,
                          std::string& gnssCsv)
{
    // The corrected interferogram is the coseismic displacement: the time series' last date.
    const std::size_t pixels = static_cast<std::size_t>(study.width) * static_cast<std::size_t>(study.height);
    std::vector<const pl::MethodResult*> order;
    for (const pl::MethodResult& m : study.methods)
        if (m.method == "none")
            order.push_back(&m); // the baseline of the misfit reduction
    for (const pl::MethodResult& m : study.methods)
        if (m.method != "none")
            order.push_back(&m);
    std::vector<insar::Raster> maps;
    std::vector<std::string> versions;
    for (const pl::MethodResult* m : order) {
        const auto last =
            m->displacementMm.begin() + static_cast<std::ptrdiff_t>((study.dates.size() - 1) * pixels);
        insar::Raster map(study.width, study.height,
                          std::vector<float>(last, last + static_cast<std::ptrdiff_t>(pixels)));
        map.geoTransform = study.geoTransform;
        map.crsWkt = study.crsWkt;
        map.metadata.units = insar::Units::Millimetres;
        map.sourcePath = "the " + m->method + " displacement";
        maps.push_back(std::move(map));
        versions.push_back(m->method);
    }
    std::vector<const insar::Raster*> rasters;
    for (const insar::Raster& m : maps)
        rasters.push_back(&m);
    const insar::gnss::ComparisonResult cmp = insar::gnss::compare(
        insar::gnss::sampleComparisonTable(s.stations, rasters, versions), s.referenceStation);
    gnssCsv = insar::gnss::comparisonCsv(cmp);

    std::printf(
        "\nSynthetic scenario (L'Aquila-like; not real data): coseismic LOS displacement (mm) at the GNSS "
        "sites, referenced to %s (* = virtual site placed by the scenario)\n",
        cmp.table.reference.c_str());
    std::printf("%-7s %16s", "site", "GNSS");
    for (const std::string& v : versions)
        std::printf(" %12s", v.c_str());
    std::printf("\n");
    for (std::size_t i = 0; i < cmp.table.stations.size(); ++i) {
        const auto st =
            std::find_if(s.stations.begin(), s.stations.end(),
                         [&](const insar::gnss::Station& x) { return x.name == cmp.table.stations[i]; });
        const bool isVirtual = st != s.stations.end() && st->isVirtual;
        std::printf("%-7s %16s", (cmp.table.stations[i] + (isVirtual ? "*" : "")).c_str(),
                    insar::cli::velocityText(cmp.table.gnssMm[i], cmp.table.gnssSigmaMm[i]).c_str());
        for (std::size_t v = 0; v < versions.size(); ++v)
            std::printf(" %12s", insar::cli::numberText(cmp.table.insarMm[v][i], "%.1f").c_str());
        std::printf("\n");
    }
    std::printf("\n%-14s %12s %14s %10s %8s %14s %11s\n", "method", "L2 misfit", "L2 vs first", "RMSE", "r²",
                "RMSE map", "std red.");
    std::ostringstream csv;
    csv << "scenario,method,l2_misfit_mm,l2_reduction_vs_" << versions.front()
        << ",rmse_mm,std_residual_mm,r2,stations,rmse_vs_truth_mm,mean_std_reduction\n";
    for (std::size_t v = 0; v < versions.size(); ++v) {
        const insar::gnss::MisfitStats& st = cmp.stats[v];
        const double rmseMap = referencedRmse(maps[v].data(), s.truth, study);
        const double reduction = v == 0 ? NAN : cmp.l2Reduction[v];
        std::printf(
            "%-14s %12s %14s %10s %8s %14s %11s\n", versions[v].c_str(),
            insar::cli::numberText(st.l2, "%.1f").c_str(),
            std::isfinite(reduction) ? (insar::cli::numberText(-100 * reduction, "%+.1f") + " %").c_str()
                                     : "—",
            insar::cli::numberText(st.rmse, "%.1f").c_str(), insar::cli::numberText(st.r2, "%.3f").c_str(),
            insar::cli::numberText(rmseMap, "%.1f").c_str(),
            std::isfinite(order[v]->meanStdReduction)
                ? (insar::cli::numberText(100 * order[v]->meanStdReduction, "%.1f") + " %").c_str()
                : "—");
        csv << "laquila," << csvField(versions[v]) << ',' << csvNumber(st.l2) << ',' << csvNumber(reduction)
            << ',' << csvNumber(st.rmse) << ',' << csvNumber(st.stdResidual) << ',' << csvNumber(st.r2) << ','
            << st.stations << ',' << csvNumber(rmseMap) << ',' << csvNumber(order[v]->meanStdReduction)
            << '\n';
    }
    std::printf(
        "(L2 misfit = ‖InSAR − GNSS‖₂ over the sites, mm; L2 vs first = its change against %s; RMSE map = "
        "corrected map vs the true coseismic map, mm)\n",
        versions.front().c_str());
    std::printf(
        "Poster, for context (real ALOS data, 8 GNSS sites of Anzidei et al. 2009): the CNN reduced the "
        "GNSS–InSAR L2 misfit by 53.5 %% (−53.5 %%).\n");
    return csv.str();
}

insar::cli::Runner setupCaseStudy(CLI::App& sub)
{
    auto o = std::make_shared<CaseStudyCliOptions>();
    sub.add_option("--scenario", o->scenario,
                   "ontake (volcano stack, velocity) or laquila (coseismic pair, GNSS)")
        ->required()
        ->check(CLI::IsMember({"ontake", "laquila"}));
    sub.add_option("--seed", o->seed, "Seed of the scenario's random draws (default 1)");
    sub.add_option("--size", o->size, "Grid side in pixels (default 256; at least 16)")
        ->check(CLI::Range(16, 4096));
    sub.add_option("--methods", o->methodLists,
                   "Corrections as `velocity --methods` (commas, or ';' when a method is a chain). Default: "
                   "none;deramp;linear;gacos;cnn;gacos,cnn (the CNN ones only when a model is available)");
    sub.add_option("--method", o->methods,
                   "One more method, a chain in the denoise --method syntax; repeatable");
    sub.add_option("--model", o->model, "Model file for cnn (default: the shipped model, or $INSAR_MODEL)");
    insar::cli::addCnnInferenceOptions(sub, o->device, o->bf16);
    insar::cli::addThreadsOption(sub, o->threads, "Threads (default: all cores / INSAR_THREADS)");
    sub.add_option("--out", o->out, "Output folder: scenario/ (its files), maps, results.csv, gnss.csv")
        ->required();
    sub.add_flag("--overwrite", o->overwrite,
                 "Replace existing outputs, including a scenario/ folder it wrote");
    sub.add_flag("--quiet", o->quiet, "No status line and no messages");
    return [o]() -> int {
        const bool userMethods = !o->methodLists.empty() || !o->methods.empty();
        std::vector<std::string> methods =
            userMethods ? insar::cli::parseMethodList(o->methodLists, o->methods) : kDefaultMethods;
        pl::StackStudyRequest request;
        if (std::any_of(methods.begin(), methods.end(),
                        [](const std::string& m) { return pl::usesCnn(m); })) {
            const fs::path model = insar::cli::modelFor(o->model);
            std::string problem = model.empty() ? "no --model given and no pretrained model installed" : "";
            if (problem.empty()) {
                try {
                    insar::nn::readModelInfo(model);
                } catch (const insar::Error& e) {
                    problem = e.what();
                }
            }
            if (!problem.empty() && (userMethods || !o->model.empty()))
                throw insar::Error("method cnn: " + problem);
            if (!problem.empty()) {
                std::fprintf(stderr, "casestudy: the CNN is not available (%s); running without it\n",
                             insar::cli::oneLine(problem).c_str());
                methods.erase(std::remove_if(methods.begin(), methods.end(), pl::usesCnn), methods.end());
            } else {
                request.modelPath = model;
                request.cnnOptions.device = insar::nn::deviceKindFromName(o->device);
                request.cnnOptions.bf16 = o->bf16;
                insar::nn::configureTorchThreads(o->threads);
            }
        }
        request.methods = methods;

        const fs::path outDir(o->out);
        const fs::path scenarioDir = outDir / "scenario";
        std::vector<fs::path> outputs = insar::cli::plannedStudyOutputs(outDir, methods);
        outputs.push_back(outDir / "results.csv");
        if (o->scenario == "laquila")
            outputs.push_back(outDir / "gnss.csv");
        for (const fs::path& f : outputs)
            insar::cli::checkOutputPath(f, {}, o->overwrite);
        std::error_code ec;
        if (fs::exists(scenarioDir, ec) && !fs::is_empty(scenarioDir, ec)) {
            if (!o->overwrite)
                throw insar::Error(scenarioDir.string() +
                                   " already exists; use --overwrite or another --out");
            if (!fs::exists(scenarioDir / "scenario.json", ec))
                throw insar::Error(
                    scenarioDir.string() +
                    " exists and is not a scenario folder this command wrote; it is left alone");
            fs::remove_all(scenarioDir, ec);
            if (ec)
                throw insar::Error(insar::ErrorKind::Io,
                                   scenarioDir.string() + ": cannot replace it: " + ec.message());
        }

        insar::scenarios::ScenarioOptions options;
        options.seed = o->seed;
        options.size = o->size;
        options.threads = o->threads;
        insar::scenarios::Scenario scenario;
        {
            insar::cli::TerminalProgress progress("casestudy: generating " + o->scenario, o->quiet);
            scenario = insar::scenarios::makeScenario(o->scenario, options, progress);
            insar::scenarios::writeScenario(scenario, options, scenarioDir, progress);
            progress.finish();
        }
        {
            // Read back what was written, so the run goes through the same files and readers a user's does.
            insar::cli::TerminalProgress progress("casestudy: reading the stack", o->quiet);
            request.stack =
                insar::io::readStack(insar::io::readInterferogramList(scenarioDir / "ifgs.csv"), progress);
            progress.finish();
        }
        request.inputs.dem = scenarioDir / "dem.tif";
        request.inputs.gacosDir = scenarioDir / "gacos";
        request.inputs.exclude = deformingAreaWkt(request.stack.maps.front());
        if (o->scenario == "ontake") {
            pl::StudyPoint summit;
            summit.name = "summit";
            summit.lon = scenario.pointLon;
            summit.lat = scenario.pointLat;
            request.points.push_back(summit);
        }
        request.threads = o->threads;
        pl::StackStudyResult study;
        {
            insar::cli::TerminalProgress progress("casestudy: corrections", o->quiet);
            study = pl::runStackStudy(request, progress);
            progress.finish();
        }
        pl::writeStackStudy(study, outDir, o->overwrite);
        if (!o->quiet)
            for (const std::string& w : study.warnings)
                std::fprintf(stderr, "casestudy: %s\n", insar::cli::oneLine(w).c_str());

        std::printf("%s\n", scenario.description.c_str());
        std::printf(
            "%zu interferograms, %zu dates, %d × %d pixels; deforming area (central half of the scene) kept "
            "out of the fits; reference %s\n",
            request.stack.maps.size(), study.dates.size(), study.width, study.height,
            study.referenceDescription.c_str());
        std::string gnssCsv;
        const std::string results =
            o->scenario == "ontake" ? ontakeReport(scenario, study) : laquilaReport(scenario, study, gnssCsv);
        insar::writeFileAtomically(outDir / "results.csv", results);
        if (!gnssCsv.empty())
            insar::writeFileAtomically(outDir / "gnss.csv", gnssCsv);
        std::printf("\nwrote %s (scenario files), %s, the maps and CSVs in %s\n",
                    scenarioDir.string().c_str(), (outDir / "results.csv").string().c_str(),
                    outDir.string().c_str());
        return 0;
    };
}

} // namespace

INSAR_REGISTER_COMMAND(
    casestudy, "casestudy",
    "A bundled synthetic scenario (ontake | laquila) through every correction, compared with "
    "its known truth",
    setupCaseStudy)
