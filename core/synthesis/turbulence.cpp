#include "synthesis/turbulence.h"

#include "common/error.h"
#include "synthesis/rng.h"

#include <fftw3.h>

#include <algorithm>
#include <cstring>
#include <cmath>
#include <map>
#include <memory>
#include <mutex>
#include <utility>

namespace insar::synthesis {

namespace {

// FFTW planning is not thread-safe (only fftwf_execute* is), so plans are created once per size
// under a mutex and then executed concurrently with the new-array API on fftwf_malloc'd buffers
// (same alignment as the planning buffers). FFTW_ESTIMATE keeps the chosen algorithm, and so the
// output bytes, independent of timing.
enum class PlanKind { C2R, R2C };

std::mutex& planMutex()
{
    static std::mutex m;
    return m;
}

fftwf_plan cachedPlan(PlanKind kind, int rows, int cols)
{
    static std::map<std::tuple<int, int, int>, fftwf_plan> plans;
    std::lock_guard lock(planMutex());
    const auto key = std::make_tuple(static_cast<int>(kind), rows, cols);
    if (auto it = plans.find(key); it != plans.end())
        return it->second;
    const std::size_t nReal = static_cast<std::size_t>(rows) * static_cast<std::size_t>(cols);
    const std::size_t nComplex = static_cast<std::size_t>(rows) * static_cast<std::size_t>(cols / 2 + 1);
    float* real = fftwf_alloc_real(nReal);
    fftwf_complex* cplx = fftwf_alloc_complex(nComplex);
    if (!real || !cplx)
        throw Error(ErrorKind::Internal, "FFTW: out of memory");
    fftwf_plan plan = kind == PlanKind::C2R ? fftwf_plan_dft_c2r_2d(rows, cols, cplx, real, FFTW_ESTIMATE)
                                            : fftwf_plan_dft_r2c_2d(rows, cols, real, cplx, FFTW_ESTIMATE);
    fftwf_free(real);
    fftwf_free(cplx);
    if (!plan)
        throw Error(ErrorKind::Internal, "FFTW: could not create a plan");
    plans.emplace(key, plan);
    return plan;
}

/// Per-thread FFTW buffers, grown as needed (no per-sample allocation).
struct FftBuffers {
    float* real = nullptr;
    fftwf_complex* cplx = nullptr;
    std::size_t realSize = 0;
    std::size_t cplxSize = 0;
    ~FftBuffers()
    {
        fftwf_free(real);
        fftwf_free(cplx);
    }
    void ensure(std::size_t nReal, std::size_t nComplex)
    {
        if (nReal > realSize) {
            fftwf_free(real);
            real = fftwf_alloc_real(nReal);
            realSize = nReal;
        }
        if (nComplex > cplxSize) {
            fftwf_free(cplx);
            cplx = fftwf_alloc_complex(nComplex);
            cplxSize = nComplex;
        }
        if (!real || !cplx)
            throw Error(ErrorKind::Internal, "FFTW: out of memory");
    }
};

FftBuffers& threadBuffers()
{
    thread_local FftBuffers buffers;
    return buffers;
}

/// ln of the radial amplitude filter at ln f: piecewise linear in log-log with slope
/// -(beta1D + 1)/2 per regime (the cut-plane rule, docs/physics.md §3.1), continuous at the breaks,
/// flat below the outer-scale frequency. Normalised to 0 at the outer-scale frequency.
struct LogFilter {
    double lnF0, lnF1, lnF2; // outer, large->middle, middle->small breaks
    double sL, sM, sS;       // log-log slopes of the amplitude
    double v1, v2;           // values at lnF1, lnF2

    explicit LogFilter(const TurbulenceSpectrum& s)
    {
        const double f0 = 1.0 / s.outerScaleKm;
        double f1 = 1.0 / s.breakLargeKm;
        double f2 = 1.0 / s.breakSmallKm;
        f1 = std::max(f1, f0);
        f2 = std::max(f2, f1);
        lnF0 = std::log(f0);
        lnF1 = std::log(f1);
        lnF2 = std::log(f2);
        sL = -(s.slopeLarge + 1.0) / 2.0;
        sM = -(s.slopeMiddle + 1.0) / 2.0;
        sS = -(s.slopeSmall + 1.0) / 2.0;
        v1 = sL * (lnF1 - lnF0);
        v2 = v1 + sM * (lnF2 - lnF1);
    }
    double operator()(double lnF) const
    {
        if (lnF <= lnF0)
            return 0.0;
        if (lnF <= lnF1)
            return sL * (lnF - lnF0);
        if (lnF <= lnF2)
            return v1 + sM * (lnF - lnF1);
        return v2 + sS * (lnF - lnF2);
    }
};

void validateSpectrum(const TurbulenceSpectrum& s)
{
    const bool ok = std::isfinite(s.slopeLarge) && std::isfinite(s.slopeMiddle) &&
                    std::isfinite(s.slopeSmall) && s.breakLargeKm > 0.0 && s.breakSmallKm > 0.0 &&
                    s.outerScaleKm > 0.0 && s.breakSmallKm <= s.breakLargeKm &&
                    s.breakLargeKm <= s.outerScaleKm;
    if (!ok)
        throw Error(
            "turbulence spectrum: slopes must be finite and 0 < small break <= large break <= outer scale");
}

/// Radial amplitude filter tabulated against the bit pattern of f^2 (float): entry k holds
/// A(f^2) at the float whose top 17 bits are k, and values in between are interpolated linearly
/// (within a binade the mantissa is linear in f^2; relative step 2^-8, so the interpolation
/// error is ~1e-6 of A). Saves a log and an exp per frequency bin; built once per spectrum and
/// thread (the spectrum is fixed for a whole dataset).
const std::vector<float>& amplitudeTable(const TurbulenceSpectrum& s)
{
    struct Entry {
        TurbulenceSpectrum key;
        std::vector<float> table;
    };
    thread_local std::vector<Entry> cache;
    auto same = [&](const TurbulenceSpectrum& k) {
        return k.slopeLarge == s.slopeLarge && k.slopeMiddle == s.slopeMiddle &&
               k.slopeSmall == s.slopeSmall && k.breakLargeKm == s.breakLargeKm &&
               k.breakSmallKm == s.breakSmallKm && k.outerScaleKm == s.outerScaleKm;
    };
    for (const Entry& e : cache)
        if (same(e.key))
            return e.table;
    if (cache.size() >= 4)
        cache.erase(cache.begin());
    const LogFilter filter(s);
    std::vector<float> table((1u << 16) + 1, 0.0f);
    for (std::uint32_t k = 0; k < table.size(); ++k) {
        const std::uint32_t bits = k << 15;
        float f2;
        std::memcpy(&f2, &bits, sizeof f2);
        if (!(f2 > 0.0f) || !std::isfinite(f2))
            continue;
        table[k] = static_cast<float>(std::exp(filter(0.5 * std::log(double(f2)))));
    }
    cache.push_back({s, std::move(table)});
    return cache.back().table;
}

} // namespace

void synthesiseTurbulence(int rows, int cols, double dxKm, double dyKm, const TurbulenceSpectrum& spectrum,
                          double stdDev, Rng& rng, std::vector<float>& out)
{
    if (rows < 2 || cols < 2 || !(dxKm > 0.0) || !(dyKm > 0.0))
        throw Error("turbulence: grid must be at least 2 x 2 with positive spacing");
    validateSpectrum(spectrum);
    const std::size_t nReal = static_cast<std::size_t>(rows) * static_cast<std::size_t>(cols);
    const int hc = cols / 2 + 1;
    const std::size_t nComplex = static_cast<std::size_t>(rows) * static_cast<std::size_t>(hc);
    out.assign(nReal, 0.0f);
    if (stdDev == 0.0)
        return;

    // White noise drawn directly in the frequency domain (uniform real and imaginary parts of
    // unit variance: cheap to draw), then the radial power-law filter and one inverse FFT. Every
    // output pixel is a sum over rows*cols/2 independent bins, so the screen is Gaussian (central
    // limit) with exactly the requested expected spectrum.
    const fftwf_plan inverse = cachedPlan(PlanKind::C2R, rows, cols);
    FftBuffers& buf = threadBuffers();
    buf.ensure(nReal, nComplex);
    constexpr float kSqrt3 = 1.7320508075688772f;
    float* noise = reinterpret_cast<float*>(buf.cplx);
    for (std::size_t k = 0; k < 2 * nComplex; k += 2) { // two 24-bit uniforms per 64-bit draw
        const std::uint64_t r = rng.next();
        noise[k] = kSqrt3 * (2.0f * static_cast<float>(r >> 40) * 0x1.0p-24f - 1.0f);
        noise[k + 1] = kSqrt3 * (2.0f * static_cast<float>((r >> 16) & 0xffffffu) * 0x1.0p-24f - 1.0f);
    }

    const std::vector<float>& table = amplitudeTable(spectrum);
    const double dfx = 1.0 / (cols * dxKm);
    const double dfy = 1.0 / (rows * dyKm);
    std::vector<float> fx2(static_cast<std::size_t>(hc));
    for (int j = 0; j < hc; ++j)
        fx2[j] = static_cast<float>((j * dfx) * (j * dfx));
    for (int i = 0; i < rows; ++i) {
        const int ki = i <= rows / 2 ? i : i - rows;
        const float fy2 = static_cast<float>((ki * dfy) * (ki * dfy));
        fftwf_complex* row = buf.cplx + static_cast<std::size_t>(i) * hc;
        for (int j = 0; j < hc; ++j) {
            const float f2 = fx2[j] + fy2;
            std::uint32_t bits;
            std::memcpy(&bits, &f2, sizeof bits);
            const std::uint32_t k = bits >> 15;
            const float t = static_cast<float>(bits & 0x7fffu) * (1.0f / 32768.0f);
            const float amp = table[k] + t * (table[k + 1] - table[k]); // 0 at f = 0 (DC removed)
            row[j][0] *= amp;
            row[j][1] *= amp;
        }
    }
    fftwf_execute_dft_c2r(inverse, buf.cplx, buf.real);

    double sum = 0.0;
    for (std::size_t k = 0; k < nReal; ++k)
        sum += buf.real[k];
    const double mean = sum / static_cast<double>(nReal);
    double ss = 0.0;
    for (std::size_t k = 0; k < nReal; ++k) {
        const double d = buf.real[k] - mean;
        ss += d * d;
    }
    const double sd = std::sqrt(ss / static_cast<double>(nReal));
    const double scale = sd > 0.0 ? stdDev / sd : 0.0;
    for (std::size_t k = 0; k < nReal; ++k)
        out[k] = static_cast<float>((buf.real[k] - mean) * scale);
}

double radialPsdSlope(const std::vector<float>& screen, int rows, int cols, double dxKm, double dyKm,
                      double fMinCyclesPerKm, double fMaxCyclesPerKm)
{
    const std::size_t nReal = static_cast<std::size_t>(rows) * static_cast<std::size_t>(cols);
    if (rows < 4 || cols < 4 || screen.size() != nReal)
        throw Error("radial PSD: screen size does not match rows x cols (at least 4 x 4)");
    if (!(fMinCyclesPerKm > 0.0) || !(fMaxCyclesPerKm > fMinCyclesPerKm))
        throw Error("radial PSD: need 0 < fMin < fMax");
    const int hc = cols / 2 + 1;
    const std::size_t nComplex = static_cast<std::size_t>(rows) * static_cast<std::size_t>(hc);
    const fftwf_plan plan = cachedPlan(PlanKind::R2C, rows, cols);
    FftBuffers& buf = threadBuffers();
    buf.ensure(nReal, nComplex);
    std::copy(screen.begin(), screen.end(), buf.real);
    fftwf_execute_dft_r2c(plan, buf.real, buf.cplx);

    constexpr int kBins = 24;
    const double lnMin = std::log(fMinCyclesPerKm);
    const double lnMax = std::log(fMaxCyclesPerKm);
    std::vector<double> power(kBins, 0.0), lnf(kBins, 0.0);
    std::vector<int> count(kBins, 0);
    const double dfx = 1.0 / (cols * dxKm);
    const double dfy = 1.0 / (rows * dyKm);
    for (int i = 0; i < rows; ++i) {
        const int ki = i <= rows / 2 ? i : i - rows;
        for (int j = 0; j < hc; ++j) {
            const double f = std::hypot(j * dfx, ki * dfy);
            if (f <= 0.0)
                continue;
            const double lf = std::log(f);
            if (lf < lnMin || lf >= lnMax)
                continue;
            const int b = std::min(kBins - 1, static_cast<int>((lf - lnMin) / (lnMax - lnMin) * kBins));
            const fftwf_complex& c = buf.cplx[static_cast<std::size_t>(i) * hc + j];
            power[b] += double(c[0]) * c[0] + double(c[1]) * c[1];
            lnf[b] += lf;
            ++count[b];
        }
    }
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    int n = 0;
    for (int b = 0; b < kBins; ++b) {
        if (count[b] == 0 || power[b] <= 0.0)
            continue;
        const double x = lnf[b] / count[b];
        const double y = std::log(power[b] / count[b]);
        sx += x;
        sy += y;
        sxx += x * x;
        sxy += x * y;
        ++n;
    }
    if (n < 3)
        throw Error("radial PSD: fewer than 3 frequency bins in the requested band");
    const double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
    return -slope;
}

} // namespace insar::synthesis
