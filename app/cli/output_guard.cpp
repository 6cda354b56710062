#include "output_guard.h"

#include "common/error.h"

#include <string>

namespace insar::cli {

namespace fs = std::filesystem;

bool sameFile(const fs::path& a, const fs::path& b)
{
    std::error_code ec;
    if (fs::exists(a, ec) && fs::exists(b, ec)) {
        const bool same = fs::equivalent(a, b, ec);
        if (!ec)
            return same;
    }
    const fs::path ca = fs::weakly_canonical(a, ec);
    const fs::path cb = fs::weakly_canonical(b, ec);
    return !ec && ca == cb;
}

void checkOutputPath(const fs::path& output, const std::vector<fs::path>& inputs, bool overwrite,
                     std::string_view overwriteOption)
{
    for (const fs::path& input : inputs)
        if (sameFile(output, input))
            throw Error(output.string() + ": the output would replace its input " + input.string() +
                        "; choose another name");
    std::error_code ec;
    if (fs::is_directory(output, ec))
        throw Error(output.string() + ": is a folder; name the output file");
    if (!overwrite && fs::exists(fs::symlink_status(output, ec)))
        throw Error(output.string() + ": exists (use " + std::string(overwriteOption) + " to replace it)");
}

} // namespace insar::cli
