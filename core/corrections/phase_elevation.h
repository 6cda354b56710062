// Phase-elevation correction (the poster's "linear" correction): removes the stratified
// tropospheric delay that correlates with topography by fitting the interferogram against the
// DEM height h (Doin et al. 2009, J. Appl. Geophys. 69, 35-50; MintPy `tropo_phase_elevation`;
// docs/physics.md §4.4):
//   phi(x, y) = c0 + sum_{k=1..order} a_k h^k            (order 1-3)
//   phi(x, y) = c0 + b x + c y + sum_{k=1..order} a_k h^k  (jointly with a plane)
// fitted by least squares on the valid pixels outside the exclusion mask, optionally on
// multilooked pixels (means over L x L blocks, which lowers the weight of decorrelated noise).
// Only the height terms sum a_k h^k are removed: the offset and the plane are nuisance terms of
// the fit (use a deramp step in a chain to remove a ramp). x, y are the pixel column and row
// scaled to [-1, 1]; h is centred and scaled internally, the reported a_k are per metre^k.
#pragma once

#include "corrections/correction.h"

#include <vector>

namespace insar::corrections {

struct PhaseElevationOptions {
    int order = 1;          // 1..3
    bool withPlane = false; // fit b x + c y jointly
    int multilook = 1;      // block size L >= 1 for the fit (the correction is applied at full resolution)
};

struct PhaseElevationFit {
    std::vector<double> heightCoefficients; // a_1..a_order, raster units per metre^k
    double offset = 0.0;                    // c0 (raster units)
    double planeX = 0.0;                    // b, c: per normalised coordinate (0 without a plane)
    double planeY = 0.0;
    std::size_t samples = 0; // pixels (or multilooked blocks) in the fit

    /// sum_k a_k h^k (the part the correction removes).
    double heightTerm(double heightM) const;
};

/// Fits the model on `input` and `dem` (same grid; NaN heights are skipped). Throws insar::Error
/// for a bad order or multilook factor, too few samples, or a DEM without relief.
PhaseElevationFit fitPhaseElevation(const Raster& input, const Raster& dem, const Raster* exclusionMask,
                                    const PhaseElevationOptions& options, Progress& progress);

class PhaseElevation final : public Correction {
public:
    explicit PhaseElevation(PhaseElevationOptions options = {});
    std::string name() const override;
    std::string parametersJson() const override;
    const PhaseElevationOptions& options() const { return m_options; }

protected:
    /// Needs ctx.dem (insar::Error otherwise); a DEM on another grid is warped onto the input's grid
    /// with a message. Pixels without a height become no-data (counted in a message).
    Raster correct(const Raster& input, const CorrectionContext& ctx, const ResolvedReference& reference,
                   Progress& progress, std::vector<std::string>& messages) const override;

private:
    PhaseElevationOptions m_options;
};

} // namespace insar::corrections
