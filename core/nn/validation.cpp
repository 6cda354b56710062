#include "nn/detail/validation.h"

#include "common/error.h"
#include "nn/detail/normaliser.h"
#include "nn/detail/training_step.h"

#include <cmath>

namespace insar::nn::detail {

metrics::QualityMetrics finiteMean(const std::vector<metrics::QualityMetrics>& all)
{
    metrics::QualityMetrics mean;
    for (const auto& f : metrics::QualityMetrics::fields()) {
        double sum = 0.0;
        int count = 0;
        for (const auto& m : all)
            if (const double v = m.*(f.member); std::isfinite(v)) {
                sum += v;
                ++count;
            }
        mean.*(f.member) = count > 0 ? sum / count : 0.0;
    }
    return mean;
}

ValidationResult validateNetwork(ResidualNetwork& net, const ValidationSet& set, torch::Device device,
                                 bool amp, const Normalisation& norm, int galleryCount, Progress& progress)
{
    ValidationResult v;
    net.eval();
    torch::NoGradGuard noGrad;
    const std::size_t n = set.inputs.size();
    double lossSum = 0.0;
    std::vector<metrics::QualityMetrics> after, before;
    for (std::size_t i = 0; i < n; ++i) {
        progress.throwIfCancelled();
        const Raster& y = set.inputs[i];
        const Raster& x = set.references[i];
        const MapScaling s = scalingFor(y.data(), y.size(), norm);
        const bool dem = needsDem(net.config());
        if (dem && (i >= set.dems.size() || set.dems[i].size() != y.size()))
            throw Error(ErrorKind::Internal, "validation map " + std::to_string(i) + " has no DEM");
        // Channel 0: y; channel 1 (DEM-aware networks): the DEM channel.
        std::vector<float> yn(y.size() * (dem ? 2 : 1)), target(y.size());
        for (std::size_t k = 0; k < y.size(); ++k) {
            yn[k] = static_cast<float>((y.data()[k] - s.offset) / s.unit);
            target[k] = static_cast<float>((y.data()[k] - x.data()[k]) / s.unit);
        }
        if (dem) {
            const Raster& h = set.dems[i];
            demChannel(h.data(), h.size(), demMean(h.data(), h.size()), yn.data() + y.size());
        }
        const torch::Tensor in =
            torch::from_blob(yn.data(), {1, dem ? 2 : 1, y.height(), y.width()}, torch::kFloat32).to(device);
        const torch::Tensor r = forwardMaybeAmp(net, in, amp).to(torch::kCPU).contiguous();
        const torch::Tensor t =
            torch::from_blob(target.data(), {1, 1, y.height(), y.width()}, torch::kFloat32);
        lossSum += posterLoss(r, t).item<double>();
        Raster pred = y;
        const float* rp = r.data_ptr<float>();
        for (std::size_t k = 0; k < y.size(); ++k)
            pred.data()[k] = static_cast<float>(s.offset + s.unit * (yn[k] - rp[k]));
        preserveMean(y.data(), pred.data(), pred.size());
        after.push_back(metrics::computeQualityMetrics(x, pred));
        before.push_back(metrics::computeQualityMetrics(x, y));
        if (static_cast<int>(i) < galleryCount)
            v.gallery.push_back({y, pred, x});
        progress.setFraction(static_cast<double>(i + 1) / static_cast<double>(n));
    }
    v.loss = lossSum / static_cast<double>(n);
    v.mean = finiteMean(after);
    v.inputMean = finiteMean(before);
    return v;
}

} // namespace insar::nn::detail
