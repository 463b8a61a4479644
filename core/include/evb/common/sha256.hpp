// SHA-256 (FIPS 180-4): Lambda's CodeSha256 and the stable names derived from resource names.
// Depends only on the standard library.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace evb {

// sha256 returns the 32-byte digest of data.
std::array<std::uint8_t, 32> sha256(std::string_view data);

}  // namespace evb
