// The zip container around DEFLATE streams: one local header per entry, a central directory, an end record.
#include "zip_archive.hpp"

#include "deflate.hpp"

#include <cstdint>

namespace evb::cli {
namespace {

constexpr std::uint16_t kDosDate1980 = (0 << 9) | (1 << 5) | 1;  // 1980-01-01
constexpr std::uint16_t kVersion = 20;                           // 2.0: deflate

void put16(std::string& out, std::uint32_t v) {
    out += static_cast<char>(v & 0xFF);
    out += static_cast<char>((v >> 8) & 0xFF);
}

void put32(std::string& out, std::uint32_t v) {
    put16(out, v & 0xFFFF);
    put16(out, v >> 16);
}

struct Stored {
    std::string name;
    std::string payload;
    std::uint32_t crc = 0;
    std::uint32_t size = 0;
    std::uint16_t method = 0;
    std::uint32_t offset = 0;
};

void entry_fields(std::string& out, const Stored& e) {
    put16(out, 0);  // flags
    put16(out, e.method);
    put16(out, 0);  // time 00:00:00
    put16(out, kDosDate1980);
    put32(out, e.crc);
    put32(out, static_cast<std::uint32_t>(e.payload.size()));
    put32(out, e.size);
    put16(out, static_cast<std::uint32_t>(e.name.size()));
    put16(out, 0);  // extra field length
}

void local_header(std::string& out, const Stored& e) {
    put32(out, 0x04034b50);
    put16(out, kVersion);
    entry_fields(out, e);
    out += e.name;
    out += e.payload;
}

void central_header(std::string& out, const Stored& e) {
    put32(out, 0x02014b50);
    put16(out, (3 << 8) | kVersion);  // made by: Unix
    put16(out, kVersion);
    entry_fields(out, e);
    put16(out, 0);               // comment length
    put16(out, 0);               // disk number
    put16(out, 0);               // internal attributes
    put32(out, 0100644u << 16);  // external attributes: -rw-r--r--
    put32(out, e.offset);
    out += e.name;
}

}  // namespace

int zip_percent(std::size_t n, std::size_t m) {
    if (n <= m || n == 0) return 0;
    return static_cast<int>(1 + (200 * (n - m) / n - 1) / 2);
}

ZipArchive build_zip(const std::vector<ZipInput>& inputs) {
    ZipArchive archive;
    std::vector<Stored> stored;
    for (const auto& input : inputs) {
        Stored e{input.name,
                 deflate_bytes(input.data),
                 crc32(input.data),
                 static_cast<std::uint32_t>(input.data.size()),
                 8,
                 0};
        if (e.payload.size() >= input.data.size()) {
            e.payload = input.data;
            e.method = 0;
        }
        e.offset = static_cast<std::uint32_t>(archive.bytes.size());
        local_header(archive.bytes, e);
        archive.entries.push_back({e.name, e.method == 8, zip_percent(input.data.size(), e.payload.size())});
        stored.push_back(std::move(e));
    }
    std::uint32_t directory_offset = static_cast<std::uint32_t>(archive.bytes.size());
    for (const auto& e : stored)
        central_header(archive.bytes, e);
    std::uint32_t directory_size = static_cast<std::uint32_t>(archive.bytes.size()) - directory_offset;
    put32(archive.bytes, 0x06054b50);
    put16(archive.bytes, 0);
    put16(archive.bytes, 0);
    put16(archive.bytes, static_cast<std::uint32_t>(stored.size()));
    put16(archive.bytes, static_cast<std::uint32_t>(stored.size()));
    put32(archive.bytes, directory_size);
    put32(archive.bytes, directory_offset);
    put16(archive.bytes, 0);
    return archive;
}

}  // namespace evb::cli
