// Tests for evb/pattern/cidr.hpp: address literals, CIDR blocks and EventBridge's CIDR messages.
#include <doctest/doctest.h>

#include "evb/pattern/cidr.hpp"

using evb::IpAddress;
using evb::IpParse;

namespace {

bool in_block(const char* cidr, const char* address) {
    const evb::CidrResult block = evb::parse_cidr(cidr);
    IpAddress ip;
    return block.range && evb::parse_ip(address, ip) == IpParse::kOk && evb::ip_in_range(*block.range, ip);
}

}  // namespace

TEST_CASE("ip addresses parse in IPv4, IPv6 and compressed IPv6 forms") {
    IpAddress ip;
    CHECK(evb::parse_ip("10.0.0.255", ip) == IpParse::kOk);
    CHECK_FALSE(ip.v6);
    CHECK(evb::parse_ip("2001:0db8:1234:1a00:0000:0000:0000:0000", ip) == IpParse::kOk);
    CHECK(ip.v6);
    CHECK(evb::parse_ip("::", ip) == IpParse::kOk);
    CHECK(evb::parse_ip("1::", ip) == IpParse::kOk);
}

TEST_CASE("ip addresses that only look like addresses are invalid, others not addresses at all") {
    IpAddress ip;
    CHECK(evb::parse_ip("10.0.0.256", ip) == IpParse::kInvalid);
    CHECK(evb::parse_ip("1:2:3:4:5:6:7:8:9", ip) == IpParse::kInvalid);
    CHECK(evb::parse_ip(":::", ip) == IpParse::kInvalid);
    CHECK(evb::parse_ip("xx.11.xx", ip) == IpParse::kNotIpShaped);
    CHECK(evb::parse_ip("10.0.0", ip) == IpParse::kNotIpShaped);
    CHECK(evb::parse_ip("", ip) == IpParse::kNotIpShaped);
}

TEST_CASE("ipv4-mapped ipv6 addresses are read as ipv4") {
    IpAddress ip;
    REQUIRE(evb::parse_ip("::ffff:a00:1", ip) == IpParse::kOk);
    CHECK_FALSE(ip.v6);
    CHECK(ip.bytes[0] == 10);
    CHECK(ip.bytes[3] == 1);
}

TEST_CASE("cidr blocks hold the addresses under their mask") {
    CHECK(in_block("10.0.0.0/24", "10.0.0.255"));
    CHECK_FALSE(in_block("10.0.0.0/24", "10.0.1.0"));
    CHECK(in_block("2001:db8:1234:1a00::/64", "2001:0db8:1234:1a00:0000:0000:0000:0000"));
    CHECK_FALSE(in_block("2001:db8:1234:1a00::/64", "2001:0db8:123f:1a01:0000:0000:0000:0000"));
    CHECK_FALSE(in_block("10.0.0.0/8", "::1"));
}

struct BlockCase {
    const char* cidr;
    const char* address;
    bool inside;
};

// Host bits set in a block's address: event-ruler (since its #89) and EventBridge cover the whole network.
constexpr BlockCase kHostBitCases[] = {
    {"10.1.2.3/8", "10.0.0.1", true},
    {"10.1.2.3/8", "10.0.0.0", true},
    {"10.1.2.3/8", "10.255.255.255", true},
    {"10.1.2.3/8", "9.255.255.255", false},
    {"10.1.2.3/8", "11.0.0.0", false},
    {"10.0.0.5/24", "10.0.0.4", true},
    {"220.160.153.171/31", "220.160.153.170", true},
    {"220.160.153.171/31", "220.160.153.169", false},
    {"220.160.153.171/31", "220.160.153.172", false},
    {"220.160.59.225/31", "220.160.59.224", true},
    {"220.160.59.225/31", "220.160.59.223", false},
    {"2001:db8::ff00:42:8329/24", "2001:d00::", true},
    {"2001:db8::ff00:42:8329/24", "2001:dff:ffff:ffff:ffff:ffff:ffff:ffff", true},
    {"2001:db8::ff00:42:8329/24", "2001:cff:ffff:ffff:ffff:ffff:ffff:ffff", false},
    {"2001:db8::ff00:42:8329/24", "2001:e00::", false},
    {"::1/24", "::", true},
    {"2001:db8:1234:1a00::1/64", "2001:db8:1234:1a00::", true},
};

TEST_CASE("cidr blocks with host bits set cover the whole network from its floor, ipv4 and ipv6") {
    for (const BlockCase& c : kHostBitCases) {
        CAPTURE(c.cidr);
        CAPTURE(c.address);
        CHECK(in_block(c.cidr, c.address) == c.inside);
    }
}

TEST_CASE("cidr errors use EventBridge's messages in its order") {
    CHECK(evb::parse_cidr("bad-filter").error == "Malformed CIDR, one '/' required");
    CHECK(evb::parse_cidr("a/b/c").error == "Malformed CIDR, one '/' required");
    CHECK(evb::parse_cidr("bad-/64filter").error == "Malformed CIDR, mask bits must be an integer");
    CHECK(evb::parse_cidr("10.0.0.0/-1").error == "Malformed CIDR, mask bits must not be negative");
    CHECK(evb::parse_cidr("xx.11.xx/8").error == "Nonstandard IP address: xx.11.xx");
    CHECK(evb::parse_cidr("xxxx:db8:1234:1a00::/64").error == "Nonstandard IP address: xxxx:db8:1234:1a00::");
    CHECK(evb::parse_cidr("10.0.0.300/8").error == "Invalid IP address: 10.0.0.300");
    CHECK(evb::parse_cidr("10.0.0.0/32").error == "IPv4 mask bits must be < 32");
    CHECK(evb::parse_cidr("::/128").error == "IPv6 mask bits must be < 128");
}

TEST_CASE("cidr text split follows Java's rules for trailing slashes") {
    CHECK(evb::parse_cidr("10.0.0.0/24/").range.has_value());
    CHECK(evb::parse_cidr("10.0.0.0/").error == "Malformed CIDR, one '/' required");
    CHECK(evb::parse_cidr("/24").error == "Nonstandard IP address: ");
}
