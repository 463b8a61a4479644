// DEFLATE decompression (RFC 1951: stored, fixed and dynamic Huffman blocks) and reading .zip archives, so
// that `aws lambda create-function --zip-file fileb://x.zip` can look at the code it uploads.
// Bounded: output is capped, malformed input fails cleanly. Depends only on the standard library.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace evb::cli {

// inflate_bytes decompresses a raw DEFLATE stream; nothing when it is malformed or exceeds max_output.
std::optional<std::string> inflate_bytes(std::string_view data, std::size_t max_output = 16u << 20);

struct ZipEntry {
    std::string name;
    std::string data;
};

// kMaxUnzippedBytes is Lambda's quota on a deployment package's unzipped size (250 MB): read_zip refuses an
// archive whose entries add up to more, however they overlap or repeat.
inline constexpr std::size_t kMaxUnzippedBytes = 250u << 20;

// read_zip lists a zip archive's files with their contents (stored or deflated); nothing when unreadable or
// larger than max_total once unzipped.
std::optional<std::vector<ZipEntry>> read_zip(std::string_view archive,
                                              std::size_t max_total = kMaxUnzippedBytes);

}  // namespace evb::cli
