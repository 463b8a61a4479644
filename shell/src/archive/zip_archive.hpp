// Writing .zip archives (PKWARE APPNOTE: local headers, central directory, end record), deterministic:
// every entry is dated 1980-01-01 00:00, the zip epoch. Depends on deflate.hpp only.
#pragma once

#include <string>
#include <vector>

namespace evb::cli {

struct ZipInput {
    std::string name;
    std::string data;
};

// How one entry was stored, for zip's "  adding: name (deflated 53%)" line.
struct ZipEntryReport {
    std::string name;
    bool deflated = false;
    int percent = 0;
};

struct ZipArchive {
    std::string bytes;
    std::vector<ZipEntryReport> entries;
};

// build_zip deflates each input (or stores it when deflating does not help) into one archive.
ZipArchive build_zip(const std::vector<ZipInput>& inputs);

// zip_percent is Info-ZIP's rounding of the space saved when n bytes became m bytes.
int zip_percent(std::size_t n, std::size_t m);

}  // namespace evb::cli
