// Internal to the event-pattern engine (evb/pattern/event_pattern.hpp is the public API). UTF-8 decoding and
// encoding of single code points, shared by the scanner, case folding and explanations. Depends only on the
// standard library.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace evb {

// decode_utf8 decodes the code point at offset (setting its byte length), or nothing for an invalid sequence.
std::optional<std::uint32_t> decode_utf8(std::string_view text, std::size_t offset, std::size_t& length);

// append_utf8 appends a code point to out as UTF-8.
void append_utf8(std::string& out, std::uint32_t cp);

}  // namespace evb
