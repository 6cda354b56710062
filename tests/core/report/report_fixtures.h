// Tiny result folders for report tests: a `velocity` folder written by pipeline::writeStackStudy
// from a hand-made two-method result, a `denoise` output with provenance and its removed noise,
// and a `gnss --csv` table.
#pragma once

#include "common/atomic_file.h"
#include "common/date.h"
#include "io/raster_writer.h"
#include "pipeline/stack_study.h"

#include <cmath>
#include <filesystem>

namespace insar::test {

inline void writeVelocityFolder(const std::filesystem::path& dir)
{
    pipeline::StackStudyResult r;
    r.dates = {*Date::parse("2020-01-01"), *Date::parse("2020-07-01"), *Date::parse("2021-01-01")};
    r.width = 24;
    r.height = 16;
    r.referenceRow = 0;
    r.referenceCol = 0;
    for (const char* method : {"none", "deramp"}) {
        pipeline::MethodResult m;
        m.method = method;
        m.velocity = Raster(r.width, r.height);
        m.sigma = Raster(r.width, r.height);
        for (int row = 0; row < r.height; ++row)
            for (int col = 0; col < r.width; ++col) {
                m.velocity.at(row, col) =
                    float(std::sin(0.3 * row) * 10.0 + (m.method == "none" ? 0.2 * col : 0.0));
                m.sigma.at(row, col) = float(0.5 + 0.01 * (row + col));
            }
        m.velocity.metadata.units = Units::Millimetres;
        m.sigma.metadata.units = Units::Millimetres;
        m.displacementMm.assign(std::size_t(r.width) * r.height * r.dates.size(), 0.0f);
        m.medianSigma = 0.7;
        m.meanStdReduction = m.method == "none" ? NAN : 0.42;
        pipeline::PointVelocity p;
        p.name = "P1";
        p.row = 3;
        p.col = 4;
        p.fit.velocity = 12.5;
        p.fit.sigma = 0.8;
        p.displacementMm = {0.0, 6.0, 12.5};
        m.points.push_back(p);
        r.methods.push_back(std::move(m));
    }
    pipeline::writeStackStudy(r, dir, false);
}

inline const char* kGnssCsv =
    "# referenced to station S1\n"
    "station,gnss_los_mm,gnss_sigma_mm,none_mm,none_residual_mm,cnn_mm,cnn_residual_mm\n"
    "S1,0,1,0,0,0,0\nS2,10.5,1,14,3.5,11,0.5\nS3,-4,1,-1,3,-3.5,0.5\n\n"
    "version,stations,l2_mm,rmse_mm,mean_residual_mm,std_residual_mm,r2,l2_reduction\n"
    "none,3,4.6,2.7,2.2,1.5,0.8,0\ncnn,3,0.7,0.4,0.3,0.2,0.99,0.85\n";

/// NAME.denoised.tif with correction_* provenance and NAME.denoised.residual.tif beside it.
inline void writeDenoiseOutput(const std::filesystem::path& dir, const std::string& name)
{
    Raster after(20, 12);
    Raster removed(20, 12);
    for (int row = 0; row < 12; ++row)
        for (int col = 0; col < 20; ++col) {
            after.at(row, col) = float(0.1 * row);
            removed.at(row, col) = float(0.05 * col - 0.5);
        }
    for (Raster* r : {&after, &removed}) {
        r->metadata.units = Units::Radians;
        r->metadata.wavelengthM = 0.0555;
        r->metadata.extra["correction_method"] = "cnn";
        r->metadata.extra["correction_std_before"] = "0.61";
        r->metadata.extra["correction_std_after"] = "0.35";
        r->metadata.extra["correction_std_reduction"] = "0.426";
    }
    io::writeGeoTiff(after, dir / (name + ".denoised.tif"));
    io::writeGeoTiff(removed, dir / (name + ".denoised.residual.tif"));
}

} // namespace insar::test
