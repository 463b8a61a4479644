// IP address and CIDR parsing (see cidr.hpp). Mirrors the checks EventBridge makes, in its order, with its
// messages; no sockets or resolver are used.
#include "evb/pattern/cidr.hpp"

#include <vector>

namespace evb {
namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

bool is_hex(char c) {
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

int hex_value(char c) {
    if (is_digit(c)) return c - '0';
    return (c >= 'a' && c <= 'f') ? c - 'a' + 10 : c - 'A' + 10;
}

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == separator) {
            parts.push_back(text.substr(start, i - start));
            start = i + 1;
        }
    }
    return parts;
}

bool ipv4_shaped(std::string_view text) {
    const auto parts = split(text, '.');
    if (parts.size() != 4) return false;
    for (const auto part : parts) {
        if (part.empty()) return false;
        for (const char c : part) {
            if (!is_digit(c)) return false;
        }
    }
    return true;
}

bool ipv6_shaped(std::string_view text) {
    if (text.find(':') == std::string_view::npos) return false;
    for (const char c : text) {
        if (!is_hex(c) && c != ':') return false;
    }
    return true;
}

bool parse_ipv4(std::string_view text, IpAddress& out) {
    const auto parts = split(text, '.');
    for (std::size_t i = 0; i < 4; ++i) {
        unsigned value = 0;
        for (const char c : parts[i]) {
            value = value * 10 + static_cast<unsigned>(c - '0');
            if (value > 255) return false;
        }
        out.bytes[i] = static_cast<std::uint8_t>(value);
    }
    out.v6 = false;
    return true;
}

bool parse_groups(std::string_view text, std::vector<unsigned>& groups) {
    if (text.empty()) return true;
    for (const auto group : split(text, ':')) {
        if (group.empty() || group.size() > 4) return false;
        unsigned value = 0;
        for (const char c : group)
            value = value * 16 + static_cast<unsigned>(hex_value(c));
        groups.push_back(value);
    }
    return true;
}

bool parse_ipv6(std::string_view text, IpAddress& out) {
    std::vector<unsigned> head;
    std::vector<unsigned> tail;
    const std::size_t gap = text.find("::");
    if (gap == std::string_view::npos) {
        if (!parse_groups(text, head) || head.size() != 8) return false;
    } else {
        if (text.find("::", gap + 1) != std::string_view::npos) return false;
        if (!parse_groups(text.substr(0, gap), head) || !parse_groups(text.substr(gap + 2), tail))
            return false;
        if (head.size() + tail.size() > 7) return false;
        head.resize(8 - tail.size(), 0);
        head.insert(head.end(), tail.begin(), tail.end());
    }
    for (std::size_t i = 0; i < 8; ++i) {
        out.bytes[2 * i] = static_cast<std::uint8_t>(head[i] >> 8);
        out.bytes[2 * i + 1] = static_cast<std::uint8_t>(head[i] & 0xFF);
    }
    out.v6 = true;
    return true;
}

void unmap_ipv4(IpAddress& ip) {
    for (std::size_t i = 0; i < 10; ++i) {
        if (ip.bytes[i] != 0) return;
    }
    if (ip.bytes[10] != 0xFF || ip.bytes[11] != 0xFF) return;
    IpAddress v4;
    for (std::size_t i = 0; i < 4; ++i)
        v4.bytes[i] = ip.bytes[12 + i];
    ip = v4;
}

std::optional<int> parse_java_int(std::string_view text) {
    std::size_t i = 0;
    bool negative = false;
    if (!text.empty() && (text[0] == '+' || text[0] == '-')) negative = (text[i++] == '-');
    if (i >= text.size()) return std::nullopt;
    long long value = 0;
    for (; i < text.size(); ++i) {
        if (!is_digit(text[i])) return std::nullopt;
        value = value * 10 + (text[i] - '0');
        if (value > 2147483648LL) return std::nullopt;
    }
    if (negative) value = -value;
    if (value > 2147483647LL) return std::nullopt;
    return static_cast<int>(value);
}

std::vector<std::string_view> java_split_slash(std::string_view text) {
    auto parts = split(text, '/');
    while (!parts.empty() && parts.back().empty())
        parts.pop_back();
    return parts;
}

// block_edge returns base with every bit past mask_bits cleared (the block's floor) or set (its top).
IpAddress block_edge(const IpAddress& base, int mask_bits, bool top) {
    IpAddress edge = base;
    const int width = base.v6 ? 128 : 32;
    for (int bit = mask_bits; bit < width; ++bit) {
        const auto mask = static_cast<std::uint8_t>(0x80u >> (bit % 8));
        auto& byte = edge.bytes[static_cast<std::size_t>(bit / 8)];
        byte = static_cast<std::uint8_t>(top ? (byte | mask) : (byte & ~mask));
    }
    return edge;
}

}  // namespace

IpParse parse_ip(std::string_view text, IpAddress& out) {
    out = IpAddress{};
    if (ipv4_shaped(text)) return parse_ipv4(text, out) ? IpParse::kOk : IpParse::kInvalid;
    if (!ipv6_shaped(text)) return IpParse::kNotIpShaped;
    if (!parse_ipv6(text, out)) return IpParse::kInvalid;
    unmap_ipv4(out);
    return IpParse::kOk;
}

CidrResult parse_cidr(std::string_view text) {
    const auto parts = java_split_slash(text);
    if (parts.size() != 2) return {std::nullopt, "Malformed CIDR, one '/' required"};
    const auto mask = parse_java_int(parts[1]);
    if (!mask) return {std::nullopt, "Malformed CIDR, mask bits must be an integer"};
    if (*mask < 0) return {std::nullopt, "Malformed CIDR, mask bits must not be negative"};
    IpAddress base;
    const IpParse parsed = parse_ip(parts[0], base);
    if (parsed == IpParse::kNotIpShaped)
        return {std::nullopt, "Nonstandard IP address: " + std::string(parts[0])};
    if (parsed == IpParse::kInvalid) return {std::nullopt, "Invalid IP address: " + std::string(parts[0])};
    if (!base.v6 && *mask > 31) return {std::nullopt, "IPv4 mask bits must be < 32"};
    if (base.v6 && *mask > 127) return {std::nullopt, "IPv6 mask bits must be < 128"};
    return {IpRange{block_edge(base, *mask, false), block_edge(base, *mask, true)}, ""};
}

IpRange single_ip_range(const IpAddress& ip) {
    return IpRange{ip, ip};
}

bool ip_in_range(const IpRange& range, const IpAddress& ip) {
    if (range.low.v6 != ip.v6) return false;
    const std::size_t width = ip.v6 ? 16 : 4;
    for (std::size_t i = 0; i < width; ++i) {
        if (ip.bytes[i] != range.low.bytes[i]) {
            if (ip.bytes[i] < range.low.bytes[i]) return false;
            break;
        }
    }
    for (std::size_t i = 0; i < width; ++i) {
        if (ip.bytes[i] != range.high.bytes[i]) return ip.bytes[i] < range.high.bytes[i];
    }
    return true;
}

}  // namespace evb
