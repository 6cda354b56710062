#include "corrections/correction_factory.h"

#include "common/error.h"
#include "common/text.h"
#include "corrections/correction_chain.h"
#include "corrections/deramp.h"
#include "corrections/gacos_correction.h"
#include "corrections/phase_elevation.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <map>
#include <mutex>

namespace insar::corrections {

namespace {

std::unique_ptr<Correction> makeDeramp(const std::string& arg)
{
    if (arg.empty())
        return std::make_unique<Deramp>(RampModel::Linear);
    const auto model = parseRampModel(arg);
    if (!model)
        throw Error(ErrorKind::InvalidInput,
                    "unknown ramp '" + arg + "' in 'deramp:" + arg + "' (linear, bilinear or quadratic)");
    return std::make_unique<Deramp>(*model);
}

std::unique_ptr<Correction> makePhaseElevation(const std::string& arg)
{
    PhaseElevationOptions options;
    std::size_t start = 0;
    while (!arg.empty() && start <= arg.size()) {
        const std::size_t plus = std::min(arg.find('+', start), arg.size());
        const std::string item = arg.substr(start, plus - start);
        int value = 0;
        auto parseInt = [&](std::string_view digits) {
            const auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
            return ec == std::errc{} && ptr == digits.data() + digits.size();
        };
        if (item == "plane")
            options.withPlane = true;
        else if (item.rfind("ml", 0) == 0 && parseInt(std::string_view(item).substr(2)) && value >= 1)
            options.multilook = value;
        else if (parseInt(item) && value >= 1 && value <= 3)
            options.order = value;
        else
            throw Error(ErrorKind::InvalidInput,
                        "'" + item + "' in 'linear:" + arg +
                            "' is not an order (1, 2, 3), 'plane' or 'mlN' (N x N looks)");
        start = plus + 1;
    }
    return std::make_unique<PhaseElevation>(options);
}

std::unique_ptr<Correction> makeGacos(const std::string& arg)
{
    if (!arg.empty())
        throw Error(ErrorKind::InvalidInput, "'gacos' takes no argument (got 'gacos:" + arg + "')");
    return std::make_unique<GacosCorrection>();
}

class Registry {
public:
    static Registry& instance()
    {
        static Registry registry;
        return registry;
    }
    void add(const std::string& name, CorrectionFactory factory)
    {
        if (name.empty() || !std::all_of(name.begin(), name.end(), [](unsigned char c) {
                return std::islower(c) || std::isdigit(c) || c == '-' || c == '_';
            }))
            throw Error(ErrorKind::Internal, "invalid correction name '" + name + "'");
        std::lock_guard lock(m_mutex);
        m_factories[name] = std::move(factory);
    }
    std::vector<std::string> names() const
    {
        std::lock_guard lock(m_mutex);
        std::vector<std::string> out;
        for (const auto& [name, factory] : m_factories)
            out.push_back(name);
        return out;
    }
    CorrectionFactory find(const std::string& name) const
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_factories.find(name);
        return it == m_factories.end() ? CorrectionFactory{} : it->second;
    }

private:
    Registry()
    {
        m_factories["deramp"] = makeDeramp;
        m_factories["linear"] = makePhaseElevation;
        m_factories["gacos"] = makeGacos;
    }
    mutable std::mutex m_mutex;
    std::map<std::string, CorrectionFactory> m_factories;
};

std::string joined(const std::vector<std::string>& names)
{
    std::string out;
    for (const auto& n : names)
        out += (out.empty() ? "" : ", ") + n;
    return out;
}

} // namespace

void registerCorrection(const std::string& name, CorrectionFactory factory)
{
    Registry::instance().add(name, std::move(factory));
}

std::vector<std::string> availableCorrections()
{
    return Registry::instance().names();
}

std::unique_ptr<Correction> makeCorrection(std::string_view spec)
{
    std::vector<std::unique_ptr<Correction>> steps;
    std::size_t start = 0;
    while (start <= spec.size()) {
        const std::size_t comma = std::min(spec.find(',', start), spec.size());
        const std::string item = trimmed(spec.substr(start, comma - start));
        if (item.empty())
            throw Error(ErrorKind::InvalidInput,
                        "empty method in correction list '" + std::string(spec) + "'");
        const auto colon = item.find(':');
        std::string name = item.substr(0, colon);
        std::transform(name.begin(), name.end(), name.begin(),
                       [](unsigned char c) { return char(std::tolower(c)); });
        const std::string arg = colon == std::string::npos ? std::string{} : item.substr(colon + 1);
        const CorrectionFactory factory = Registry::instance().find(name);
        if (!factory)
            throw Error(ErrorKind::InvalidInput,
                        "unknown correction method '" + name +
                            "' (available: " + joined(availableCorrections()) +
                            (name == "cnn" ? "; 'cnn' is registered by the neural-network library when the "
                                             "program links it"
                                           : "") +
                            ")");
        auto correction = factory(arg);
        if (!correction)
            throw Error(ErrorKind::Internal, "the factory of '" + name + "' returned nothing");
        steps.push_back(std::move(correction));
        start = comma + 1;
    }
    if (steps.size() == 1)
        return std::move(steps.front());
    return std::make_unique<CorrectionChain>(std::move(steps));
}

} // namespace insar::corrections
