// The trained CNN behind the same corrections::Correction interface as deramp, phase-elevation and
// GACOS, so it composes in chains ("gacos,cnn", "deramp,cnn") and reports the same figures and
// provenance (with the model file's SHA-256).
#pragma once

#include "corrections/correction.h"
#include "nn/denoiser.h"

#include <filesystem>
#include <memory>

namespace insar::pipeline {

class CnnCorrection final : public corrections::Correction {
public:
    /// Loads the model (insar::Error for a missing or incompatible file, naming it).
    explicit CnnCorrection(const std::filesystem::path& modelFile, const nn::DenoiseOptions& options = {});
    std::string name() const override { return "cnn"; }
    /// {"method": "cnn", "model": file name, "architecture", "depth", "channels", "dilations",
    /// "tile", "overlap", "device", "preserve_mean"}
    std::string parametersJson() const override;
    /// model_file (path) and model_sha256.
    std::map<std::string, std::string> extraProvenance() const override;
    const nn::Denoiser& denoiser() const { return *m_denoiser; }
    const std::filesystem::path& modelFile() const { return m_modelFile; }

protected:
    Raster correct(const Raster& input, const corrections::CorrectionContext& ctx,
                   const corrections::ResolvedReference& reference, Progress& progress,
                   std::vector<std::string>& messages) const override;

private:
    std::filesystem::path m_modelFile;
    std::shared_ptr<const nn::Denoiser> m_denoiser;
    std::string m_sha256;
};

/// The model and options "cnn" uses in corrections::makeCorrection() specs.
struct CnnDefaults {
    std::filesystem::path modelFile; // empty: nn::defaultModelPath()
    nn::DenoiseOptions options;
};

/// Registers (or re-registers with new defaults) the method "cnn" with
/// corrections::registerCorrection. Thread-safe. The CLI calls it with --model/--device/--tile,
/// the GUI with the chosen model. "cnn" takes one optional argument, "cnn:free-mean": the network
/// may change the map's mean too (DenoiseOptions::preserveMean off; matters with reference "none").
void registerCnnCorrection(const CnnDefaults& defaults = {});

} // namespace insar::pipeline
