// Tests for the fast matcher's tables (core/src/matcher): StringTable, FieldTree, ByteTrie and RangeIndex.
#include <doctest/doctest.h>

#include "../../../core/src/matcher/byte_trie.hpp"
#include "../../../core/src/matcher/field_tree.hpp"
#include "../../../core/src/matcher/range_index.hpp"
#include "../../../core/src/matcher/string_table.hpp"

#include <algorithm>
#include <string>
#include <vector>

using evb::matcher::ByteTrie;
using evb::matcher::FieldTree;
using evb::matcher::RangeIndex;
using evb::matcher::StringTable;

TEST_CASE("string table gives each distinct string one dense id and finds it again") {
    StringTable table;
    CHECK(table.find("a") == StringTable::kMissing);
    for (int i = 0; i < 1000; ++i)
        CHECK(table.add("key" + std::to_string(i)) == static_cast<std::uint32_t>(i));
    CHECK(table.add("key7") == 7);
    CHECK(table.add("") == 1000);
    CHECK(table.find("key999") == 999);
    CHECK(table.find("key1000") == StringTable::kMissing);
    CHECK(table.text(42) == "key42");
}

TEST_CASE("string table tells apart strings of every length that differ in one byte anywhere") {
    // hash_bytes reads short strings and the tail of long ones in overlapping words: each byte must count.
    StringTable table;
    std::vector<std::string> added;
    for (std::size_t length = 1; length <= 40; ++length) {
        for (std::size_t at = 0; at < length; ++at) {
            std::string text(length, 'a');
            text[at] = 'b';
            CHECK(table.add(text) == added.size());
            added.push_back(text);
        }
    }
    for (std::size_t id = 0; id < added.size(); ++id)
        CHECK(table.find(added[id]) == static_cast<std::int32_t>(id));
    CHECK(table.find(std::string(17, 'a')) == StringTable::kMissing);
}

TEST_CASE("field tree reaches a dotted path by whole names and by nested names") {
    FieldTree tree;
    tree.add_path("a.b.c", 0);
    tree.add_path("a", 1);
    auto child = [&](std::int32_t from, std::string_view name) { return tree.child(tree.node(from), name); };
    const std::int32_t a = child(FieldTree::kRoot, "a");
    REQUIRE(a != FieldTree::kNone);
    CHECK(tree.node(a).path == 1);
    const std::int32_t ab = child(a, "b");
    REQUIRE(ab != FieldTree::kNone);
    CHECK(tree.node(ab).path == FieldTree::kNone);
    CHECK(tree.node(child(ab, "c")).path == 0);
    CHECK(tree.node(child(a, "b.c")).path == 0);
    CHECK(tree.node(child(FieldTree::kRoot, "a.b.c")).path == 0);
    CHECK(child(FieldTree::kRoot, "b") == FieldTree::kNone);
    CHECK(tree.node(child(ab, "c")).names == FieldTree::kNone);
}

TEST_CASE("field tree tells apart names of every length that differ in one byte, with few names or many") {
    // A position with a few onward names compares them by their first and last 8 bytes (and, past 16 bytes,
    // the whole text); one with more hashes them. Both must see every byte.
    for (const std::size_t names_here : {1, 4, 5}) {
        for (std::size_t length = 0; length <= 24; ++length) {
            FieldTree tree;
            std::vector<std::string> names;
            for (std::size_t i = 0; i < names_here; ++i) {
                std::string name(length, 'a');
                if (i > 0 && length == 0) break;  // only one empty name
                if (i > 0) name[(i * 7) % length] = static_cast<char>('a' + i);
                if (std::find(names.begin(), names.end(), name) != names.end()) continue;
                tree.add_path("top." + name, static_cast<std::uint32_t>(names.size()));
                names.push_back(name);
            }
            const FieldTree::Node& top = tree.node(tree.child(tree.node(FieldTree::kRoot), "top"));
            CAPTURE(names_here);
            CAPTURE(length);
            for (std::size_t i = 0; i < names.size(); ++i) {
                const std::int32_t found = tree.child(top, names[i]);
                REQUIRE(found != FieldTree::kNone);
                CHECK(tree.node(found).path == static_cast<std::int32_t>(i));
            }
            for (std::size_t at = 0; at < length; ++at) {
                std::string other(length, 'a');
                other[at] = 'z';
                CHECK(tree.child(top, other) == FieldTree::kNone);
            }
            CHECK(tree.child(top, std::string(length + 1, 'a')) == FieldTree::kNone);
        }
    }
}

TEST_CASE("byte trie finds every added prefix of a value, and every suffix when backwards") {
    ByteTrie prefixes;
    prefixes.add("", 0, false);
    prefixes.add("ab", 1, false);
    prefixes.add("abc", 2, false);
    prefixes.add("b", 3, false);
    std::vector<std::uint32_t> found;
    prefixes.collect("abcd", false, found);
    CHECK(found == std::vector<std::uint32_t>{0, 1, 2});
    ByteTrie suffixes;
    suffixes.add("cd", 4, true);
    suffixes.add("d", 5, true);
    found.clear();
    suffixes.collect("abcd", true, found);
    CHECK(found == std::vector<std::uint32_t>{5, 4});
}

TEST_CASE("range index finds the ranges holding a value, with many ranges as with few") {
    for (int count : {3, 200}) {
        RangeIndex index;
        std::vector<evb::NumericRange> ranges;
        for (int i = 0; i < count; ++i) {
            evb::NumericRange range;
            range.low = static_cast<std::int64_t>(i);
            range.open_low = i % 2 == 0;
            range.high = static_cast<std::int64_t>(i + 3);
            range.open_high = i % 3 == 0;
            ranges.push_back(range);
            index.add(range, static_cast<std::uint32_t>(i));
        }
        index.prepare();
        for (std::int64_t v = -2; v < count + 5; ++v) {
            for (std::uint64_t rest : {std::uint64_t{0}, std::uint64_t{5}}) {
                const evb::ComparableNumber value{v, rest};
                std::vector<std::uint32_t> found, expected;
                index.collect(value, found);
                for (int i = 0; i < count; ++i)
                    if (evb::range_contains(ranges[static_cast<std::size_t>(i)], value))
                        expected.push_back(static_cast<std::uint32_t>(i));
                std::sort(found.begin(), found.end());
                CAPTURE(count);
                CAPTURE(v);
                CHECK(found == expected);
            }
        }
    }
}
