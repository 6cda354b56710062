#include "atomic_file.h"

#include "error.h"

#include <atomic>
#include <fstream>
#include <random>

namespace insar {
namespace fs = std::filesystem;

namespace {

fs::path tempPathFor(const fs::path& target)
{
    static std::atomic<unsigned> counter{0};
    std::random_device rd;
    const std::string suffix = ".tmp-" + std::to_string(rd()) + "-" + std::to_string(counter++);
    return target.parent_path() / ("." + target.filename().string() + suffix);
}

} // namespace

void writeAtomically(const fs::path& target, const std::function<void(const fs::path&)>& write)
{
    const fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        throw Error(ErrorKind::Io, "cannot write '" + target.string() + "': folder '" + dir.string()
                                       + "' does not exist");
    const fs::path temp = tempPathFor(target);
    try {
        write(temp);
        fs::rename(temp, target);
    } catch (const fs::filesystem_error& e) {
        fs::remove(temp, ec);
        throw Error(ErrorKind::Io, "cannot write '" + target.string() + "': " + e.code().message());
    } catch (...) {
        fs::remove(temp, ec);
        throw;
    }
}

void writeFileAtomically(const fs::path& target, const std::string& contents)
{
    writeAtomically(target, [&](const fs::path& temp) {
        std::ofstream out(temp, std::ios::binary);
        if (!out)
            throw Error(ErrorKind::Io, "cannot create '" + temp.string() + "'");
        out.write(contents.data(), static_cast<std::streamsize>(contents.size()));
        out.flush();
        if (!out)
            throw Error(ErrorKind::Io, "cannot write '" + target.string()
                                           + "' (disk full or not writable)");
    });
}

} // namespace insar
