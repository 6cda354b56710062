// Applies a trained model to a raster of any size, in memory or streamed by rows: units converted
// to the model's, no-data filled for the network and restored as NaN, overlapping tiles of which
// each keeps only the centre its receptive field fully covers (no blending, no seams).
#pragma once

#include "common/progress.h"
#include "common/raster.h"
#include "nn/device_kind.h"
#include "nn/model_file.h"

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace insar::nn {

struct DenoiseOptions {
    /// Tile side in pixels; 0 = automatic (large tiles: fewer overlap pixels computed twice).
    int tileSize = 0;
    /// Pixels shared by neighbouring tiles; each tile keeps its centre and drops overlap/2 pixels
    /// on its inner sides. -1 = automatic: the network's receptive field - 1, so every kept pixel
    /// saw its whole neighbourhood and tiled inference equals whole-map inference (float
    /// tolerance). Smaller values are allowed (faster, approximate near tile borders).
    int overlap = -1;
    /// Tiles of one band evaluated together (at most about a megapixel per batch).
    int batchTiles = 4;
    DeviceKind device = DeviceKind::Cpu;
    /// Keep the input's mean level: the removed residual is made zero-mean over the valid pixels
    /// (an interferogram's constant level is arbitrary; see detail/normaliser.h preserveMean).
    bool preserveMean = true;
    /// Inference-time optimisations (batch norm folded into the convolutions, reused buffers...);
    /// false runs the training module as is (the benchmark's plain fp32 baseline).
    bool optimised = true;
    /// With `optimised`, run the middle layers in bfloat16 where the CPU has AVX-512 BF16
    /// (1.5-1.75x the optimised fp32 path there; fp32 elsewhere). The clean map stays within 0.5 %
    /// RMS of fp32 (measured 0.23 % on the shipped model; tst_nn_denoiser checks it).
    bool bf16 = false;
};

/// Fills out[rows * width] with input rows [row0, row0 + rows), NaN for no-data. May be asked
/// for the same rows more than once; called from one thread at a time.
using RowReader = std::function<void(int row0, int rows, float* out)>;
/// Receives clean rows [row0, row0 + rows) (NaN where the input is no-data), top to bottom, each
/// row exactly once; `clean` is only valid during the call.
using RowWriter = std::function<void(int row0, int rows, const float* clean)>;

/// A map streamed by rows: its size and the units its values are in.
struct RowStream {
    int width = 0;
    int height = 0;
    Units units = Units::Unknown; // Unknown is refused (see Denoiser::denoise)
    std::optional<double> wavelengthM;
    RowReader read;
    /// Heights in metres on the same grid (NaN = unknown), for models that take a DEM (needsDem());
    /// empty otherwise. Ignored by phase-only models.
    RowReader dem;
    std::string name; // the file the rows come from, for messages (may be empty)
};

struct StreamSummary {
    std::size_t validCount = 0;
    /// Mean of input - clean over the valid pixels, in the input's units: the constant
    /// preserveMean adds. The streamed rows do NOT include it (the caller adds it when it wants).
    double meanRemoved = 0.0;
    /// Sizes actually used (after the automatic choices).
    int tileSize = 0;
    int overlap = 0;
};

class Denoiser {
public:
    /// Throws insar::Error for unreadable/invalid model files (see model_file.h).
    static Denoiser load(const std::filesystem::path& modelFile, const DenoiseOptions& options = {});
    ~Denoiser();
    Denoiser(Denoiser&&) noexcept;
    Denoiser& operator=(Denoiser&&) noexcept;

    /// Returns the estimated clean map x' = y - R(y) in the input's units and georeferencing.
    /// Values are converted to the model's units using input.metadata (radians need
    /// metadata.wavelengthM). Units::Unknown throws insar::Error (ErrorKind::InvalidInput) saying
    /// the units are unknown: callers resolve them first (the CLI's --units, the GUI asks). The
    /// network's normalisation uses the whole map's statistics, so the result does not depend on
    /// the tiling beyond float tolerance. No-data pixels are NaN in the output. Cancellable.
    Raster denoise(const Raster& input, Progress& progress) const;
    /// The same with the DEM (heights in metres, NaN = unknown) on the input's grid (same size;
    /// corrections warp it first: io::onGridOf). A model that needs a DEM throws insar::Error
    /// (InvalidInput: "model X needs a DEM: pass --dem") when `dem` is null; a phase-only model
    /// ignores it. The network sees (h - mean h) / 1000 m (detail/normaliser.h demChannel).
    Raster denoise(const Raster& input, const Raster* dem, Progress& progress) const;

    /// The same computation streamed: reads the input twice (statistics, then tile rows) and
    /// writes clean rows in order, with memory bounded by a band of tile rows (independent of the
    /// height). The rows are bit-identical to denoise() of the whole map before preserveMean, which
    /// the caller applies by adding summary.meanRemoved. Throws as denoise() (no valid pixel,
    /// unknown units, cancel).
    StreamSummary denoiseRows(const RowStream& input, const RowWriter& write, Progress& progress) const;

    const ModelInfo& info() const;
    const DenoiseOptions& options() const;
    /// True when the middle layers actually run in bfloat16: options().bf16 was asked for and
    /// the device can (a CPU with AVX-512 BF16); false means fp32 throughout.
    bool usesBf16() const;
    /// True when the model takes the DEM as a second input (ModelInfo: "inputs": ["phase", "dem"]).
    bool needsDem() const;
    /// The tile overlap in use (the receptive field - 1 unless DenoiseOptions::overlap says).
    int overlap() const;

private:
    struct Impl;
    explicit Denoiser(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

/// Writes a TorchScript module (torch.jit.load-able) computing the clean map from a physical
/// map of shape [N, 1, H, W] in the model's units (normalisation included; eval-mode BN). A model
/// that needs a DEM gets two inputs, forward(x, dem), dem [N, 1, H, W] in metres on x's grid (NaN
/// allowed); a unet pads and crops inside, so any H × W works.
void exportTorchScript(const std::filesystem::path& modelFile, const std::filesystem::path& outFile);

} // namespace insar::nn
