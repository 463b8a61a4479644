// Base64 (RFC 4648, standard alphabet): Lambda's ZipFile, CodeSha256 and LogResult.
// Depends only on the standard library.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace evb {

// base64_encode returns the padded base64 text of data.
std::string base64_encode(std::string_view data);

// base64_decode returns the bytes of padded or unpadded base64 text, or nothing when it is not base64.
std::optional<std::string> base64_decode(std::string_view text);

}  // namespace evb
