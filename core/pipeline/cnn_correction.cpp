#include "pipeline/cnn_correction.h"

#include "common/error.h"
#include "corrections/correction_factory.h"
#include "io/raster_warp.h"
#include "pipeline/file_digest.h"

#include <nlohmann/json.hpp>

namespace insar::pipeline {

namespace {

constexpr const char* kFreeMeanArgument = "free-mean";

} // namespace

CnnCorrection::CnnCorrection(const std::filesystem::path& modelFile, const nn::DenoiseOptions& options)
    : m_modelFile(modelFile)
{
    if (modelFile.empty())
        throw Error(ErrorKind::InvalidInput, "no model file given for the CNN correction");
    m_denoiser = std::make_shared<const nn::Denoiser>(nn::Denoiser::load(modelFile, options));
    // Hashed after a successful load, so the digest names weights that were actually usable.
    m_sha256 = sha256OfFile(modelFile);
}

std::string CnnCorrection::parametersJson() const
{
    const nn::ModelInfo& info = m_denoiser->info();
    const nn::DenoiseOptions& options = m_denoiser->options();
    return nlohmann::json{{"method", "cnn"},
                          {"model", m_modelFile.filename().string()},
                          {"architecture", info.network.architecture},
                          {"depth", info.network.depth},
                          {"channels", info.network.channels},
                          {"dilations", info.network.dilations},
                          {"levels", info.network.levels},
                          {"inputs", nn::inputsName(info.network)},
                          {"tile", options.tileSize},
                          {"overlap", options.overlap},
                          {"device", nn::deviceKindName(options.device)},
                          {"preserve_mean", options.preserveMean},
                          {"bf16", options.bf16}, // asked for; "precision" says what ran
                          {"precision", m_denoiser->usesBf16() ? "bf16" : "fp32"}}
        .dump();
}

std::map<std::string, std::string> CnnCorrection::extraProvenance() const
{
    return {{"model_file", m_modelFile.string()}, {"model_sha256", m_sha256}};
}

Raster CnnCorrection::correct(const Raster& input, const corrections::CorrectionContext& ctx,
                              const corrections::ResolvedReference& /*reference*/, Progress& progress,
                              std::vector<std::string>& messages) const
{
    // The network sees the whole map; apply() re-references the result like any other method.
    if (!m_denoiser->needsDem())
        return m_denoiser->denoise(input, progress);
    if (!ctx.dem)
        throw Error(ErrorKind::InvalidInput,
                    "model '" + m_modelFile.filename().string() +
                        "' needs a DEM (it was trained with a DEM input channel): pass "
                        "--dem, or choose a DEM");
    // Warped as the phase-elevation correction does (io::onGridOf), with its message.
    SubProgress warpProgress(progress, 0.0, 0.1);
    const Raster dem =
        io::onGridOf(*ctx.dem, input,
                     "DEM" + (ctx.dem->sourcePath.empty() ? std::string{} : " '" + ctx.dem->sourcePath + "'"),
                     messages, warpProgress);
    SubProgress denoiseProgress(progress, 0.1, 1.0);
    return m_denoiser->denoise(input, &dem, denoiseProgress);
}

void registerCnnCorrection(const CnnDefaults& defaults)
{
    corrections::registerCorrection("cnn", [defaults](const std::string& argument) {
        nn::DenoiseOptions options = defaults.options;
        if (argument == kFreeMeanArgument)
            options.preserveMean = false;
        else if (!argument.empty())
            throw Error(ErrorKind::InvalidInput, "'cnn' takes no argument but '" +
                                                     std::string(kFreeMeanArgument) +
                                                     "' (got 'cnn:" + argument + "')");
        const std::filesystem::path model =
            defaults.modelFile.empty() ? nn::defaultModelPath() : defaults.modelFile;
        if (model.empty())
            throw Error(ErrorKind::InvalidInput,
                        "no model file for 'cnn': give one (--model) or install the pretrained model "
                        "(or set INSAR_MODEL)");
        return std::unique_ptr<corrections::Correction>(std::make_unique<CnnCorrection>(model, options));
    });
}

} // namespace insar::pipeline
