// Tests for core/src/matcher/skip.hpp: skipping containers, strings and tokens word-at-a-time, at every
// alignment, with every block classifier this processor can run (each must give the same answer). The
// matcher's internal headers live beside its sources, hence the relative include.
#include <doctest/doctest.h>

#include "../../../core/src/matcher/skip.hpp"

#include <string>

namespace {

using evb::matcher::BlockSet;
using evb::matcher::skip_string;

// skipped_using returns how many bytes a skip consumed after the opening bracket of `json`, or -1.
long skipped_using(BlockSet set, const std::string& json) {
    const char* end = evb::matcher::skip_container_using(set, json.data() + 1, json.data() + json.size(), 1);
    return end ? static_cast<long>(end - json.data()) : -1;
}

// skipped returns what skip_container consumes, after checking every available block set consumes the same.
long skipped(const std::string& json) {
    const char* end = evb::matcher::skip_container(json.data() + 1, json.data() + json.size(), 1);
    const long result = end ? static_cast<long>(end - json.data()) : -1;
    for (const BlockSet set : {BlockSet::kPortable, BlockSet::kAvx2}) {
        CAPTURE(static_cast<int>(set));
        if (evb::matcher::block_set_available(set)) CHECK(skipped_using(set, json) == result);
    }
    return result;
}

}  // namespace

TEST_CASE("skip_container finds the matching bracket at every alignment") {
    for (std::size_t pad = 0; pad < 80; ++pad) {
        const std::string body = R"({"a": [1, {"b": "]}"}, "[{"], "c": ")" + std::string(pad, 'x') + R"("})";
        const std::string json = body + R"(, "after": [1]})";
        CAPTURE(pad);
        CHECK(skipped(json) == static_cast<long>(body.size()));
    }
}

TEST_CASE("skip_container honours escaped quotes and backslashes inside strings") {
    for (std::size_t pad = 0; pad < 70; ++pad) {
        const std::string body = "[\"" + std::string(pad, 'y') + R"(\"]\\", "\\\"}", [{}]])";
        const std::string json = body + "]";
        CAPTURE(pad);
        CHECK(skipped(json) == static_cast<long>(body.size()));
    }
}

TEST_CASE("skip_container honours backslash runs that cross block boundaries") {
    for (std::size_t pad = 0; pad < 70; ++pad) {
        for (std::size_t run = 0; run < 140; run += 7) {
            const std::string escaped_quote =
                std::string(2 * run + 1, '\\') + "\"";                // odd run: escapes the quote
            const std::string even_run = std::string(2 * run, '\\');  // even run: escapes nothing
            const std::string body =
                "[\"" + std::string(pad, 'z') + escaped_quote + "]\", \"" + even_run + "\"]";
            CAPTURE(pad);
            CAPTURE(run);
            CHECK(skipped(body + "]") == static_cast<long>(body.size()));
        }
    }
}

TEST_CASE("skip_container gives up on unclosed containers and on nesting past Jackson's limit") {
    CHECK(skipped(R"([1, [2, 3])") == -1);
    CHECK(skipped(R"({"a": "]}})") == -1);
    CHECK(skipped(std::string(1000, '[') + std::string(1000, ']')) == 2000);
    CHECK(skipped(std::string(1001, '[') + std::string(1001, ']')) == -1);
}

TEST_CASE("skip_container gives up where a number token could pass Jackson's length limit") {
    const std::string numbers = "[" + std::string(2000, '1') + "]";
    CHECK(skipped(numbers) == -1);
    const std::string short_numbers = "[" + std::string(800, '1') + "]";
    CHECK(skipped(short_numbers) == static_cast<long>(short_numbers.size()));
    const std::string text = "[\"" + std::string(5000, 'x') + "\"]";
    CHECK(skipped(text) == static_cast<long>(text.size()));
}

TEST_CASE("the portable block set is always available") {
    CHECK(evb::matcher::block_set_available(BlockSet::kPortable));
}

TEST_CASE("skip_string stops after the closing quote, past escapes") {
    const std::string text = R"(ab\"c\\"rest)";
    CHECK(skip_string(text.data(), text.data() + text.size()) == text.data() + 8);
    const std::string plain = "abcdefghijklmnop\"";
    CHECK(skip_string(plain.data(), plain.data() + plain.size()) == plain.data() + plain.size());
    CHECK(skip_string(plain.data(), plain.data() + 5) == nullptr);
}
