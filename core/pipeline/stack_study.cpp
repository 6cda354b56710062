#include "pipeline/stack_study.h"

#include "common/atomic_file.h"
#include "common/error.h"
#include "common/parallel_for.h"
#include "common/thread_config.h"
#include "corrections/correction_factory.h"
#include "corrections/reference_point.h"
#include "io/raster_writer.h"
#include "pipeline/cnn_correction.h"
#include "pipeline/stack_study_grid.h"
#include "timeseries/network.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>
#include <numeric>
#include <set>
#include <sstream>

namespace insar::pipeline {

namespace fs = std::filesystem;

namespace {

std::string trimmedLower(const std::string& s)
{
    std::string out;
    for (const char c : s)
        if (std::isspace(static_cast<unsigned char>(c)) == 0)
            out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    return out;
}

/// Cancellation of a parent without its fraction: for work inside a parallelFor item, whose
/// progress parallelFor itself reports per item.
class CancelOnly final : public Progress {
public:
    explicit CancelOnly(const Progress& parent) : m_parent(parent) {}
    void setFraction(double) override {}
    bool isCancelled() const override { return m_parent.isCancelled(); }

private:
    const Progress& m_parent;
};

std::string mapLabel(const io::Stack& stack, std::size_t i)
{
    const Raster& map = stack.maps[i];
    if (!map.sourcePath.empty())
        return map.sourcePath;
    return stack.list.entries[i].file.string();
}

/// The map in LOS mm (MintPy sign), or insar::Error naming the file and what is missing.
Raster toMillimetres(const Raster& map, const CorrectionInputs& inputs, const std::string& label)
{
    Raster out = map;
    if (out.sourcePath.empty())
        out.sourcePath = label;
    applyUnitOverrides(out, inputs);
    if (out.metadata.units == Units::Unknown)
        throw Error(ErrorKind::InvalidInput,
                    label + ": the units of the values are unknown (no unit tag, and the name or layout does "
                            "not say); give them (--units rad|m|mm) to convert the map to LOS millimetres");
    if (out.metadata.units == Units::Radians && !out.metadata.wavelengthM)
        throw Error(ErrorKind::InvalidInput,
                    label + ": the values are in radians but the radar wavelength is "
                            "unknown; give it (--wavelength M) to convert them to LOS mm");
    out.convertUnits(Units::Millimetres);
    return out;
}

double median(std::vector<float> values)
{
    values.erase(std::remove_if(values.begin(), values.end(), [](float v) { return !std::isfinite(v); }),
                 values.end());
    if (values.empty())
        return NAN;
    const std::size_t mid = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(mid), values.end());
    double m = values[mid];
    if (values.size() % 2 == 0)
        m = 0.5 * (m + *std::max_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(mid)));
    return m;
}

struct LocatedPoint {
    StudyPoint point;
    int row = 0;
    int col = 0;
    double lon = NAN;
    double lat = NAN;
};

std::vector<LocatedPoint> locatePoints(const std::vector<StudyPoint>& points, const Raster& grid)
{
    std::vector<LocatedPoint> located;
    for (std::size_t i = 0; i < points.size(); ++i) {
        LocatedPoint p;
        p.point = points[i];
        if (p.point.name.empty())
            p.point.name = "P" + std::to_string(i + 1);
        const std::string who = "point " + p.point.name;
        if (p.point.window < 1 || p.point.window % 2 == 0)
            throw Error(ErrorKind::InvalidInput,
                        who + ": the window must be an odd number of pixels ≥ 1 (got " +
                            std::to_string(p.point.window) + ")");
        const bool byLonLat = p.point.lon.has_value() && p.point.lat.has_value();
        const corrections::ReferencePoint where =
            byLonLat ? corrections::ReferencePoint::lonLat(*p.point.lon, *p.point.lat)
                     : corrections::ReferencePoint::pixel(p.point.row, p.point.col);
        try {
            std::tie(p.row, p.col) = corrections::locateReferencePixel(where, grid.width(), grid.height(),
                                                                       grid.geoTransform, grid.crsWkt);
        } catch (const Error& e) {
            throw Error(e.kind(), who + ": " + e.what());
        }
        if (byLonLat) {
            p.lon = *p.point.lon;
            p.lat = *p.point.lat;
        } else if (grid.geoTransform.valid && !corrections::isProjectedCrs(grid.crsWkt)) {
            grid.geoTransform.pixelToGeo(p.col + 0.5, p.row + 0.5, p.lon, p.lat);
        }
        located.push_back(p);
    }
    return located;
}

/// The reference pixel all maps share: a named point as given (resolved on `first`), or for "auto"
/// the stable area among the pixels that hold data on every map and are not excluded.
corrections::ResolvedReference resolveSharedReference(const std::vector<Raster>& maps, const Raster& first,
                                                      const corrections::CorrectionContext& ctx,
                                                      std::vector<std::string>& warnings)
{
    const Raster* userMask = ctx.exclusionMask ? &*ctx.exclusionMask : nullptr;
    if (ctx.reference.kind != corrections::ReferencePoint::Kind::Automatic) {
        corrections::ResolvedReference ref = corrections::resolveReference(first, ctx.reference, userMask);
        if (!ref.warning.empty())
            warnings.push_back(ref.warning);
        return ref;
    }
    Raster keepOut(first.width(), first.height(), 0.0f);
    keepOut.geoTransform = first.geoTransform;
    keepOut.crsWkt = first.crsWkt;
    for (std::size_t p = 0; p < keepOut.size(); ++p) {
        bool out = userMask != nullptr && userMask->data()[p] != 0.0f;
        for (std::size_t m = 0; m < maps.size() && !out; ++m)
            out = std::isnan(maps[m].data()[p]);
        keepOut.data()[p] = out ? 1.0f : 0.0f;
    }
    try {
        return corrections::findStableReference(first, &keepOut);
    } catch (const Error&) {
        warnings.emplace_back("no pixel holds data on every map outside the exclusion: the automatic "
                              "reference was chosen on one map only, so some maps may lack data there");
        return corrections::resolveReference(first, ctx.reference, userMask);
    }
}

/// Window mean at a point for every date of a date-major cube (NaN where the window has no data).
std::vector<double> windowSeries(const std::vector<float>& cube, std::size_t dates, const Raster& grid,
                                 const LocatedPoint& p)
{
    const std::size_t pixels = grid.size();
    const int half = p.point.window / 2;
    std::vector<double> series(dates, NAN);
    for (std::size_t d = 0; d < dates; ++d) {
        double sum = 0.0;
        int n = 0;
        for (int r = std::max(0, p.row - half); r <= std::min(grid.height() - 1, p.row + half); ++r)
            for (int c = std::max(0, p.col - half); c <= std::min(grid.width() - 1, p.col + half); ++c) {
                const float v = cube[d * pixels + static_cast<std::size_t>(r) * grid.width() + c];
                if (std::isfinite(v)) {
                    sum += v;
                    ++n;
                }
            }
        if (n > 0)
            series[d] = sum / n;
    }
    return series;
}

} // namespace

bool usesCnn(const std::string& methodSpec)
{
    const std::string m = trimmedLower(methodSpec);
    std::size_t start = 0;
    while (start <= m.size()) {
        const std::size_t comma = std::min(m.find(',', start), m.size());
        const std::string item = m.substr(start, comma - start);
        if (item.substr(0, item.find(':')) == "cnn")
            return true;
        start = comma + 1;
    }
    return false;
}

std::string methodFileName(const std::string& methodSpec)
{
    std::string m = trimmedLower(methodSpec);
    for (char& c : m) {
        if (c == ',')
            c = '+';
        else if (std::isalnum(static_cast<unsigned char>(c)) == 0 && c != '+' && c != '-' && c != '_')
            c = '-';
    }
    return m;
}

StackStudyResult runStackStudy(const StackStudyRequest& request, Progress& progress)
{
    const io::Stack& stack = request.stack;
    const bool timeSeries = stack.list.kind == io::StackList::Kind::TimeSeries;
    if (stack.maps.empty())
        throw Error(ErrorKind::InvalidInput, "the stack " + stack.list.source + " holds no maps");
    if (stack.maps.size() != stack.list.entries.size())
        throw Error(ErrorKind::Internal, "the stack's maps and entries differ in number");
    if (request.methods.empty())
        throw Error(ErrorKind::InvalidInput,
                    "no correction method chosen (use \"none\" for the input as it is)");
    std::set<std::string> seen;
    for (const std::string& m : request.methods)
        if (!seen.insert(trimmedLower(m)).second)
            throw Error(ErrorKind::InvalidInput, "method '" + m + "' is given twice");
    const int threads = checkedThreadCount(request.threads);
    const std::size_t mapCount = stack.maps.size();

    // Order, dates and network first: errors in the list come before any pixel is touched.
    std::vector<std::size_t> order(mapCount);
    std::iota(order.begin(), order.end(), std::size_t{0});
    timeseries::Network network;
    if (timeSeries) {
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return stack.list.entries[a].date1 < stack.list.entries[b].date1;
        });
        std::vector<Date> dates;
        dates.reserve(order.size());
        for (const std::size_t i : order)
            dates.push_back(stack.list.entries[i].date1);
        network = timeseries::Network::fromDates(dates);
    } else {
        std::vector<std::pair<Date, Date>> pairs;
        for (const io::StackEntry& e : stack.list.entries) {
            if (!e.date2)
                throw Error(ErrorKind::InvalidInput, e.file.string() + ": an interferogram needs two dates");
            pairs.emplace_back(e.date1, *e.date2);
        }
        network = timeseries::Network::fromPairs(pairs);
    }

    StackStudyResult result;
    result.dates = network.dates();
    const Raster& grid = stack.maps.front();
    result.width = grid.width();
    result.height = grid.height();
    result.geoTransform = grid.geoTransform;
    result.crsWkt = grid.crsWkt;
    const std::size_t pixels = grid.size();
    const std::vector<LocatedPoint> points = locatePoints(request.points, grid);
    if (const std::string gaps = network.describeGaps(); !gaps.empty())
        result.warnings.push_back(gaps);

    // The correction inputs of every map, LOS mm; a time series as interferograms from its first date.
    std::vector<Raster> inputs;
    inputs.reserve(mapCount);
    for (const std::size_t i : order)
        inputs.push_back(toMillimetres(stack.maps[i], request.inputs, mapLabel(stack, i)));
    if (timeSeries) {
        const std::vector<float> first = inputs.front().values();
        for (std::size_t k = 0; k < inputs.size(); ++k) {
            float* v = inputs[k].data();
            for (std::size_t p = 0; p < pixels; ++p)
                v[p] -= first[p]; // NaN where either is no-data
            inputs[k].metadata.date1 = result.dates.front();
            inputs[k].metadata.date2 = result.dates[k];
        }
    }

    std::vector<std::unique_ptr<corrections::Correction>> corrections(request.methods.size());
    bool anyCnn = false;
    for (const std::string& m : request.methods)
        anyCnn = anyCnn || usesCnn(m);
    if (anyCnn) {
        CnnDefaults defaults;
        defaults.modelFile = request.modelPath;
        defaults.options = request.cnnOptions;
        registerCnnCorrection(defaults);
    }
    for (std::size_t m = 0; m < request.methods.size(); ++m)
        if (trimmedLower(request.methods[m]) != "none")
            corrections[m] = corrections::makeCorrection(request.methods[m]);

    progress.setStage("reading the correction inputs");
    std::vector<std::string> contextMessages;
    constexpr double kSetupShare = 0.02;
    corrections::CorrectionContext ctx;
    {
        SubProgress sub(progress, 0.0, kSetupShare);
        ctx = buildContext(request.inputs, inputs.front(), contextMessages, sub);
    }
    result.warnings.insert(result.warnings.end(), contextMessages.begin(), contextMessages.end());
    corrections::ResolvedReference reference = corrections::ResolvedReference::noReference();
    if (ctx.reference.kind != corrections::ReferencePoint::Kind::None) {
        // A time series' first map is all zeros after differencing: choose on its last date.
        const Raster& chooseOn = timeSeries ? inputs.back() : inputs.front();
        reference = resolveSharedReference(inputs, chooseOn, ctx, result.warnings);
        ctx.reference = corrections::ReferencePoint::pixel(reference.row, reference.col);
        result.referenceRow = reference.row;
        result.referenceCol = reference.col;
    }
    result.referenceDescription = reference.describe();

    timeseries::SbasOptions sbas = request.sbas;
    sbas.threads = threads;
    timeseries::VelocityOptions velocityOptions = request.velocity;
    velocityOptions.threads = threads;
    const std::size_t parameters = timeseries::parameterNames(velocityOptions.model).size();
    const bool fitVelocity =
        result.dates.size() >= std::max<std::size_t>(velocityOptions.minDates, parameters + 1);
    if (!fitVelocity)
        result.warnings.push_back(std::to_string(result.dates.size()) +
                                  " dates are too few for a velocity fit (" + std::to_string(parameters) +
                                  " parameters): the time series is written, the velocity is not");

    const double methodShare = (1.0 - kSetupShare) / static_cast<double>(request.methods.size());
    for (std::size_t m = 0; m < request.methods.size(); ++m) {
        const std::string& method = request.methods[m];
        const double begin = kSetupShare + methodShare * static_cast<double>(m);
        const double mapsEnd = begin + methodShare * (timeSeries ? 0.85 : 0.75);
        const double invertEnd = begin + methodShare * (timeSeries ? 0.85 : 0.9);
        MethodResult out;
        out.method = method;

        // 1. Correct every map (classical methods in parallel; the CNN uses LibTorch's threads).
        progress.setStage(method + ": correcting " + std::to_string(mapCount) + " maps");
        std::vector<float> corrected(mapCount * pixels, NAN);
        std::vector<double> reductions(mapCount, NAN);
        std::vector<std::vector<std::string>> messages(mapCount);
        const corrections::Correction* correction = corrections[m].get();
        const int mapThreads = usesCnn(method) ? 1 : threads;
        {
            SubProgress sub(progress, begin, mapsEnd);
            parallelFor(mapCount, mapThreads, sub, [&](std::size_t k, int) {
                if (correction == nullptr) {
                    Raster map = inputs[k];
                    if (!reference.none && !corrections::reReference(map, reference))
                        messages[k].push_back("warning: the reference window holds no data on this map; "
                                              "its level is left as it is");
                    std::copy(map.values().begin(), map.values().end(), corrected.begin() + k * pixels);
                    return;
                }
                CancelOnly cancel(sub);
                corrections::CorrectionResult r = correction->apply(inputs[k], ctx, cancel);
                if (r.corrected.metadata.units != Units::Millimetres &&
                    r.corrected.metadata.units != Units::Unknown)
                    r.corrected.convertUnits(Units::Millimetres);
                std::copy(r.corrected.values().begin(), r.corrected.values().end(),
                          corrected.begin() + k * pixels);
                reductions[k] = r.reduction;
                messages[k] = std::move(r.messages);
                if (!r.reference.warning.empty())
                    messages[k].push_back("warning: " + r.reference.warning);
            });
        }
        for (std::size_t k = 0; k < mapCount; ++k)
            for (const std::string& msg : messages[k])
                out.messages.push_back(fs::path(inputs[k].sourcePath).filename().string() + ": " + msg);
        if (correction != nullptr) {
            double sum = 0.0;
            int n = 0;
            for (const double r : reductions)
                if (std::isfinite(r)) {
                    sum += r;
                    ++n;
                }
            out.meanStdReduction = n > 0 ? sum / n : NAN;
        }

        // 2. Interferograms → time series (a time series already is one, 0 at its first date).
        progress.throwIfCancelled();
        if (timeSeries) {
            out.displacementMm = std::move(corrected);
        } else {
            progress.setStage(method + ": SBAS inversion");
            std::vector<float> coherence;
            if (!stack.coherence.empty()) {
                coherence.reserve(mapCount * pixels);
                for (const Raster& c : stack.coherence)
                    coherence.insert(coherence.end(), c.values().begin(), c.values().end());
            }
            SubProgress sub(progress, mapsEnd, invertEnd);
            timeseries::SbasResult sbasResult = timeseries::invertSbas(
                network, corrected.data(), pixels, coherence.empty() ? nullptr : coherence.data(), sbas, sub);
            corrected = {};
            out.displacementMm = std::move(sbasResult.displacement);
            for (const std::string& w : sbasResult.warnings)
                out.messages.push_back("inversion: " + w);
        }

        // 3. Velocity per pixel and at the points.
        if (fitVelocity) {
            progress.setStage(method + ": velocity fit");
            SubProgress sub(progress, invertEnd, begin + methodShare);
            timeseries::VelocityResult v = timeseries::fitVelocity(result.dates, out.displacementMm.data(),
                                                                   pixels, velocityOptions, sub);
            out.noDataPixels = v.noDataPixels;
            out.medianSigma = median(v.sigma);
            out.velocity = detail::onGrid(grid, std::move(v.velocity), "LOS velocity (mm/yr), " + method);
            out.sigma = detail::onGrid(grid, std::move(v.sigma), "LOS velocity 1-sigma (mm/yr), " + method);
        } else {
            std::size_t noData = 0;
            const float* last = out.displacementMm.data() + (result.dates.size() - 1) * pixels;
            for (std::size_t p = 0; p < pixels; ++p)
                noData += std::isnan(last[p]) ? 1 : 0;
            out.noDataPixels = noData;
        }
        for (const LocatedPoint& p : points) {
            PointVelocity pv;
            pv.name = p.point.name;
            pv.row = p.row;
            pv.col = p.col;
            pv.lon = p.lon;
            pv.lat = p.lat;
            pv.displacementMm = windowSeries(out.displacementMm, result.dates.size(), grid, p);
            if (fitVelocity)
                pv.fit = timeseries::fitPoint(result.dates, pv.displacementMm, velocityOptions);
            out.points.push_back(std::move(pv));
        }
        progress.setFraction(begin + methodShare);
        result.methods.push_back(std::move(out));
    }
    progress.setFraction(1.0);
    return result;
}

} // namespace insar::pipeline
