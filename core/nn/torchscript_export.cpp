// TorchScript export (denoiser.h): a torch::jit::Module with the trained tensors registered as
// parameters/buffers and forward() given as TorchScript source, loadable by Python's torch.jit.load.
#include "nn/denoiser.h"

#include "common/atomic_file.h"
#include "common/error.h"
#include "nn/detail/network.h"
#include "nn/detail/normaliser.h"

#include <torch/script.h>

#include <iomanip>
#include <sstream>

namespace insar::nn {

namespace {

std::string scriptName(const std::string& key)
{
    std::string s = key;
    for (char& ch : s)
        if (ch == '.')
            ch = '_';
    return s;
}

std::string literal(double v)
{
    std::ostringstream s;
    s << std::setprecision(17) << v;
    std::string t = s.str();
    if (t.find_first_of(".eE") == std::string::npos)
        t += ".0";
    return t;
}

} // namespace

void exportTorchScript(const std::filesystem::path& modelFile, const std::filesystem::path& outFile)
{
    const ModelFileContents contents = readModelFile(modelFile);
    auto net = detail::makeNetwork(contents.info.network);
    try {
        detail::deserializeWeights(*net, contents.weights);
    } catch (const Error& e) {
        throw Error(ErrorKind::Format, modelFile.string() + ": " + e.what());
    }
    net->eval();
    torch::jit::Module module("InsarDenoiser");
    for (const auto& p : net->named_parameters())
        module.register_parameter(scriptName(p.key()), p.value().detach().clone(), /*is_buffer=*/false);
    for (const auto& b : net->named_buffers())
        if (b.value().is_floating_point())
            module.register_buffer(scriptName(b.key()), b.value().clone());

    const Normalisation& norm = contents.info.normalisation;
    std::ostringstream src;
    src << net->torchScriptResidual();
    const bool dem = needsDem(contents.info.network);
    if (dem) {
        src << "def forward(self, x, dem):\n";
        src << "    # x: [N, 1, H, W] in " << unitsName(contents.info.units)
            << ", dem: [N, 1, H, W] heights in m on the same grid (NaN = unknown); returns the clean map\n";
    } else {
        src << "def forward(self, x):\n";
        src << "    # x: [N, 1, H, W] in " << unitsName(contents.info.units)
            << "; returns the clean map y - R(y)\n";
    }
    if (norm.mode == NormalisationMode::Float) {
        src << "    offset = torch.mean(x, [2, 3], True)\n";
        src << "    unit = " << literal(1.0 / norm.floatScale) << "\n";
        src << "    y = (x - offset) / unit\n";
    } else {
        src << "    offset = torch.amin(x, [2, 3], True)\n";
        src << "    hi = torch.amax(x, [2, 3], True)\n";
        src << "    unit = torch.where(hi > offset, hi - offset, torch.ones_like(hi))\n";
        src << "    y = (x - offset) / unit\n";
    }
    // The removed residual is zero-mean (DenoiseOptions::preserveMean): the map keeps its level.
    if (dem) {
        // The DEM channel of detail/normaliser.h: (h - mean h) / 1000 m, NaN -> 0.
        src << "    d = (dem - torch.nanmean(dem, [2, 3], True)) / " << literal(detail::kDemScaleM) << "\n";
        src << "    r = self.residual(torch.cat([y, torch.nan_to_num(d, 0.0)], 1))\n";
    } else {
        src << "    r = self.residual(y)\n";
    }
    src << "    r = r - torch.mean(r, [2, 3], True)\n";
    src << "    return offset + unit * (y - r)\n";
    try {
        module.define(src.str());
        writeAtomically(outFile, [&](const std::filesystem::path& tmp) { module.save(tmp.string()); });
    } catch (const c10::Error& e) {
        throw Error(ErrorKind::Internal,
                    std::string("TorchScript export failed: ") + e.what_without_backtrace());
    }
}

} // namespace insar::nn
