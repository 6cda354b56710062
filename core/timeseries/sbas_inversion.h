// Small-baseline (SBAS) inversion of an interferogram stack into a displacement time series, per
// pixel, by least squares (Berardino et al. 2002; MintPy's ifgram_inversion): unknowns are the
// displacements at every date but the first (which is 0). Pixels that miss some interferograms
// use the ones they have: pixels are grouped by their pattern of valid interferograms and each
// pattern's pseudo-inverse is computed once (rank-revealing complete orthogonal decomposition, the
// minimum-norm solution an SVD gives). Where a pattern's network is disconnected (for the whole
// stack or for one pixel) only the dates linked to the first date have a determined value; the
// others are NaN. With coherence, each pixel's weighted normal equations are solved on their own.
// docs/timeseries.md.
#pragma once

#include "common/progress.h"
#include "timeseries/network.h"

#include <cstddef>
#include <string>
#include <vector>

namespace insar::timeseries {

struct SbasOptions {
    /// A pixel with fewer valid interferograms than this is no-data in the output (at least 1).
    int minPairs = 1;
    /// Threads over pixel blocks (≤ 0: common/thread_config default).
    int threads = 0;
    /// Pixels per block: bounds the scratch memory and is the unit of progress and cancel.
    std::size_t blockPixels = 65536;
};

struct SbasResult {
    /// Displacement per date and pixel, date-major: value(d, p) = displacement[d * pixels + p], in
    /// the units of the interferograms, 0 at the first date. NaN where the pixel is no-data or the
    /// date is not linked to the first date by the pixel's valid interferograms.
    std::vector<float> displacement;
    std::size_t pixels = 0;
    std::size_t dates = 0;
    std::size_t noDataPixels = 0; // pixels with fewer than minPairs valid interferograms
    std::size_t partialPixels =
        0;                    // pixels (not no-data) with dates their valid pairs do not link to the first
    std::size_t patterns = 0; // distinct patterns of valid interferograms met
    std::vector<std::string> warnings; // the network's gaps (Network::describeGaps), no-data counts
    float value(std::size_t date, std::size_t pixel) const { return displacement[date * pixels + pixel]; }
};

/// `ifgs` holds network.pairCount() maps of `pixels` values each, pair-major (ifgs[k * pixels + p]),
/// NaN = no-data. `coherence` is null or the same layout in [0, 1]: then each observation is
/// weighted by coherence² / (1 − coherence²) (the Fisher-information weight MintPy uses, capped),
/// and a pixel's zero-coherence interferograms count as missing. Throws insar::Error when the network
/// has no pairs; CancelledError through `progress`.
SbasResult invertSbas(const Network& network, const float* ifgs, std::size_t pixels, const float* coherence,
                      const SbasOptions& options, Progress& progress);

} // namespace insar::timeseries
