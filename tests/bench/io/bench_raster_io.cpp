// Raster I/O throughput: write and read a 4000 x 4000 float32 GeoTIFF, tiled + DEFLATE (predictor 3,
// the default) against plain uncompressed strips, in the same run. Prints MB/s, file sizes and the
// tiled-compressed / plain ratios. Usage: bench_raster_io [size=4000] [threads=default] [folder=/tmp]
#include "common/raster.h"
#include "common/thread_config.h"
#include "io/gdal_setup.h"
#include "io/raster_reader.h"
#include "io/raster_writer.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

/// Smooth phase-like field plus noise (seeded), so compression sees realistic data.
insar::Raster makeField(int n)
{
    insar::Raster r(n, n);
    std::mt19937 rng(12345);
    std::normal_distribution<float> noise(0.0f, 0.05f);
    for (int row = 0; row < n; ++row)
        for (int col = 0; col < n; ++col)
            r.at(row, col) =
                static_cast<float>(3.0 * std::sin(row * 0.004) * std::cos(col * 0.003)) + noise(rng);
    return r;
}

struct Result {
    double writeS;
    double readS;
    std::uintmax_t bytes;
};

Result run(const insar::Raster& r, const fs::path& file, const insar::io::GeoTiffOptions& options,
           int repeats)
{
    Result best{1e30, 1e30, 0};
    for (int i = 0; i < repeats; ++i) {
        auto t0 = Clock::now();
        insar::io::writeGeoTiff(r, file, options);
        auto t1 = Clock::now();
        const insar::Raster back = insar::io::readRaster(file);
        auto t2 = Clock::now();
        if (back.width() != r.width() || back.at(17, 23) != r.at(17, 23)) {
            std::fprintf(stderr, "bench_raster_io: read-back mismatch\n");
            std::exit(1);
        }
        best.writeS = std::min(best.writeS, std::chrono::duration<double>(t1 - t0).count());
        best.readS = std::min(best.readS, std::chrono::duration<double>(t2 - t1).count());
    }
    best.bytes = fs::file_size(file);
    fs::remove(file);
    return best;
}

} // namespace

int main(int argc, char** argv)
{
    const int n = argc > 1 ? std::atoi(argv[1]) : 4000;
    const int threads = argc > 2 ? std::atoi(argv[2]) : insar::defaultThreadCount();
    const fs::path folder = argc > 3 ? fs::path(argv[3]) : fs::temp_directory_path();
    insar::io::configureGdal(threads);

    const insar::Raster r = makeField(n);
    const double mb = static_cast<double>(r.size()) * sizeof(float) / 1e6;
    std::printf("raster %d x %d float32 (%.1f MB), GDAL %s, GDAL_NUM_THREADS=%d, best of 3\n", n, n, mb,
                insar::io::gdalVersion().c_str(), threads);

    insar::io::GeoTiffOptions plain;
    plain.tiled = false;
    plain.compression = "NONE";
    const Result p = run(r, folder / "bench_io_plain.tif", plain, 3);
    const Result t = run(r, folder / "bench_io_tiled_deflate.tif", insar::io::GeoTiffOptions{}, 3);

    auto line = [&](const char* name, const Result& x) {
        std::printf("%-22s write %8.1f MB/s  read %8.1f MB/s  file %8.2f MB\n", name, mb / x.writeS,
                    mb / x.readS, static_cast<double>(x.bytes) / 1e6);
    };
    line("plain (strips, none)", p);
    line("tiled DEFLATE pred.3", t);
    std::printf("ratio tiled-compressed / plain: write time %.2f, read time %.2f, file size %.3f\n",
                t.writeS / p.writeS, t.readS / p.readS,
                static_cast<double>(t.bytes) / static_cast<double>(p.bytes));
    return 0;
}
