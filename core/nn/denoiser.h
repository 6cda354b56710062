// Applies a trained model to a raster of any size: units converted to the model's, no-data filled
// for the network and restored as NaN, tiles with overlap blended smoothly, tiles batched.
#pragma once

#include "common/progress.h"
#include "common/raster.h"
#include "nn/device_kind.h"
#include "nn/model_file.h"

#include <filesystem>
#include <memory>

namespace insar::nn {

struct DenoiseOptions {
    int tileSize = 0;   // 0 = automatic (max(256, trainingSize, 2·receptive field), capped at the raster)
    int overlap = 32;   // pixels shared by neighbouring tiles (sine-squared blending); raised to
                        // half the network's receptive field when the tile allows it
    int batchTiles = 4; // tiles evaluated together
    DeviceKind device = DeviceKind::Cpu;
    /// Keep the input's mean level: the removed residual is made zero-mean over the valid pixels
    /// (an interferogram's constant level is arbitrary; see detail/normaliser.h preserveMean).
    bool preserveMean = true;
};

class Denoiser {
public:
    /// Throws insar::Error for unreadable/invalid model files (see model_file.h).
    static Denoiser load(const std::filesystem::path& modelFile, const DenoiseOptions& options = {});
    ~Denoiser();
    Denoiser(Denoiser&&) noexcept;
    Denoiser& operator=(Denoiser&&) noexcept;

    /// Returns the estimated clean map x' = y - R(y) in the input's units and georeferencing.
    /// Units: values are converted to the model's units using input.metadata (radians need
    /// metadata.wavelengthM); Units::Unknown is taken as the model's units (metres) — the
    /// documented assumption. No-data pixels are NaN in the output. Cancellable.
    Raster denoise(const Raster& input, Progress& progress) const;
    const ModelInfo& info() const;

private:
    struct Impl;
    explicit Denoiser(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

/// Writes a TorchScript module (torch.jit.load-able) computing the clean map from a physical
/// map of shape [N, 1, H, W] in the model's units (normalisation included; eval-mode BN).
void exportTorchScript(const std::filesystem::path& modelFile, const std::filesystem::path& outFile);

} // namespace insar::nn
