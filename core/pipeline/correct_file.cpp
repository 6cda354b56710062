#include "pipeline/correct_file.h"

#include "common/atomic_file.h"
#include "common/error.h"
#include "common/text.h"
#include "corrections/correction_factory.h"
#include "io/raster_reader.h"
#include "io/raster_writer.h"
#include "pipeline/cnn_correction.h"
#include "pipeline/streamed_cnn.h"

#include <algorithm>
#include <cctype>
#include <system_error>

namespace insar::pipeline {

namespace {

namespace fs = std::filesystem;

/// `spec` with every argument-less "cnn" step made "cnn:free-mean".
std::string withFreeMean(const std::string& spec)
{
    std::string out;
    std::size_t start = 0;
    while (start <= spec.size()) {
        const std::size_t comma = std::min(spec.find(',', start), spec.size());
        std::string item = trimmed(std::string_view(spec).substr(start, comma - start));
        std::string name = item;
        std::transform(name.begin(), name.end(), name.begin(),
                       [](unsigned char c) { return char(std::tolower(c)); });
        if (name == "cnn")
            item = "cnn:free-mean";
        out += (out.empty() ? "" : ",") + item;
        start = comma + 1;
    }
    return out;
}

bool samePath(const fs::path& a, const fs::path& b)
{
    std::error_code ec;
    if (fs::exists(a, ec) && fs::exists(b, ec))
        return fs::equivalent(a, b, ec);
    return fs::absolute(a, ec).lexically_normal() == fs::absolute(b, ec).lexically_normal();
}

void checkRequest(const FileCorrectionRequest& request)
{
    if (request.input.empty())
        throw Error(ErrorKind::InvalidInput, "no input file to correct");
    if (request.output.empty())
        throw Error(ErrorKind::InvalidInput, request.input.string() + ": no output file given");
    if (samePath(request.output, request.input))
        throw Error(ErrorKind::InvalidInput,
                    request.output.string() + ": the output would replace its input");
    if (request.removedOutput) {
        if (samePath(*request.removedOutput, request.input))
            throw Error(ErrorKind::InvalidInput, request.removedOutput->string() +
                                                     ": the removed-noise output would replace its input");
        if (samePath(*request.removedOutput, request.output))
            throw Error(ErrorKind::InvalidInput,
                        request.output.string() + ": the corrected map and the removed noise cannot be the "
                                                  "same file");
    }
}

/// Removes a file on scope exit unless released.
class FileRemover {
public:
    explicit FileRemover(fs::path path) : m_path(std::move(path)) {}
    ~FileRemover()
    {
        if (!m_path.empty()) {
            std::error_code ec;
            fs::remove(m_path, ec);
        }
    }
    FileRemover(const FileRemover&) = delete;
    FileRemover& operator=(const FileRemover&) = delete;
    void release() { m_path.clear(); }

private:
    fs::path m_path;
};

/// Both GeoTIFFs are written under temporary names first and renamed last, so either both
/// appear or neither does (a rename failing between the two removes the first).
void writeBoth(const corrections::CorrectionResult& result, const FileCorrectionRequest& request,
               Progress& progress)
{
    const fs::path correctedTemp = temporaryPathFor(request.output);
    FileRemover correctedGuard(correctedTemp);
    {
        SubProgress sub(progress, 0.0, request.removedOutput ? 0.5 : 1.0);
        io::writeGeoTiff(result.corrected, correctedTemp, sub);
    }
    std::optional<fs::path> removedTemp;
    std::optional<FileRemover> removedGuard;
    if (request.removedOutput) {
        removedTemp = temporaryPathFor(*request.removedOutput);
        removedGuard.emplace(*removedTemp);
        SubProgress sub(progress, 0.5, 1.0);
        io::writeGeoTiff(result.removed, *removedTemp, sub);
    }
    progress.throwIfCancelled();
    std::error_code ec;
    fs::rename(correctedTemp, request.output, ec);
    if (ec)
        throw Error(ErrorKind::Io,
                    request.output.string() + ": cannot move the finished file into place: " + ec.message());
    correctedGuard.release();
    if (removedTemp) {
        fs::rename(*removedTemp, *request.removedOutput, ec);
        if (ec) {
            std::error_code ignored;
            fs::remove(request.output, ignored);
            throw Error(ErrorKind::Io, request.removedOutput->string() +
                                           ": cannot move the finished file into place: " + ec.message());
        }
        removedGuard->release();
    }
}

FileCorrectionReport correctInMemory(const FileCorrectionRequest& request, const std::string& method,
                                     const corrections::Correction& correction, Progress& progress)
{
    progress.setStage("reading");
    Raster input;
    {
        SubProgress sub(progress, 0.0, 0.15);
        input = io::readRaster(request.input, sub);
    }
    applyUnitOverrides(input, request.inputs);
    if (const std::string problem = missingUnitsProblem(input, method); !problem.empty())
        throw Error(ErrorKind::InvalidInput, problem);

    FileCorrectionReport report;
    corrections::CorrectionContext ctx;
    {
        SubProgress sub(progress, 0.15, 0.2);
        ctx = buildContext(request.inputs, input, report.messages, sub);
    }
    corrections::CorrectionResult result;
    {
        SubProgress sub(progress, 0.2, 0.85);
        result = correction.apply(input, ctx, sub);
    }
    progress.setStage("writing");
    {
        SubProgress sub(progress, 0.85, 1.0);
        writeBoth(result, request, sub);
    }
    report.width = input.width();
    report.height = input.height();
    report.units = input.metadata.units;
    report.stdBefore = result.stdBefore;
    report.stdAfter = result.stdAfter;
    report.reduction = result.reduction;
    report.streamed = false;
    report.reference = result.reference.describe();
    report.provenance = std::move(result.provenance);
    report.messages.insert(report.messages.end(), result.messages.begin(), result.messages.end());
    progress.setFraction(1.0);
    return report;
}

} // namespace

FileCorrectionReport correctFile(const FileCorrectionRequest& request, Progress& progress)
{
    checkRequest(request);
    try {
        const std::string method = request.freeMean ? withFreeMean(request.method) : request.method;
        // Made first: a bad method name or an unusable model fails before anything is read.
        progress.setStage("preparing " + method);
        const std::unique_ptr<corrections::Correction> correction = corrections::makeCorrection(method);
        const auto* cnn = dynamic_cast<const CnnCorrection*>(correction.get());
        if (cnn && request.streamCnn)
            return correctStreamedCnn(request, method, *cnn, progress);
        return correctInMemory(request, method, *correction, progress);
    } catch (const CancelledError&) {
        throw;
    } catch (const Error& e) {
        // In a batch the user must see which file failed.
        const std::string name = request.input.string();
        if (std::string_view(e.what()).find(name) != std::string_view::npos)
            throw;
        throw Error(e.kind(), name + ": " + e.what());
    }
}

} // namespace insar::pipeline
