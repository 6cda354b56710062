// Shared by the libFuzzer targets: the one rule every parser of untrusted bytes must keep (fail
// only with insar::Error, never crash, hang, or throw anything else) and a scratch folder for
// parsers that read files.
#pragma once

#include "common/error.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <typeinfo>
#include <unistd.h>

namespace insar::fuzz {

/// Runs `parse`; insar::Error is the documented way to refuse input, anything else that escapes
/// is a bug and aborts so that libFuzzer records the input.
template <typename F> void expectOnlyInsarErrors(F&& parse)
{
    try {
        parse();
    } catch (const insar::Error&) {
        // the parser refused the input with a message: fine
    } catch (const std::exception& e) {
        std::fprintf(stderr, "escaped exception %s: %s\n", typeid(e).name(), e.what());
        std::abort();
    } catch (...) {
        std::fprintf(stderr, "escaped exception of an unknown type\n");
        std::abort();
    }
}

inline std::string_view asText(const std::uint8_t* data, std::size_t size)
{
    return {reinterpret_cast<const char*>(data), size};
}

/// A folder of this process under the temp dir (RAM-backed /dev/shm when there is one), removed
/// at exit; file parsers get their input written here.
inline const std::filesystem::path& scratchDir()
{
    static const std::filesystem::path dir = [] {
        std::error_code ec;
        std::filesystem::path base = "/dev/shm";
        if (!std::filesystem::is_directory(base, ec))
            base = std::filesystem::temp_directory_path();
        const auto d = base / ("insar-fuzz-" + std::to_string(::getpid()));
        std::filesystem::create_directories(d);
        std::atexit([] {
            std::error_code ignored;
            std::filesystem::remove_all(scratchDir(), ignored);
        });
        return d;
    }();
    return dir;
}

inline std::filesystem::path writeScratch(const std::string& name, std::string_view bytes)
{
    const auto path = scratchDir() / name;
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return path;
}

} // namespace insar::fuzz
