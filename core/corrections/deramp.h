// Deramping: removes a low-order polynomial surface (orbital errors, long-wavelength atmosphere)
// fitted by least squares to the valid pixels outside the exclusion mask, so a masked deforming
// area is not fitted away (docs/physics.md §5). Linear and quadratic are MintPy's `deramp`
// (mintpy/objects/ramp.py, used by remove_ramp.py); bilinear adds only the twist term:
//   linear     r(x, y) = a + b x + c y
//   bilinear   r(x, y) = a + b x + c y + d x y
//   quadratic  r(x, y) = a + b x + c y + d x^2 + e y^2 + f x y
// with x, y the pixel column and row scaled to [-1, 1] across the raster (for conditioning).
#pragma once

#include "corrections/correction.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace insar::corrections {

enum class RampModel { Linear, Bilinear, Quadratic };

std::string rampModelName(RampModel model); // "linear", "bilinear", "quadratic"
std::optional<RampModel> parseRampModel(std::string_view text);
int rampParameterCount(RampModel model); // 3, 4, 6

/// A fitted ramp: coefficients in the order of the formulas above, in the raster's units per
/// normalised coordinate.
struct RampFit {
    RampModel model = RampModel::Linear;
    std::vector<double> coefficients;
    std::size_t pixelsUsed = 0;
    int width = 0;
    int height = 0;

    double valueAt(int row, int col) const;
    /// The ramp on every pixel of the fitted grid (no-data holes included).
    Raster surface() const;
};

/// Fits `model` to the valid pixels of `input` outside `exclusionMask` (may be null). Throws
/// insar::Error when too few pixels remain or they do not constrain the model.
RampFit fitRamp(const Raster& input, RampModel model, const Raster* exclusionMask, Progress& progress);

class Deramp final : public Correction {
public:
    explicit Deramp(RampModel model = RampModel::Linear) : m_model(model) {}
    std::string name() const override;
    std::string parametersJson() const override;
    RampModel model() const { return m_model; }

protected:
    Raster correct(const Raster& input, const CorrectionContext& ctx, const ResolvedReference& reference,
                   Progress& progress, std::vector<std::string>& messages) const override;

private:
    RampModel m_model;
};

} // namespace insar::corrections
