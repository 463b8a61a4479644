// Tests for evb/pattern/pattern_set_cache.hpp: the set routing keeps per bus follows its rules as they
// change.
#include <doctest/doctest.h>

#include "evb/pattern/pattern_set_cache.hpp"

#include <string>
#include <vector>

namespace {

evb::EventPattern pattern(const std::string& text) {
    return *evb::compile_event_pattern(text).pattern;
}

std::vector<std::size_t> hits(evb::PatternSetCache& cache,
                              const std::vector<const evb::EventPattern*>& patterns,
                              const std::string& event) {
    std::vector<std::size_t> out;
    cache.set_for(patterns).match_text(event, out);
    return out;
}

}  // namespace

TEST_CASE("pattern set cache rebuilds when a pattern is replaced, added or removed, and keeps the order") {
    const evb::EventPattern a = pattern(R"({"source":["a"]})");
    const evb::EventPattern b = pattern(R"({"source":["b"]})");
    const evb::EventPattern a_again = pattern(R"({"source":["a"]})");
    evb::PatternSetCache cache;
    CHECK(hits(cache, {&a}, R"({"source":"a"})") == std::vector<std::size_t>{0});
    CHECK(hits(cache, {&b}, R"({"source":"a"})").empty());
    CHECK(hits(cache, {&b, &a_again}, R"({"source":"a"})") == std::vector<std::size_t>{1});
    CHECK(hits(cache, {&a_again, &b}, R"({"source":"a"})") == std::vector<std::size_t>{0});
    CHECK(hits(cache, {}, R"({"source":"a"})").empty());
}

TEST_CASE("pattern set cache reuses its set while the patterns are the very same ones") {
    const evb::EventPattern a = pattern(R"({"source":["a"]})");
    evb::PatternSetCache cache;
    const evb::PatternSet* first = &cache.set_for({&a});
    CHECK(cache.set_for({&a}).holds(0, a));
    CHECK(&cache.set_for({&a}) == first);
    CHECK_FALSE(cache.set_for({&a}).holds(0, pattern(R"({"source":["a"]})")));
}

TEST_CASE("a copied pattern set cache starts empty and rebuilds on first use") {
    const evb::EventPattern a = pattern(R"({"source":["a"]})");
    evb::PatternSetCache cache;
    cache.set_for({&a});
    evb::PatternSetCache copy = cache;
    CHECK(hits(copy, {&a}, R"({"source":"a"})") == std::vector<std::size_t>{0});
    copy = cache;
    CHECK(hits(copy, {}, R"({"source":"a"})").empty());
}
