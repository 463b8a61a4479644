// Tests for the workspace, base64 and the zip writer (shell/src/workspace.cpp, base64.cpp, deflate.cpp,
// zip_archive.cpp). The DEFLATE stream is checked by a small test-only inflater for fixed Huffman blocks.
#include "../../shell/src/base64.hpp"
#include "../../shell/src/deflate.hpp"
#include "../../shell/src/zip_archive.hpp"
#include "evb/workspace.hpp"

#include <doctest/doctest.h>

#include <cstdint>

namespace {

// FixedInflater decodes one final fixed-Huffman DEFLATE block, to check deflate_bytes.
struct FixedInflater {
    std::string_view in;
    std::size_t bit = 0;

    unsigned bits(int n) {
        unsigned v = 0;
        for (int i = 0; i < n; ++i, ++bit) v |= ((static_cast<unsigned char>(in[bit / 8]) >> (bit % 8)) & 1u) << i;
        return v;
    }
    unsigned huffman(int n) {
        unsigned v = 0;
        for (int i = 0; i < n; ++i) v = (v << 1) | bits(1);
        return v;
    }
    int symbol() {
        unsigned v = huffman(7);
        if (v <= 0x17) return static_cast<int>(v) + 256;
        v = (v << 1) | bits(1);
        if (v >= 0x30 && v <= 0xBF) return static_cast<int>(v) - 0x30;
        if (v >= 0xC0 && v <= 0xC7) return static_cast<int>(v) - 0xC0 + 280;
        v = (v << 1) | bits(1);
        return static_cast<int>(v) - 0x190 + 144;
    }
    std::string run() {
        static const int kLenBase[] = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
        static const int kLenExtra[] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
        static const int kDistBase[] = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
        static const int kDistExtra[] = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};
        REQUIRE(bits(1) == 1);
        REQUIRE(bits(2) == 1);
        std::string out;
        while (true) {
            int s = symbol();
            if (s < 256) { out += static_cast<char>(s); continue; }
            if (s == 256) return out;
            int length = kLenBase[s - 257] + static_cast<int>(bits(kLenExtra[s - 257]));
            int d = static_cast<int>(huffman(5));
            int distance = kDistBase[d] + static_cast<int>(bits(kDistExtra[d]));
            for (int i = 0; i < length; ++i) out += out[out.size() - static_cast<std::size_t>(distance)];
        }
    }
};

std::uint32_t read32(const std::string& s, std::size_t at) {
    std::uint32_t v = 0;
    for (int i = 3; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(s[at + static_cast<std::size_t>(i)]);
    return v;
}

}  // namespace

TEST_CASE("a new workspace ships the tutorial's lambda_function.py") {
    evb::Workspace w;
    auto source = w.read("lambda_function.py");
    REQUIRE(source);
    CHECK(source->size() == 759);
    CHECK(source->find("'EventBusName': 'manual-order-bus'") != std::string::npos);
    CHECK(w.read("./lambda_function.py") == source);
}

TEST_CASE("workspace writes, appends, lists and removes files") {
    evb::Workspace w;
    w.write("a.txt", "x");
    w.append("a.txt", "y");
    CHECK(*w.read("a.txt") == "xy");
    CHECK(w.list() == std::vector<std::string>{"a.txt", "lambda_function.py"});
    CHECK(w.remove("a.txt"));
    CHECK_FALSE(w.remove("a.txt"));
}

TEST_CASE("base64 round-trips bytes and rejects garbage") {
    std::string bytes("\x00\xff\x10" "abc", 6);
    CHECK(evb::cli::encode_base64("hello") == "aGVsbG8=");
    CHECK(*evb::cli::decode_base64(evb::cli::encode_base64(bytes)) == bytes);
    CHECK(*evb::cli::decode_base64("aGVs\nbG8=\n") == "hello");
    CHECK_FALSE(evb::cli::decode_base64("a*b"));
    CHECK_FALSE(evb::cli::decode_base64("aGVsbG8=x"));
}

TEST_CASE("deflate output inflates back to the input") {
    std::string text(evb::tutorial_lambda_source());
    for (const std::string& input : {std::string(""), std::string("a"), text, std::string(5000, 'z'), text + text}) {
        std::string packed = evb::cli::deflate_bytes(input);
        CHECK(FixedInflater{packed}.run() == input);
    }
}

TEST_CASE("crc32 matches the IEEE check value") { CHECK(evb::cli::crc32("123456789") == 0xCBF43926u); }

TEST_CASE("zip writes a deterministic archive with a central directory") {
    std::string text(evb::tutorial_lambda_source());
    auto archive = evb::cli::build_zip({{"lambda_function.py", text}});
    CHECK(read32(archive.bytes, 0) == 0x04034b50u);
    CHECK(read32(archive.bytes, archive.bytes.size() - 22) == 0x06054b50u);
    REQUIRE(archive.entries.size() == 1);
    CHECK(archive.entries[0].deflated);
    CHECK(archive.bytes == evb::cli::build_zip({{"lambda_function.py", text}}).bytes);
}

TEST_CASE("zip percentages round as Info-ZIP's") {
    CHECK(evb::cli::zip_percent(759, 360) == 53);
    CHECK(evb::cli::zip_percent(10, 20) == 0);
}
