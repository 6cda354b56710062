#include "synthesis/npy_format.h"

#include "common/error.h"

#include <charconv>
#include <cstdint>
#include <fstream>

namespace insar::synthesis {

namespace {

constexpr std::string_view kMagic("\x93NUMPY", 6);

[[noreturn]] void bad(const std::string& name, const std::string& problem)
{
    throw Error(ErrorKind::Format, name + ": " + problem);
}

/// The text between the quotes that follow `key` in the header dictionary.
std::string_view quotedValue(std::string_view dict, std::string_view key)
{
    const std::size_t k = dict.find(key);
    if (k == std::string_view::npos)
        return {};
    const std::size_t q1 = dict.find_first_of("'\"", k + key.size());
    if (q1 == std::string_view::npos)
        return {};
    const std::size_t q2 = dict.find(dict[q1], q1 + 1);
    if (q2 == std::string_view::npos)
        return {};
    return dict.substr(q1 + 1, q2 - q1 - 1);
}

std::size_t readLength(std::string_view bytes, std::size_t at, std::size_t width)
{
    std::size_t v = 0;
    for (std::size_t k = 0; k < width; ++k)
        v |= static_cast<std::size_t>(static_cast<unsigned char>(bytes[at + k])) << (8 * k);
    return v;
}

} // namespace

std::string npyHeader(std::string_view descr, const std::vector<std::size_t>& shape)
{
    std::string dict = "{'descr': '" + std::string(descr) + "', 'fortran_order': False, 'shape': (";
    for (std::size_t k = 0; k < shape.size(); ++k) {
        dict += std::to_string(shape[k]);
        if (shape.size() == 1 || k + 1 < shape.size())
            dict += shape.size() == 1 ? "," : ", ";
    }
    dict += "), }";
    const std::size_t unpadded = 10 + dict.size() + 1;
    const std::size_t total = (unpadded + 63) / 64 * 64;
    dict.append(total - unpadded, ' ');
    dict += '\n';
    std::string h("\x93NUMPY\x01\x00", 8);
    const auto len = static_cast<std::uint16_t>(dict.size());
    h += static_cast<char>(len & 0xff);
    h += static_cast<char>(len >> 8);
    return h + dict;
}

NpyHeader parseNpyHeader(std::string_view bytes, const std::string& name)
{
    if (bytes.size() < 10 || bytes.substr(0, 6) != kMagic)
        bad(name, "not a NumPy .npy file");
    const int major = static_cast<unsigned char>(bytes[6]);
    if (major < 1 || major > 3)
        bad(name, ".npy format version " + std::to_string(major) + " is not supported (1 to 3)");
    const std::size_t prefix = major == 1 ? 10 : 12;
    if (bytes.size() < prefix)
        bad(name, "truncated .npy header");
    const std::size_t dictBytes = readLength(bytes, 8, major == 1 ? 2 : 4);
    if (dictBytes > kMaxNpyHeaderBytes)
        bad(name, ".npy header declares " + std::to_string(dictBytes) + " bytes (at most " +
                      std::to_string(kMaxNpyHeaderBytes) + " accepted)");
    if (bytes.size() < prefix + dictBytes)
        bad(name, "truncated .npy header");
    const std::string_view dict = bytes.substr(prefix, dictBytes);

    NpyHeader h;
    h.headerBytes = prefix + dictBytes;
    h.descr = std::string(quotedValue(dict, "'descr'"));
    if (h.descr.empty())
        bad(name, ".npy header has no dtype");
    const std::size_t fortran = dict.find("'fortran_order'");
    if (fortran == std::string_view::npos)
        bad(name, ".npy header has no 'fortran_order'");
    const std::size_t colon = dict.find(':', fortran);
    const std::size_t value =
        dict.find_first_not_of(' ', colon == std::string_view::npos ? dict.size() : colon + 1);
    if (value == std::string_view::npos || dict.substr(value, 5) != "False")
        bad(name, "Fortran-order arrays are not supported");

    const std::size_t s = dict.find("'shape'");
    const std::size_t p1 = s == std::string_view::npos ? s : dict.find('(', s);
    const std::size_t p2 = p1 == std::string_view::npos ? p1 : dict.find(')', p1);
    if (p2 == std::string_view::npos)
        bad(name, ".npy header has no shape");
    std::string_view dims = dict.substr(p1 + 1, p2 - p1 - 1);
    while (!dims.empty()) {
        const std::size_t comma = dims.find(',');
        std::string_view item = dims.substr(0, comma);
        while (!item.empty() && item.front() == ' ')
            item.remove_prefix(1);
        while (!item.empty() && (item.back() == ' ' || item.back() == 'L'))
            item.remove_suffix(1);
        if (!item.empty()) {
            std::size_t v = 0;
            const auto [end, err] = std::from_chars(item.data(), item.data() + item.size(), v);
            if (err != std::errc() || end != item.data() + item.size())
                bad(name, ".npy shape entry '" + std::string(item) + "' is not a size");
            h.shape.push_back(v);
        }
        if (comma == std::string_view::npos)
            break;
        dims.remove_prefix(comma + 1);
    }
    return h;
}

NpyHeader readNpyHeader(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(ErrorKind::Io, path.string() + ": cannot open");
    std::string start(12, '\0');
    in.read(start.data(), static_cast<std::streamsize>(start.size()));
    start.resize(static_cast<std::size_t>(in.gcount()));
    if (start.size() < 10 || start.compare(0, 6, kMagic) != 0)
        bad(path.string(), "not a NumPy .npy file");
    const int major = static_cast<unsigned char>(start[6]);
    const std::size_t prefix = major == 1 ? 10 : 12;
    const std::size_t dictBytes =
        start.size() >= prefix ? readLength(start, 8, major == 1 ? 2 : 4) : std::size_t{0};
    if (major >= 1 && major <= 3 && start.size() >= prefix && dictBytes <= kMaxNpyHeaderBytes &&
        prefix + dictBytes > start.size()) {
        std::string rest(prefix + dictBytes - start.size(), '\0');
        in.read(rest.data(), static_cast<std::streamsize>(rest.size()));
        rest.resize(static_cast<std::size_t>(in.gcount()));
        start += rest;
    }
    return parseNpyHeader(start, path.string());
}

} // namespace insar::synthesis
