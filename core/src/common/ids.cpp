#include "evb/common/ids.hpp"

#include "evb/common/sha256.hpp"

namespace evb {
namespace {

constexpr char kHexDigits[] = "0123456789abcdef";
constexpr char kUpperAlnum[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

// format_uuid lays 16 bytes out as 8-4-4-4-12 hex with the given version nibble and RFC 4122 variant.
std::string format_uuid(const std::uint8_t* bytes, int version) {
    std::string out;
    out.reserve(36);
    for (int i = 0; i < 16; ++i) {
        std::uint8_t b = bytes[i];
        if (i == 6) b = static_cast<std::uint8_t>((b & 0x0f) | (version << 4));
        if (i == 8) b = static_cast<std::uint8_t>((b & 0x3f) | 0x80);
        if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
        out += kHexDigits[b >> 4];
        out += kHexDigits[b & 0x0f];
    }
    return out;
}

}  // namespace

std::uint64_t IdSource::next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

std::int64_t IdSource::uniform(std::int64_t lo, std::int64_t hi) {
    if (hi <= lo) return lo;
    const auto span = static_cast<std::uint64_t>(hi - lo) + 1;
    return lo + static_cast<std::int64_t>(next() % span);
}

std::string IdSource::uuid() {
    std::uint8_t bytes[16];
    for (int half = 0; half < 2; ++half) {
        std::uint64_t bits = next();
        for (int i = 0; i < 8; ++i)
            bytes[half * 8 + i] = static_cast<std::uint8_t>(bits >> (8 * i));
    }
    return format_uuid(bytes, 4);
}

std::string IdSource::hex(std::size_t n) {
    std::string out;
    while (out.size() < n)
        out += kHexDigits[next() % 16];
    return out;
}

std::string IdSource::digits(std::size_t n) {
    std::string out(n, '0');
    for (std::size_t i = 0; i < n; ++i)
        out[i] = static_cast<char>('0' + (i == 0 ? 1 + next() % 9 : next() % 10));
    return out;
}

std::string IdSource::upper_alnum(std::size_t n) {
    std::string out;
    while (out.size() < n)
        out += kUpperAlnum[next() % 36];
    return out;
}

std::string name_uuid(std::string_view name) {
    const auto digest = sha256(name);
    return format_uuid(digest.data(), 3);
}

}  // namespace evb
