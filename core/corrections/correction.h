// The one interface behind every correction of an interferogram (deramp, phase-elevation, GACOS,
// the CNN, and chains of them): a corrected map, the removed-noise map, the standard deviation
// before and after with the LiCSBAS reduction figure, and provenance a writer puts in metadata.
#pragma once

#include "common/progress.h"
#include "common/raster.h"
#include "corrections/reference_point.h"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace insar::corrections {

/// What a correction may need besides the interferogram. Each field is optional; a correction that
/// needs a missing one throws insar::Error saying which.
struct CorrectionContext {
    std::optional<Raster> dem;                  // heights (m), any grid: warped onto the input's grid
    std::optional<Raster> exclusionMask;        // 0/1 on the input's grid, 1 = kept out of fits
    ReferencePoint reference;                   // automatic by default
    std::filesystem::path gacosDir;             // YYYYMMDD.ztd(+.rsc) / YYYYMMDD.ztd.tif files
    std::optional<Raster> incidenceDeg;         // incidence angle raster (degrees), any grid
    std::optional<double> incidenceOverrideDeg; // wins over the raster and the metadata
};

struct CorrectionResult {
    Raster corrected;       // re-referenced: 0 at the reference point (unless it is "none")
    Raster removed;         // removedNoise(input, corrected)
    double stdBefore = NAN; // population std of the input over pixels valid in both maps
    double stdAfter = NAN;  // the same of the corrected map
    double reduction = NAN; // stdReduction(stdBefore, stdAfter)
    ResolvedReference reference;
    /// method, parameters, version, reference, std figures (and a model's SHA-256 for the CNN);
    /// the same entries are in corrected/removed metadata.extra with the "correction_" prefix.
    std::map<std::string, std::string> provenance;
    /// Information and warnings for the user (grids warped, reference moved, fitted coefficients).
    std::vector<std::string> messages;
};

/// The removed-noise map input - corrected, NaN where either is no-data; georeferencing and
/// metadata of `input`. The one place the GUI and the CLI build it. Different sizes throw.
Raster removedNoise(const Raster& input, const Raster& corrected);

/// (stdBefore - stdAfter) / stdBefore, the "reduction rate" LiCSBAS prints for GACOS
/// (Morishita et al. 2020, Remote Sens. 12(3), 424); NaN when stdBefore is 0 or NaN.
double stdReduction(double stdBefore, double stdAfter);

/// Population standard deviations of `a` and `b` over the pixels valid in both (NaN when none).
std::pair<double, double> commonStd(const Raster& a, const Raster& b);

/// Prefix of the metadata.extra keys apply() writes (correction_method, correction_parameters...).
inline constexpr const char* kProvenancePrefix = "correction_";

class Correction {
public:
    virtual ~Correction() = default;
    /// Short method name as the factory accepts it ("deramp:bilinear", "linear:2+plane", "gacos").
    virtual std::string name() const = 0;
    /// The method's parameters as JSON: an object (a chain gives an array of its steps' objects).
    virtual std::string parametersJson() const = 0;
    /// Extra provenance entries (the CNN adds its model file's SHA-256).
    virtual std::map<std::string, std::string> extraProvenance() const { return {}; }

    /// Resolves the reference point on `input` (warning when it is no-data), runs the correction,
    /// re-references the result to that point, builds the removed-noise map, the std figures and
    /// the provenance. Throws insar::Error (missing DEM, GACOS date, bad mask size...) or
    /// CancelledError.
    CorrectionResult apply(const Raster& input, const CorrectionContext& ctx, Progress& progress) const;

protected:
    /// The corrected map on the input's grid (NaN where it cannot be computed). `reference` is the
    /// resolved reference point; info and warnings go to `messages`.
    virtual Raster correct(const Raster& input, const CorrectionContext& ctx,
                           const ResolvedReference& reference, Progress& progress,
                           std::vector<std::string>& messages) const = 0;
};

/// Project version written into provenance.
std::string projectVersion();

} // namespace insar::corrections
