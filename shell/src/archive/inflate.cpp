// Inflate (canonical Huffman decoding, as RFC 1951 describes it) and a zip central-directory reader.
#include "inflate.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

namespace evb::cli {
namespace {

constexpr int kLengthBase[] = {3,  4,  5,  6,  7,  8,  9,  10, 11,  13,  15,  17,  19,  23, 27,
                               31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
constexpr int kLengthExtra[] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
constexpr int kDistBase[] = {1,    2,    3,    4,    5,    7,    9,    13,    17,    25,
                             33,   49,   65,   97,   129,  193,  257,  385,   513,   769,
                             1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
constexpr int kDistExtra[] = {0, 0, 0, 0, 1, 1, 2, 2,  3,  3,  4,  4,  5,  5,  6,
                              6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};
constexpr int kCodeLengthOrder[] = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};

// Huffman is a canonical code: how many codes of each length, and the symbols in code order.
struct Huffman {
    std::array<int, 16> counts{};
    std::vector<int> symbols;

    bool build(const int* lengths, int n) {
        counts.fill(0);
        for (int i = 0; i < n; ++i)
            ++counts[static_cast<std::size_t>(lengths[i])];
        counts[0] = 0;
        std::array<int, 16> offsets{};
        for (int len = 1; len < 16; ++len)
            offsets[static_cast<std::size_t>(len)] =
                offsets[static_cast<std::size_t>(len - 1)] + counts[static_cast<std::size_t>(len - 1)];
        symbols.assign(static_cast<std::size_t>(n), 0);
        for (int i = 0; i < n; ++i) {
            if (lengths[i] != 0)
                symbols[static_cast<std::size_t>(offsets[static_cast<std::size_t>(lengths[i])]++)] = i;
        }
        return true;
    }
};

struct Inflater {
    std::string_view in;
    std::size_t max_output;
    std::size_t bit = 0;
    std::string out;
    bool failed = false;

    unsigned bits(int n) {
        unsigned v = 0;
        for (int i = 0; i < n; ++i, ++bit) {
            if (bit / 8 >= in.size()) {
                failed = true;
                return 0;
            }
            v |= ((static_cast<unsigned char>(in[bit / 8]) >> (bit % 8)) & 1u) << i;
        }
        return v;
    }

    int decode(const Huffman& h) {
        int code = 0, first = 0, index = 0;
        for (int len = 1; len < 16; ++len) {
            code |= static_cast<int>(bits(1));
            if (failed) return -1;
            int count = h.counts[static_cast<std::size_t>(len)];
            if (code - count < first) return h.symbols[static_cast<std::size_t>(index + (code - first))];
            index += count;
            first = (first + count) << 1;
            code <<= 1;
        }
        failed = true;
        return -1;
    }

    bool stored() {
        bit = (bit + 7) / 8 * 8;
        std::size_t at = bit / 8;
        if (at + 4 > in.size()) return false;
        unsigned len = static_cast<unsigned char>(in[at]) | (static_cast<unsigned char>(in[at + 1]) << 8);
        if (at + 4 + len > in.size() || out.size() + len > max_output) return false;
        out.append(in.substr(at + 4, len));
        bit = (at + 4 + len) * 8;
        return true;
    }

    bool codes(const Huffman& lit, const Huffman& dist) {
        while (!failed) {
            int symbol = decode(lit);
            if (symbol < 0) return false;
            if (symbol < 256) {
                out += static_cast<char>(symbol);
            } else if (symbol == 256) {
                return true;
            } else {
                if (symbol > 285) return false;
                int length = kLengthBase[symbol - 257] + static_cast<int>(bits(kLengthExtra[symbol - 257]));
                int d = decode(dist);
                if (d < 0 || d > 29) return false;
                std::size_t distance = static_cast<std::size_t>(kDistBase[d]) + bits(kDistExtra[d]);
                if (distance > out.size() || out.size() + static_cast<std::size_t>(length) > max_output)
                    return false;
                for (int i = 0; i < length; ++i)
                    out += out[out.size() - distance];
            }
            if (out.size() > max_output) return false;
        }
        return false;
    }

    bool fixed() {
        int lengths[288 + 30];
        for (int i = 0; i < 144; ++i)
            lengths[i] = 8;
        for (int i = 144; i < 256; ++i)
            lengths[i] = 9;
        for (int i = 256; i < 280; ++i)
            lengths[i] = 7;
        for (int i = 280; i < 288; ++i)
            lengths[i] = 8;
        for (int i = 0; i < 30; ++i)
            lengths[288 + i] = 5;
        Huffman lit, dist;
        lit.build(lengths, 288);
        dist.build(lengths + 288, 30);
        return codes(lit, dist);
    }

    bool dynamic() {
        int nlen = static_cast<int>(bits(5)) + 257, ndist = static_cast<int>(bits(5)) + 1,
            ncode = static_cast<int>(bits(4)) + 4;
        if (failed || nlen > 286 || ndist > 30) return false;
        int lengths[320] = {};
        for (int i = 0; i < ncode; ++i)
            lengths[kCodeLengthOrder[i]] = static_cast<int>(bits(3));
        Huffman code_lengths;
        code_lengths.build(lengths, 19);
        int index = 0;
        while (index < nlen + ndist && !failed) {
            int symbol = decode(code_lengths);
            if (symbol < 0) return false;
            if (symbol < 16) {
                lengths[index++] = symbol;
                continue;
            }
            int repeat = 0, value = 0;
            if (symbol == 16) {
                if (index == 0) return false;
                value = lengths[index - 1];
                repeat = 3 + static_cast<int>(bits(2));
            } else if (symbol == 17) {
                repeat = 3 + static_cast<int>(bits(3));
            } else {
                repeat = 11 + static_cast<int>(bits(7));
            }
            if (index + repeat > nlen + ndist) return false;
            while (repeat--)
                lengths[index++] = value;
        }
        Huffman lit, dist;
        lit.build(lengths, nlen);
        dist.build(lengths + nlen, ndist);
        return !failed && codes(lit, dist);
    }

    bool run() {
        bool last = false;
        while (!last) {
            last = bits(1) == 1;
            unsigned type = bits(2);
            if (failed) return false;
            bool ok = type == 0 ? stored() : type == 1 ? fixed() : type == 2 ? dynamic() : false;
            if (!ok) return false;
        }
        return true;
    }
};

std::uint32_t read16(std::string_view s, std::size_t at) {
    return static_cast<unsigned char>(s[at]) | (static_cast<unsigned char>(s[at + 1]) << 8);
}

std::uint32_t read32(std::string_view s, std::size_t at) {
    return read16(s, at) | (read16(s, at + 2) << 16);
}

// read_entry reads the entry whose central directory record starts at `central`, unzipped into at most
// `budget` bytes.
std::optional<ZipEntry> read_entry(std::string_view archive, std::size_t central, std::size_t budget) {
    if (central + 46 > archive.size() || read32(archive, central) != 0x02014b50u) return std::nullopt;
    std::uint32_t method = read16(archive, central + 10);
    std::uint32_t compressed = read32(archive, central + 20);
    std::uint32_t name_length = read16(archive, central + 28);
    std::uint32_t local = read32(archive, central + 42);
    if (central + 46 + name_length > archive.size() || local + 30 > archive.size()) return std::nullopt;
    std::string name(archive.substr(central + 46, name_length));
    std::size_t data = local + 30 + read16(archive, local + 26) + read16(archive, local + 28);
    if (data + compressed > archive.size()) return std::nullopt;
    std::string_view payload = archive.substr(data, compressed);
    if (method == 0) {
        if (payload.size() > budget) return std::nullopt;
        return ZipEntry{name, std::string(payload)};
    }
    if (method != 8) return std::nullopt;
    auto inflated = inflate_bytes(payload, std::min<std::size_t>(budget, 16u << 20));
    if (!inflated) return std::nullopt;
    return ZipEntry{name, *inflated};
}

}  // namespace

std::optional<std::string> inflate_bytes(std::string_view data, std::size_t max_output) {
    Inflater inflater{data, max_output, 0, {}, false};
    if (!inflater.run()) return std::nullopt;
    return inflater.out;
}

std::optional<std::vector<ZipEntry>> read_zip(std::string_view archive, std::size_t max_total) {
    if (archive.size() < 22) return std::nullopt;
    std::size_t end = archive.size() - 22;
    while (end > 0 && read32(archive, end) != 0x06054b50u && archive.size() - end < 22 + 65535)
        --end;
    if (read32(archive, end) != 0x06054b50u) return std::nullopt;
    std::uint32_t count = read16(archive, end + 10);
    std::size_t central = read32(archive, end + 16);
    std::vector<ZipEntry> entries;
    std::size_t budget = max_total;
    for (std::uint32_t i = 0; i < count; ++i) {
        auto entry = read_entry(archive, central, budget);
        if (!entry) return std::nullopt;
        budget -= entry->data.size();
        central += 46 + read16(archive, central + 28) + read16(archive, central + 30) +
                   read16(archive, central + 32);
        entries.push_back(std::move(*entry));
    }
    return entries;
}

}  // namespace evb::cli
