// A small DEFLATE compressor (RFC 1951: LZ77 over a 32 KiB window, fixed or dynamic Huffman codes) and
// CRC-32, enough for `zip` to write real, deterministic archives in the in-memory workspace. Depends only on
// the standard library.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace evb::cli {

// deflate_bytes compresses data into one raw DEFLATE stream (no zlib header).
std::string deflate_bytes(std::string_view data);

// crc32 returns the CRC-32 (IEEE 802.3) of data, as zip stores it.
std::uint32_t crc32(std::string_view data);

}  // namespace evb::cli
