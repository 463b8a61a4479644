// DEFLATE: LZ77 through hash chains with one step of lazy matching, then fixed or dynamic Huffman codes,
// whichever is shorter (dynamic codes are Huffman's, flattened until no code exceeds DEFLATE's limits).
#include "deflate.hpp"

#include <algorithm>
#include <array>
#include <vector>

namespace evb::cli {
namespace {

constexpr std::size_t kWindow = 32768;
constexpr std::size_t kMinMatch = 3;
constexpr std::size_t kMaxMatch = 258;
constexpr int kMaxChain = 128;
constexpr std::size_t kHashSize = 1 << 15;

constexpr std::array<int, 29> kLengthBase = {3,  4,  5,  6,  7,  8,  9,  10, 11,  13,  15,  17,  19,  23, 27,
                                             31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
constexpr std::array<int, 29> kLengthExtra = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                              2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
constexpr std::array<int, 30> kDistBase = {1,    2,    3,    4,    5,    7,    9,    13,    17,    25,
                                           33,   49,   65,   97,   129,  193,  257,  385,   513,   769,
                                           1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
constexpr std::array<int, 30> kDistExtra = {0, 0, 0, 0, 1, 1, 2, 2,  3,  3,  4,  4,  5,  5,  6,
                                            6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};

class BitWriter {
  public:
    void bits(std::uint32_t value, int count) {
        for (int i = 0; i < count; ++i)
            bit((value >> i) & 1);
    }

    // huffman writes a code most-significant bit first, as DEFLATE stores Huffman codes.
    void huffman(std::uint32_t code, int length) {
        for (int i = length - 1; i >= 0; --i)
            bit((code >> i) & 1);
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
    if (symbol < 144)
        w.huffman(0x30 + symbol, 8);
    else if (symbol < 256)
        w.huffman(0x190 + symbol - 144, 9);
    else if (symbol < 280)
        w.huffman(symbol - 256, 7);
    else
        w.huffman(0xC0 + symbol - 280, 8);
}

void write_match(BitWriter& w, std::size_t length, std::size_t distance) {
    int li = 28;
    while (kLengthBase[li] > static_cast<int>(length))
        --li;
    write_symbol(w, 257 + li);
    w.bits(static_cast<std::uint32_t>(length - kLengthBase[li]), kLengthExtra[li]);
    int di = 29;
    while (kDistBase[di] > static_cast<int>(distance))
        --di;
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
            while (n < limit && data_[static_cast<std::size_t>(candidate) + n] == data_[pos + n])
                ++n;
            if (n > best) {
                best = n;
                best_distance = distance;
            }
            candidate = prev_[static_cast<std::size_t>(candidate)];
        }
        return best >= kMinMatch ? std::make_pair(best, best_distance)
                                 : std::make_pair<std::size_t, std::size_t>(0, 0);
    }

  private:
    std::size_t hash(std::size_t pos) const {
        auto b = [&](std::size_t i) {
            return static_cast<std::size_t>(static_cast<unsigned char>(data_[pos + i]));
        };
        return ((b(0) << 10) ^ (b(1) << 5) ^ b(2)) & (kHashSize - 1);
    }

    std::string_view data_;
    std::vector<long> head_;
    std::vector<long> prev_;
};

// A literal byte (distance 0) or a back-reference of length bytes at distance.
struct Token {
    std::uint16_t length = 0;
    std::uint16_t distance = 0;
    unsigned char literal = 0;
};

// lz77 turns data into literals and back-references: hash-chain matching with one step of lazy evaluation.
std::vector<Token> lz77(std::string_view data) {
    std::vector<Token> tokens;
    Matcher matcher(data);
    std::size_t pos = 0;
    auto literal = [&](std::size_t at) {
        tokens.push_back(Token{0, 0, static_cast<unsigned char>(data[at])});
    };
    while (pos < data.size()) {
        auto [length, distance] = matcher.longest(pos);
        matcher.insert(pos);
        if (length > 0 && pos + 1 < data.size() && matcher.longest(pos + 1).first > length) {
            literal(pos++);
            continue;
        }
        if (length == 0) {
            literal(pos++);
            continue;
        }
        tokens.push_back(Token{static_cast<std::uint16_t>(length), static_cast<std::uint16_t>(distance), 0});
        for (std::size_t i = 1; i < length; ++i)
            matcher.insert(pos + i);
        pos += length;
    }
    return tokens;
}

int length_index(std::size_t length) {
    int li = 28;
    while (kLengthBase[static_cast<std::size_t>(li)] > static_cast<int>(length))
        --li;
    return li;
}

int distance_index(std::size_t distance) {
    int di = 29;
    while (kDistBase[static_cast<std::size_t>(di)] > static_cast<int>(distance))
        --di;
    return di;
}

std::string encode_fixed(const std::vector<Token>& tokens) {
    BitWriter w;
    w.bits(1, 1);  // BFINAL
    w.bits(1, 2);  // BTYPE = fixed Huffman
    for (const auto& t : tokens) {
        if (t.length == 0)
            write_symbol(w, t.literal);
        else
            write_match(w, t.length, t.distance);
    }
    write_symbol(w, 256);
    return w.finish();
}

// huffman_lengths computes code lengths no longer than limit for the given frequencies (0 = unused):
// Huffman's algorithm, with frequencies flattened and retried while a code is too long.
std::vector<int> huffman_lengths(std::vector<std::size_t> freq, int limit) {
    std::size_t n = freq.size();
    std::vector<int> lengths(n, 0);
    while (true) {
        std::vector<std::size_t> weight;
        std::vector<int> parent;
        std::vector<std::size_t> live;
        for (std::size_t i = 0; i < n; ++i) {
            weight.push_back(freq[i]);
            parent.push_back(-1);
            if (freq[i] > 0) live.push_back(i);
        }
        if (live.size() == 1) {
            lengths.assign(n, 0);
            lengths[live[0]] = 1;
            return lengths;
        }
        while (live.size() > 1) {
            std::sort(live.begin(), live.end(), [&](std::size_t a, std::size_t b) {
                return weight[a] != weight[b] ? weight[a] > weight[b] : a > b;
            });
            std::size_t a = live.back();
            live.pop_back();
            std::size_t b = live.back();
            live.pop_back();
            weight.push_back(weight[a] + weight[b]);
            parent.push_back(-1);
            parent[a] = parent[b] = static_cast<int>(weight.size() - 1);
            live.push_back(weight.size() - 1);
        }
        int longest = 0;
        for (std::size_t i = 0; i < n; ++i) {
            int depth = 0;
            for (int p = parent[i]; freq[i] > 0 && p >= 0; p = parent[static_cast<std::size_t>(p)])
                ++depth;
            lengths[i] = depth;
            longest = std::max(longest, depth);
        }
        if (longest <= limit) return lengths;
        for (auto& f : freq)
            f = f > 0 ? (f >> 1) | 1 : 0;
    }
}

// canonical_codes assigns DEFLATE's canonical codes to code lengths.
std::vector<std::uint32_t> canonical_codes(const std::vector<int>& lengths) {
    std::array<std::uint32_t, 17> count{};
    for (int l : lengths)
        ++count[static_cast<std::size_t>(l)];
    count[0] = 0;
    std::array<std::uint32_t, 17> next{};
    std::uint32_t code = 0;
    for (std::size_t bits = 1; bits <= 16; ++bits) {
        code = (code + count[bits - 1]) << 1;
        next[bits] = code;
    }
    std::vector<std::uint32_t> codes(lengths.size(), 0);
    for (std::size_t i = 0; i < lengths.size(); ++i) {
        if (lengths[i] != 0) codes[i] = next[static_cast<std::size_t>(lengths[i])]++;
    }
    return codes;
}

// A run-length coded code length: symbol 0-18 and its extra bits.
struct LengthSymbol {
    int symbol;
    int extra;
};

std::vector<LengthSymbol> run_length(const std::vector<int>& lengths) {
    std::vector<LengthSymbol> out;
    for (std::size_t i = 0; i < lengths.size();) {
        std::size_t run = 1;
        while (i + run < lengths.size() && lengths[i + run] == lengths[i])
            ++run;
        if (lengths[i] == 0 && run >= 3) {
            std::size_t take = std::min<std::size_t>(run, 138);
            out.push_back(take >= 11 ? LengthSymbol{18, static_cast<int>(take - 11)}
                                     : LengthSymbol{17, static_cast<int>(take - 3)});
            i += take;
        } else if (lengths[i] != 0 && run >= 4) {
            out.push_back({lengths[i], 0});
            std::size_t take = std::min<std::size_t>(run - 1, 6);
            out.push_back({16, static_cast<int>(take - 3)});
            i += 1 + take;
        } else {
            out.push_back({lengths[i], 0});
            ++i;
        }
    }
    return out;
}

std::string encode_dynamic(const std::vector<Token>& tokens) {
    std::vector<std::size_t> lit_freq(286, 0), dist_freq(30, 0);
    for (const auto& t : tokens) {
        if (t.length == 0)
            ++lit_freq[t.literal];
        else
            ++lit_freq[257 + static_cast<std::size_t>(length_index(t.length))],
                ++dist_freq[static_cast<std::size_t>(distance_index(t.distance))];
    }
    lit_freq[256] = 1;
    if (std::all_of(dist_freq.begin(), dist_freq.end(), [](std::size_t f) { return f == 0; }))
        dist_freq[0] = 1;
    std::vector<int> lit_len = huffman_lengths(lit_freq, 15), dist_len = huffman_lengths(dist_freq, 15);
    std::size_t hlit = 286, hdist = 30;
    while (hlit > 257 && lit_len[hlit - 1] == 0)
        --hlit;
    while (hdist > 1 && dist_len[hdist - 1] == 0)
        --hdist;
    std::vector<int> all(lit_len.begin(), lit_len.begin() + static_cast<long>(hlit));
    all.insert(all.end(), dist_len.begin(), dist_len.begin() + static_cast<long>(hdist));
    std::vector<LengthSymbol> rle = run_length(all);
    std::vector<std::size_t> cl_freq(19, 0);
    for (const auto& s : rle)
        ++cl_freq[static_cast<std::size_t>(s.symbol)];
    std::vector<int> cl_len = huffman_lengths(cl_freq, 7);
    static const int kOrder[19] = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
    std::size_t hclen = 19;
    while (hclen > 4 && cl_len[static_cast<std::size_t>(kOrder[hclen - 1])] == 0)
        --hclen;
    auto lit_codes = canonical_codes(lit_len), dist_codes = canonical_codes(dist_len),
         cl_codes = canonical_codes(cl_len);
    BitWriter w;
    w.bits(1, 1);
    w.bits(2, 2);  // BTYPE = dynamic Huffman
    w.bits(static_cast<std::uint32_t>(hlit - 257), 5);
    w.bits(static_cast<std::uint32_t>(hdist - 1), 5);
    w.bits(static_cast<std::uint32_t>(hclen - 4), 4);
    for (std::size_t i = 0; i < hclen; ++i)
        w.bits(static_cast<std::uint32_t>(cl_len[static_cast<std::size_t>(kOrder[i])]), 3);
    static const int kExtraBits[19] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 7};
    for (const auto& s : rle) {
        std::size_t sym = static_cast<std::size_t>(s.symbol);
        w.huffman(cl_codes[sym], cl_len[sym]);
        w.bits(static_cast<std::uint32_t>(s.extra), kExtraBits[sym]);
    }
    for (const auto& t : tokens) {
        if (t.length == 0) {
            w.huffman(lit_codes[t.literal], lit_len[t.literal]);
            continue;
        }
        std::size_t li = static_cast<std::size_t>(length_index(t.length));
        w.huffman(lit_codes[257 + li], lit_len[257 + li]);
        w.bits(static_cast<std::uint32_t>(t.length - kLengthBase[li]), kLengthExtra[li]);
        std::size_t di = static_cast<std::size_t>(distance_index(t.distance));
        w.huffman(dist_codes[di], dist_len[di]);
        w.bits(static_cast<std::uint32_t>(t.distance - kDistBase[di]), kDistExtra[di]);
    }
    w.huffman(lit_codes[256], lit_len[256]);
    return w.finish();
}

}  // namespace

std::string deflate_bytes(std::string_view data) {
    std::vector<Token> tokens = lz77(data);
    std::string fixed = encode_fixed(tokens);
    std::string dynamic = encode_dynamic(tokens);
    return dynamic.size() < fixed.size() ? dynamic : fixed;
}

std::uint32_t crc32(std::string_view data) {
    static const std::array<std::uint32_t, 256> kTable = [] {
        std::array<std::uint32_t, 256> table{};
        for (std::uint32_t i = 0; i < 256; ++i) {
            std::uint32_t c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[i] = c;
        }
        return table;
    }();
    std::uint32_t crc = 0xFFFFFFFFu;
    for (char ch : data)
        crc = kTable[(crc ^ static_cast<unsigned char>(ch)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

}  // namespace evb::cli
