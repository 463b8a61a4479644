// Tests for the workspace, base64 and the zip writer (shell/src/interpreter/workspace.cpp, base64.cpp,
// deflate.cpp, zip_archive.cpp, inflate.cpp): what deflate writes, inflate and read_zip read back.
#include "evb/workspace.hpp"
#include "../../../shell/src/archive/deflate.hpp"
#include "../../../shell/src/archive/inflate.hpp"
#include "../../../shell/src/archive/zip_archive.hpp"
#include "../../../shell/src/cli/base64.hpp"

#include <doctest/doctest.h>

#include <cstdint>

namespace {

std::uint32_t read32(const std::string& s, std::size_t at) {
    std::uint32_t v = 0;
    for (int i = 3; i >= 0; --i)
        v = (v << 8) | static_cast<unsigned char>(s[at + static_cast<std::size_t>(i)]);
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
    std::string bytes(
        "\x00\xff\x10"
        "abc",
        6);
    CHECK(evb::cli::encode_base64("hello") == "aGVsbG8=");
    CHECK(*evb::cli::decode_base64(evb::cli::encode_base64(bytes)) == bytes);
    CHECK(*evb::cli::decode_base64("aGVs\nbG8=\n") == "hello");
    CHECK_FALSE(evb::cli::decode_base64("a*b"));
    CHECK_FALSE(evb::cli::decode_base64("aGVsbG8=x"));
}

TEST_CASE("deflate output inflates back to the input") {
    std::string text(evb::tutorial_lambda_source());
    for (const std::string& input :
         {std::string(""), std::string("a"), text, std::string(5000, 'z'), text + text}) {
        std::string packed = evb::cli::deflate_bytes(input);
        CHECK(evb::cli::inflate_bytes(packed) == input);
    }
}

TEST_CASE("crc32 matches the IEEE check value") {
    CHECK(evb::cli::crc32("123456789") == 0xCBF43926u);
}

TEST_CASE("zip writes a deterministic archive with a central directory") {
    std::string text(evb::tutorial_lambda_source());
    auto archive = evb::cli::build_zip({{"lambda_function.py", text}});
    CHECK(read32(archive.bytes, 0) == 0x04034b50u);
    CHECK(read32(archive.bytes, archive.bytes.size() - 22) == 0x06054b50u);
    REQUIRE(archive.entries.size() == 1);
    CHECK(archive.entries[0].deflated);
    CHECK(archive.bytes == evb::cli::build_zip({{"lambda_function.py", text}}).bytes);
}

TEST_CASE("read_zip returns the files zip archived") {
    std::string text(evb::tutorial_lambda_source());
    auto archive = evb::cli::build_zip({{"lambda_function.py", text}, {"empty.txt", ""}});
    auto entries = evb::cli::read_zip(archive.bytes);
    REQUIRE(entries);
    REQUIRE(entries->size() == 2);
    CHECK((*entries)[0].name == "lambda_function.py");
    CHECK((*entries)[0].data == text);
    CHECK((*entries)[1].data.empty());
    CHECK_FALSE(evb::cli::read_zip("not a zip"));
    CHECK_FALSE(evb::cli::inflate_bytes(std::string("\xff\xff\xff", 3)));
}

TEST_CASE("zip percentages round as Info-ZIP's") {
    CHECK(evb::cli::zip_percent(759, 360) == 53);
    CHECK(evb::cli::zip_percent(10, 20) == 0);
}

TEST_CASE("read_zip refuses an archive that unzips to more than its budget") {
    const std::string zeros(1u << 16, '\0');
    auto archive = evb::cli::build_zip({{"a", zeros}, {"b", zeros}, {"c", zeros}});
    CHECK(archive.bytes.size() < 3000);
    CHECK_FALSE(evb::cli::read_zip(archive.bytes, 3 * zeros.size() - 1));
    auto entries = evb::cli::read_zip(archive.bytes, 3 * zeros.size());
    REQUIRE(entries);
    CHECK(entries->size() == 3);
    CHECK(evb::cli::kMaxUnzippedBytes == 250u << 20);
}

TEST_CASE("the workspace refuses writes past its 64 MB and keeps what it held") {
    evb::Workspace w;
    const std::size_t start = w.bytes();
    CHECK(w.write("big", std::string(evb::kMaxWorkspaceBytes - start, 'x')));
    CHECK(w.bytes() == evb::kMaxWorkspaceBytes);
    CHECK_FALSE(w.append("big", "y"));
    CHECK_FALSE(w.write("other", "y"));
    CHECK_FALSE(w.read("other"));
    CHECK(w.write("big", "small"));
    CHECK(w.bytes() == start + 5);
    CHECK(w.remove("big"));
    CHECK(w.bytes() == start);
}
