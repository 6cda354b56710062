// GACOS tropospheric correction (Yu, Li, Penna & Crippa 2018, JGR Solid Earth 123(10), 9202-9222;
// docs/physics.md §4.5): the zenith total delays ZTD of the interferogram's two dates, warped onto
// its grid, are differenced and mapped to the line of sight with the MintPy sign convention
// (`tropo_gacos`; docs/physics.md §2.3: LOS displacement positive towards the satellite):
//   model_m   = -(ZTD(date2) - ZTD(date1)) / cos(incidence)
// A delay that grows between date1 and date2 lengthens the path, which reads as motion away from
// the satellite, hence the minus sign. In the interferogram's units:
//   metres:      model_m;   millimetres: 1000 model_m
//   radians:     -4 pi / lambda * model_m = +4 pi (ZTD2 - ZTD1) / (lambda cos(incidence))
// The model is referenced to the reference point (its 3 x 3 mean subtracted) and subtracted:
//   corrected = input - (model - model(reference)).
#pragma once

#include "corrections/correction.h"

namespace insar::corrections {

/// The GACOS model on the grid of `input`, in its units, not yet referenced. Needs ctx.gacosDir,
/// the dates in input.metadata, the incidence (ctx.incidenceOverrideDeg, else ctx.incidenceDeg
/// raster, else metadata.incidenceDeg), known units and, for radians, the wavelength; each missing
/// item is an insar::Error saying what to give. Maps on another grid are warped (with a message).
Raster gacosModel(const Raster& input, const CorrectionContext& ctx, Progress& progress,
                  std::vector<std::string>& messages);

class GacosCorrection final : public Correction {
public:
    std::string name() const override { return "gacos"; }
    std::string parametersJson() const override;

protected:
    Raster correct(const Raster& input, const CorrectionContext& ctx, const ResolvedReference& reference,
                   Progress& progress, std::vector<std::string>& messages) const override;
};

} // namespace insar::corrections
