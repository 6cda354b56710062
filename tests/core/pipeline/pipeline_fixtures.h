// Fixtures of the pipeline tests, made by the tests themselves: a tiny DnCNN model file and small
// georeferenced interferograms (smooth signal + noise, optional no-data holes).
#pragma once

#include "common/raster.h"
#include "nn/detail/network.h"
#include "nn/model_file.h"
#include "test_support.h"

#include <torch/torch.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <random>
#include <string>

namespace insar::test {

inline const char* kWgs84Wkt =
    "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,"
    "AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,"
    "AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],"
    "AXIS[\"Latitude\",NORTH],AXIS[\"Longitude\",EAST],AUTHORITY[\"EPSG\",\"4326\"]]";

/// A model file for a 3-layer DnCNN of 4 channels with random weights; `constantResidual` makes
/// R(y) = c (normalised units, float scale 100) by zeroing the last layer's weights.
inline std::filesystem::path makeTinyModel(const TempDir& dir, const std::string& name,
                                           std::optional<float> constantResidual = std::nullopt,
                                           std::uint64_t seed = 5)
{
    torch::manual_seed(seed);
    nn::NetworkConfig cfg{"dncnn", 3, 4, 1};
    auto net = nn::detail::makeNetwork(cfg);
    {
        torch::NoGradGuard g;
        for (auto& b : net->named_buffers()) {
            if (b.key().find("running_mean") != std::string::npos)
                b.value().uniform_(-0.2, 0.2);
            if (b.key().find("running_var") != std::string::npos)
                b.value().uniform_(0.5, 2.0);
        }
        if (constantResidual)
            for (auto& p : net->named_parameters()) {
                if (p.key() == "conv2.weight")
                    p.value().zero_();
                if (p.key() == "conv2.bias")
                    p.value().fill_(*constantResidual);
            }
    }
    nn::ModelInfo info;
    info.network = cfg;
    info.normalisation = {nn::NormalisationMode::Float, 100.0};
    info.trainingSize = 16;
    const auto file = dir.file(name);
    nn::writeModelFile(file, info, nn::detail::serializeWeights(*net));
    return file;
}

/// width x height LOS metres on a 0.001 degree WGS 84 grid at (10 E, 45 N), dated, with a smooth
/// signal, noise and (with holes) two no-data patches.
inline Raster makeInterferogram(int width, int height, unsigned seed = 3, bool holes = true)
{
    Raster r(width, height);
    std::mt19937 rng(seed);
    std::normal_distribution<float> noise(0.0f, 0.004f);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            r.at(y, x) = 0.03f + 0.02f * std::sin(0.11f * x) * std::cos(0.07f * y) + noise(rng);
    if (holes) {
        for (int y = 2; y < 6; ++y)
            for (int x = 3; x < 9; ++x)
                r.setNoData(y, x);
        for (int y = height - 7; y < height - 3; ++y)
            for (int x = width - 5; x < width - 1; ++x)
                r.setNoData(y, x);
    }
    r.geoTransform.c = {10.0, 0.001, 0.0, 45.0, 0.0, -0.001};
    r.geoTransform.valid = true;
    r.crsWkt = kWgs84Wkt;
    r.metadata.units = Units::Metres;
    r.metadata.date1 = Date::parse("2020-01-01");
    r.metadata.date2 = Date::parse("2020-01-13");
    r.metadata.incidenceDeg = 39.0;
    return r;
}

inline std::string readBytes(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// Largest |a - b| over pixels valid in both; -1 when their no-data masks differ.
inline double maxAbsDifference(const Raster& a, const Raster& b)
{
    if (a.size() != b.size())
        return -1.0;
    double worst = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const bool va = !std::isnan(a.values()[i]);
        const bool vb = !std::isnan(b.values()[i]);
        if (va != vb)
            return -1.0;
        if (va)
            worst = std::max(worst, std::abs(double(a.values()[i]) - double(b.values()[i])));
    }
    return worst;
}

} // namespace insar::test
