// Internal to the event-pattern engine (evb/pattern/event_pattern.hpp is the public API). IP addresses and
// CIDR blocks as EventBridge reads them (event-ruler's CIDR rules and messages): IPv4 and IPv6 literals,
// IPv4-mapped IPv6 addresses treated as IPv4. Depends only on the standard library.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace evb {

// An IPv4 (first four bytes used) or IPv6 address.
struct IpAddress {
    bool v6 = false;
    std::array<std::uint8_t, 16> bytes{};
};

// An inclusive range of addresses of one family.
struct IpRange {
    IpAddress low;
    IpAddress high;
};

enum class IpParse { kOk, kNotIpShaped, kInvalid };

// parse_ip parses an address literal; kNotIpShaped when it does not even look like one (AWS: "Nonstandard").
IpParse parse_ip(std::string_view text, IpAddress& out);

// CidrResult holds a parsed CIDR block or AWS's message for the bad one.
struct CidrResult {
    std::optional<IpRange> range;
    std::string error;
};

// parse_cidr parses "address/bits" as EventBridge does, with its error messages.
CidrResult parse_cidr(std::string_view text);

// single_ip_range returns the range holding just one address.
IpRange single_ip_range(const IpAddress& ip);

// ip_in_range tells whether an address lies in a range of the same family.
bool ip_in_range(const IpRange& range, const IpAddress& ip);

}  // namespace evb
