// `export`: writes a trained model as TorchScript for Python (torch.jit.load).
#include "command_registry.h"
#include "nn/denoiser.h"
#include "output_guard.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <memory>

namespace {

struct ExportOptions {
    std::string model;
    std::string torchscript;
    bool overwrite = false;
};

insar::cli::Runner setupExport(CLI::App& sub)
{
    auto o = std::make_shared<ExportOptions>();
    sub.add_option("--model", o->model, "Model file written by `train`")->required();
    sub.add_option("--torchscript", o->torchscript, "Output TorchScript file (.pt)")->required();
    sub.add_flag("--overwrite", o->overwrite, "Replace an existing output file (default: refuse)");
    return [o]() -> int {
        insar::cli::checkOutputPath(o->torchscript, {o->model}, o->overwrite);
        insar::nn::exportTorchScript(o->model, o->torchscript);
        const bool dem = insar::nn::needsDem(insar::nn::readModelInfo(o->model).network);
        std::printf("TorchScript module written to %s\n", o->torchscript.c_str());
        if (dem)
            std::printf(
                "Python: m = torch.jit.load('%s'); clean = m(x, dem)  # x, dem: [N, 1, H, W] float32, "
                "x in metres, dem heights in metres on the same grid\n",
                o->torchscript.c_str());
        else
            std::printf(
                "Python: m = torch.jit.load('%s'); clean = m(x)  # x: [N, 1, H, W] float32 in metres\n",
                o->torchscript.c_str());
        return 0;
    };
}

} // namespace

INSAR_REGISTER_COMMAND(export_, "export", "Export a trained model to TorchScript (torch.jit.load in Python)",
                       setupExport)
