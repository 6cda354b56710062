#include "corrections/correction_chain.h"

#include "common/error.h"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace insar::corrections {

CorrectionChain::CorrectionChain(std::vector<std::unique_ptr<Correction>> steps) : m_steps(std::move(steps))
{
    if (m_steps.empty())
        throw Error(ErrorKind::InvalidInput, "a correction chain needs at least one method");
    for (const auto& s : m_steps)
        if (!s)
            throw Error(ErrorKind::Internal, "a correction chain was given an empty step");
}

std::string CorrectionChain::name() const
{
    std::string n;
    for (const auto& s : m_steps)
        n += (n.empty() ? "" : ",") + s->name();
    return n;
}

std::string CorrectionChain::parametersJson() const
{
    nlohmann::json steps = nlohmann::json::array();
    for (const auto& s : m_steps)
        steps.push_back(nlohmann::json::parse(s->parametersJson()));
    return steps.dump();
}

std::map<std::string, std::string> CorrectionChain::extraProvenance() const
{
    std::map<std::string, std::string> all;
    for (const auto& s : m_steps)
        for (const auto& [key, value] : s->extraProvenance())
            all[key] = value;
    return all;
}

Raster CorrectionChain::correct(const Raster& input, const CorrectionContext& ctx,
                                const ResolvedReference& reference, Progress& progress,
                                std::vector<std::string>& messages) const
{
    CorrectionContext stepCtx = ctx;
    stepCtx.reference =
        reference.none ? ReferencePoint::none() : ReferencePoint::pixel(reference.row, reference.col);
    Raster current = input;
    const double n = double(m_steps.size());
    for (std::size_t i = 0; i < m_steps.size(); ++i) {
        SubProgress sub(progress, double(i) / n, double(i + 1) / n);
        CorrectionResult r = m_steps[i]->apply(current, stepCtx, sub);
        const std::string prefix = "[" + std::to_string(i + 1) + "/" + std::to_string(m_steps.size()) + " " +
                                   m_steps[i]->name() + "] ";
        for (const auto& m : r.messages)
            messages.push_back(prefix + m);
        char buf[128];
        std::snprintf(buf, sizeof buf, "std %.6g -> %.6g (reduction %.1f %%)", r.stdBefore, r.stdAfter,
                      100.0 * r.reduction);
        messages.push_back(prefix + buf);
        current = std::move(r.corrected);
    }
    return current;
}

} // namespace insar::corrections
