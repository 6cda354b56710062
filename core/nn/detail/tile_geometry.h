// PRIVATE: how the denoiser cuts a map into overlapping tiles and fills no-data for the network.
// Only core/nn/*.cpp and the nn tests include this file.
#pragma once

#include <vector>

namespace insar::nn::detail {

/// One tile along an axis: it covers [start, start + length) and keeps [keep0, keep1).
struct Segment {
    int start = 0;
    int keep0 = 0;
    int keep1 = 0;
};

/// Tiles of `length` (<= n) along [0, n): each keeps its centre and drops overlap/2 pixels on its
/// inner sides, so kept pixels are at least overlap/2 from an inner tile edge and the kept ranges
/// partition [0, n). Starts are multiples of `align` (n and length must then be multiples too),
/// so a network that downsamples by `align` sees every tile on the whole map's coarse grids.
/// Needs length > 2·(overlap/2) + align - 1 when length < n.
std::vector<Segment> segments(int n, int length, int overlap, int align = 1);

/// Automatic tile length along an axis of n pixels: the fewest tiles of at most `maxLength`, then
/// the shortest length giving that count, so the tiles split the axis evenly (a 1500 px axis gets
/// two tiles of 812 px with a 124 px overlap rather than a full tile and a sliver).
int balancedLength(int n, int maxLength, int overlap);

/// Source index of padded position i on an axis of n pixels padded to `padded` (>= n) at its end:
/// reflection when the padding is shorter than n, replication otherwise (padToMultiple's rule).
int paddedSource(int i, int n, int padded);

/// Fills NaN pixels of a w × h tile with the mean of the valid pixels in the smallest square window
/// (radius 4, 16, 64, ...) that holds any, `fallback` when the tile has none. Integral images in
/// the caller's buffers: O(pixels) per level, no allocation after the first tile.
void fillNoData(float* v, int w, int h, double fallback, std::vector<double>& sum, std::vector<double>& cnt);

} // namespace insar::nn::detail
