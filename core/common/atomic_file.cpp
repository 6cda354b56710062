#include "atomic_file.h"

#include "error.h"

#include <atomic>
#include <charconv>
#include <chrono>
#include <fstream>
#include <mutex>
#include <set>

#if defined(__unix__) || defined(__APPLE__)
#include <cerrno>
#include <csignal>
#include <sys/types.h>
#include <unistd.h>
#define INSAR_HAVE_POSIX_PROCESSES 1
#endif

namespace insar {
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kTempMarker = ".insar-tmp-";

/// When this process started (close enough: when this library was initialised).
const fs::file_time_type g_processStart = fs::file_time_type::clock::now();

long currentPid()
{
#ifdef INSAR_HAVE_POSIX_PROCESSES
    return static_cast<long>(::getpid());
#else
    return 0;
#endif
}

/// Whether a process with this id runs now. Without a way to ask, every id counts as running,
/// so only the age rule removes temporaries there.
bool processRuns(long pid)
{
#ifdef INSAR_HAVE_POSIX_PROCESSES
    if (pid <= 0 || pid > 0x7fffffffL)
        return false;
    if (::kill(static_cast<pid_t>(pid), 0) == 0)
        return true;
    return errno == EPERM; // exists, owned by someone else
#else
    (void)pid;
    return true;
#endif
}

/// Cleans each folder once per process: later writes into it cannot meet older stale files.
void cleanFolderOnce(const fs::path& dir)
{
    static std::mutex mutex;
    static std::set<fs::path> cleaned;
    std::error_code ec;
    fs::path key = fs::weakly_canonical(dir, ec);
    if (ec)
        key = dir;
    {
        std::lock_guard lock(mutex);
        if (!cleaned.insert(key).second)
            return;
    }
    removeStaleTemporaries(dir);
}

} // namespace

fs::path temporaryPathFor(const fs::path& target)
{
    static std::atomic<unsigned long> counter{0};
    const std::string name = "." + target.filename().string() + std::string(kTempMarker) +
                             std::to_string(currentPid()) + "-" + std::to_string(counter++);
    return target.parent_path() / name;
}

std::optional<long> temporaryOwnerPid(std::string_view fileName)
{
    if (fileName.empty() || fileName.front() != '.')
        return std::nullopt;
    const std::size_t marker = fileName.rfind(kTempMarker);
    if (marker == std::string_view::npos || marker < 2)
        return std::nullopt;
    const std::string_view rest = fileName.substr(marker + kTempMarker.size()); // "<pid>-<n>"
    const std::size_t dash = rest.find('-');
    if (dash == std::string_view::npos || dash == 0 || dash + 1 >= rest.size())
        return std::nullopt;
    long pid = 0;
    const auto [end, err] = std::from_chars(rest.data(), rest.data() + dash, pid);
    if (err != std::errc() || end != rest.data() + dash || pid <= 0)
        return std::nullopt;
    unsigned long n = 0;
    const auto [end2, err2] = std::from_chars(rest.data() + dash + 1, rest.data() + rest.size(), n);
    if (err2 != std::errc() || end2 != rest.data() + rest.size())
        return std::nullopt;
    return pid;
}

std::size_t removeStaleTemporaries(const fs::path& dir)
{
    using namespace std::chrono_literals;
    std::size_t removed = 0;
    std::error_code ec;
    fs::directory_iterator it(dir.empty() ? fs::path(".") : dir, ec);
    if (ec)
        return 0;
    const long self = currentPid();
    const auto now = fs::file_time_type::clock::now();
    for (; it != fs::directory_iterator(); it.increment(ec)) {
        if (ec)
            break;
        const std::string name = it->path().filename().string();
        const std::optional<long> pid = temporaryOwnerPid(name);
        if (!pid)
            continue;
        std::error_code tec;
        const fs::file_time_type modified = fs::last_write_time(it->path(), tec);
        if (tec)
            continue;
        bool stale = false;
        if (*pid == self)
            stale = modified < g_processStart - 2s;
        else if (!processRuns(*pid))
            stale = true;
        else
            stale = modified < now - 24h;
        if (stale && fs::remove(it->path(), tec) && !tec)
            ++removed;
    }
    return removed;
}

void writeAtomically(const fs::path& target, const std::function<void(const fs::path&)>& write)
{
    const fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        throw Error(ErrorKind::Io,
                    "cannot write '" + target.string() + "': folder '" + dir.string() + "' does not exist");
    cleanFolderOnce(dir);
    const fs::path temp = temporaryPathFor(target);
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
            throw Error(ErrorKind::Io, "cannot write '" + target.string() + "' (disk full or not writable)");
    });
}

} // namespace insar
