#include "nn/epoch_report.h"

#include "common/error.h"
#include "common/units.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <limits>

namespace insar::nn {

const std::vector<EpochField>& epochFields()
{
    using R = EpochReport;
    static const std::vector<EpochField> fields{
        {"epoch", "epoch", "", &R::epoch, "", 1.0, "", "%.0f"},
        {"epochs", "epochs", "", &R::epochs, "", 1.0, "", "%.0f"},
        {"trainLoss", "train_loss", "", &R::trainLoss, "loss", 1.0, "", "%.4g"},
        {"valLoss", "val_loss", "", &R::valLoss, "val", 1.0, "", "%.4g"},
        {"ssimPoster", "ssim_poster", "", &R::ssimPoster, "SSIM poster", 1.0, "", "%.3f"},
        {"ssimWindowed", "ssim_windowed", "", &R::ssimWindowed, "windowed", 1.0, "", "%.3f"},
        {"snr", "snr", "", &R::snr, "", 1.0, "", "%.4g"},
        {"snrDb", "snr_db", "dB", &R::snrDb, "SNR", 1.0, " dB", "%.2f"},
        {"rmseM", "rmse_m", "m", &R::rmseM, "RMSE", kMmPerM, " mm", "%.2f"},
        {"inputSsimPoster", "input_ssim_poster", "", &R::inputSsimPoster, "input SSIM poster", 1.0, "",
         "%.3f"},
        {"inputSsimWindowed", "input_ssim_windowed", "", &R::inputSsimWindowed, "windowed", 1.0, "", "%.3f"},
        {"inputSnrDb", "input_snr_db", "dB", &R::inputSnrDb, "SNR", 1.0, " dB", "%.2f"},
        {"inputRmseM", "input_rmse_m", "m", &R::inputRmseM, "RMSE", kMmPerM, " mm", "%.2f"},
        {"seconds", "seconds", "s", &R::seconds, "time", 1.0, " s", "%.1f"},
        {"samplesPerSec", "samples_per_sec", "1/s", &R::samplesPerSec, "speed", 1.0, " samples/s", "%.0f"},
        {"etaSeconds", "eta_seconds", "s", &R::etaSeconds, "ETA", 1.0, " s", "%.0f"},
        {"learningRate", "learning_rate", "", &R::learningRate, "lr", 1.0, "", "%.2g"},
        {"best", "best", "", &R::best, "", 1.0, "", "%.0f"},
    };
    return fields;
}

double fieldValue(const EpochField& field, const EpochReport& report)
{
    return std::visit([&](auto member) { return static_cast<double>(report.*member); }, field.member);
}

void setFieldValue(const EpochField& field, EpochReport& report, double value)
{
    std::visit(
        [&](auto member) {
            using T = std::remove_reference_t<decltype(report.*member)>;
            if constexpr (std::is_same_v<T, bool>)
                report.*member = value != 0.0;
            else if constexpr (std::is_same_v<T, int>)
                report.*member = static_cast<int>(std::lround(value));
            else
                report.*member = value;
        },
        field.member);
}

nlohmann::json epochReportToJson(const EpochReport& report)
{
    nlohmann::json j = nlohmann::json::object();
    for (const EpochField& f : epochFields()) {
        const std::string key(f.key);
        std::visit(
            [&](auto member) {
                const auto v = report.*member;
                if constexpr (std::is_same_v<decltype(v), const double>) {
                    if (!std::isfinite(v)) {
                        j[key] = nullptr;
                        return;
                    }
                }
                j[key] = v;
            },
            f.member);
    }
    return j;
}

EpochReport epochReportFromJson(const nlohmann::json& json)
{
    if (!json.is_object())
        throw Error(ErrorKind::Format, "epoch report: expected a JSON object");
    EpochReport r;
    for (const EpochField& f : epochFields()) {
        const std::string key(f.key);
        const auto it = json.find(key);
        if (it == json.end())
            throw Error(ErrorKind::Format, "epoch report: missing key '" + key + "'");
        std::visit(
            [&](auto member) {
                using T = std::remove_reference_t<decltype(r.*member)>;
                if constexpr (std::is_same_v<T, bool>) {
                    if (!it->is_boolean())
                        throw Error(ErrorKind::Format,
                                    "epoch report: key '" + key + "' must be true or false");
                    r.*member = it->template get<bool>();
                } else if constexpr (std::is_same_v<T, int>) {
                    if (!it->is_number_integer())
                        throw Error(ErrorKind::Format, "epoch report: key '" + key + "' must be an integer");
                    r.*member = it->template get<int>();
                } else {
                    if (it->is_null())
                        r.*member = std::numeric_limits<double>::quiet_NaN();
                    else if (it->is_number())
                        r.*member = it->template get<double>();
                    else
                        throw Error(ErrorKind::Format, "epoch report: key '" + key + "' must be a number");
                }
            },
            f.member);
    }
    return r;
}

std::string formatEpochLine(const EpochReport& report)
{
    std::string line = "epoch " + std::to_string(report.epoch) + "/" + std::to_string(report.epochs);
    char buf[64];
    for (const EpochField& f : epochFields()) {
        if (f.label.empty())
            continue;
        const std::string format(f.format);
        std::snprintf(buf, sizeof buf, format.c_str(), fieldValue(f, report) * f.displayScale);
        line += "  ";
        line += f.label;
        line += ' ';
        line += buf;
        line += f.displayUnit;
    }
    if (report.best)
        line += "  *best";
    return line;
}

} // namespace insar::nn
