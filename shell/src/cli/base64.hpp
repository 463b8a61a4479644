// Base64 (RFC 4648) for blobs on the command line and the `base64` command. Depends only on the
// standard library. Lives in evb::cli so it never collides with the core's own helpers.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace evb::cli {

// encode_base64 returns the padded base64 text of bytes.
std::string encode_base64(std::string_view bytes);

// decode_base64 decodes base64 text, skipping whitespace; returns nothing on any other invalid input.
std::optional<std::string> decode_base64(std::string_view text);

// wrap_lines breaks text into lines of at most width characters, each ending in a newline.
std::string wrap_lines(std::string_view text, std::size_t width);

}  // namespace evb::cli
