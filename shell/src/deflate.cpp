// DEFLATE with fixed Huffman codes: greedy LZ77 matching through hash chains, one step of lazy matching.
#include "deflate.hpp"

#include <array>
#include <vector>

namespace evb::cli {
namespace {

constexpr std::size_t kWindow = 32768;
constexpr std::size_t kMinMatch = 3;
constexpr std::size_t kMaxMatch = 258;
constexpr int kMaxChain = 128;
constexpr std::size_t kHashSize = 1 << 15;

constexpr std::array<int, 29> kLengthBase = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
                                             35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
constexpr std::array<int, 29> kLengthExtra = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2,
                                              3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
constexpr std::array<int, 30> kDistBase = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129,
                                           193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
                                           6145, 8193, 12289, 16385, 24577};
constexpr std::array<int, 30> kDistExtra = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6,
                                            6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};

class BitWriter {
public:
    void bits(std::uint32_t value, int count) {
        for (int i = 0; i < count; ++i) bit((value >> i) & 1);
    }

    // huffman writes a code most-significant bit first, as DEFLATE stores Huffman codes.
    void huffman(std::uint32_t code, int length) {
        for (int i = length - 1; i >= 0; --i) bit((code >> i) & 1);
    }

    std::string finish() {
        if (used_ > 0) out_ += static_cast<char>(current_);
        return out_;
    }

private:
    void bit(std::uint32_t b) {
        current_ |= static_cast<std::uint8_t>(b << used_);
        if (++used_ == 8) {
            out_ += static_cast<char>(current_);
            current_ = 0;
            used_ = 0;
        }
    }

    std::string out_;
    std::uint8_t current_ = 0;
    int used_ = 0;
};

void write_symbol(BitWriter& w, int symbol) {
    if (symbol < 144) w.huffman(0x30 + symbol, 8);
    else if (symbol < 256) w.huffman(0x190 + symbol - 144, 9);
    else if (symbol < 280) w.huffman(symbol - 256, 7);
    else w.huffman(0xC0 + symbol - 280, 8);
}

void write_match(BitWriter& w, std::size_t length, std::size_t distance) {
    int li = 28;
    while (kLengthBase[li] > static_cast<int>(length)) --li;
    write_symbol(w, 257 + li);
    w.bits(static_cast<std::uint32_t>(length - kLengthBase[li]), kLengthExtra[li]);
    int di = 29;
    while (kDistBase[di] > static_cast<int>(distance)) --di;
    w.huffman(static_cast<std::uint32_t>(di), 5);
    w.bits(static_cast<std::uint32_t>(distance - kDistBase[di]), kDistExtra[di]);
}

class Matcher {
public:
    explicit Matcher(std::string_view data) : data_(data), head_(kHashSize, -1), prev_(data.size(), -1) {}

    void insert(std::size_t pos) {
        if (pos + kMinMatch > data_.size()) return;
        std::size_t h = hash(pos);
        prev_[pos] = head_[h];
        head_[h] = static_cast<long>(pos);
    }

    // longest finds the longest earlier match for pos; returns {length, distance} (length 0 if none).
    std::pair<std::size_t, std::size_t> longest(std::size_t pos) const {
        if (pos + kMinMatch > data_.size()) return {0, 0};
        std::size_t best = 0;
        std::size_t best_distance = 0;
        std::size_t limit = std::min(kMaxMatch, data_.size() - pos);
        long candidate = head_[hash(pos)];
        for (int chain = 0; candidate >= 0 && chain < kMaxChain; ++chain) {
            std::size_t distance = pos - static_cast<std::size_t>(candidate);
            if (distance > kWindow) break;
            std::size_t n = 0;
            while (n < limit && data_[static_cast<std::size_t>(candidate) + n] == data_[pos + n]) ++n;
            if (n > best) {
                best = n;
                best_distance = distance;
            }
            candidate = prev_[static_cast<std::size_t>(candidate)];
        }
        return best >= kMinMatch ? std::make_pair(best, best_distance) : std::make_pair<std::size_t, std::size_t>(0, 0);
    }

private:
    std::size_t hash(std::size_t pos) const {
        auto b = [&](std::size_t i) { return static_cast<std::size_t>(static_cast<unsigned char>(data_[pos + i])); };
        return ((b(0) << 10) ^ (b(1) << 5) ^ b(2)) & (kHashSize - 1);
    }

    std::string_view data_;
    std::vector<long> head_;
    std::vector<long> prev_;
};

}  // namespace

std::string deflate_bytes(std::string_view data) {
    BitWriter w;
    w.bits(1, 1);  // BFINAL
    w.bits(1, 2);  // BTYPE = fixed Huffman
    Matcher matcher(data);
    std::size_t pos = 0;
    while (pos < data.size()) {
        auto [length, distance] = matcher.longest(pos);
        if (length > 0 && pos + 1 < data.size()) {
            matcher.insert(pos);
            auto next = matcher.longest(pos + 1);
            if (next.first > length) {
                write_symbol(w, static_cast<unsigned char>(data[pos]));
                ++pos;
                continue;
            }
            write_match(w, length, distance);
            for (std::size_t i = 1; i < length; ++i) matcher.insert(pos + i);
            pos += length;
            continue;
        }
        matcher.insert(pos);
        if (length > 0) {
            write_match(w, length, distance);
            pos += length;
            continue;
        }
        write_symbol(w, static_cast<unsigned char>(data[pos]));
        ++pos;
    }
    write_symbol(w, 256);
    return w.finish();
}

std::uint32_t crc32(std::string_view data) {
    static const std::array<std::uint32_t, 256> kTable = [] {
        std::array<std::uint32_t, 256> table{};
        for (std::uint32_t i = 0; i < 256; ++i) {
            std::uint32_t c = i;
            for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[i] = c;
        }
        return table;
    }();
    std::uint32_t crc = 0xFFFFFFFFu;
    for (char ch : data) crc = kTable[(crc ^ static_cast<unsigned char>(ch)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

}  // namespace evb::cli
