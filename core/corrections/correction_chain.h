// Corrections applied in order (e.g. "gacos,deramp"): each step corrects the previous step's
// output, all against one reference point resolved on the original input, so the chain's result is
// exactly the steps applied one after the other.
#pragma once

#include "corrections/correction.h"

#include <memory>
#include <vector>

namespace insar::corrections {

class CorrectionChain final : public Correction {
public:
    explicit CorrectionChain(std::vector<std::unique_ptr<Correction>> steps);
    /// The step names joined with commas ("gacos,deramp:linear").
    std::string name() const override;
    /// A JSON array of the steps' parameter objects, in order.
    std::string parametersJson() const override;
    std::map<std::string, std::string> extraProvenance() const override;
    std::size_t size() const { return m_steps.size(); }
    const Correction& step(std::size_t i) const { return *m_steps.at(i); }

protected:
    /// Step messages are prefixed with the step's name, and each step's std reduction is reported.
    Raster correct(const Raster& input, const CorrectionContext& ctx, const ResolvedReference& reference,
                   Progress& progress, std::vector<std::string>& messages) const override;

private:
    std::vector<std::unique_ptr<Correction>> m_steps;
};

} // namespace insar::corrections
