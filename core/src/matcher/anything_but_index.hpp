// AnythingButIndex: the anything-but tests of one field path, found for an event value by what the value
// excludes rather than by trying each test. A value passes every anything-but test except those listing it
// (plain strings and numbers, ignore-case strings) or one of its prefixes or suffixes, so the index keeps,
// for each excluded value, prefix or suffix, the tests that exclude it — one hash lookup or trie walk per
// value, however many such tests a field has. Wildcard exclusions are not indexed (ValueIndex tries them
// with matcher_accepts). Depends on the pattern engine's Matcher and the matcher/ tables.
#pragma once

#include "byte_trie.hpp"
#include "evb/pattern/matcher.hpp"
#include "string_table.hpp"

#include <cstdint>
#include <string_view>
#include <vector>

namespace evb::matcher {

class AnythingButIndex {
  public:
    // add registers an anything-but matcher of a test (copying what it excludes); returns false, registering
    // nothing, for a form this index does not handle.
    bool add(const Matcher& matcher, std::uint32_t test);

    // needs_fold tells whether collect reads a string value's folded text.
    bool needs_fold() const { return !folded_.tests.empty(); }

    // collect appends the tests of every registered matcher that accepts the value (a test may appear more
    // than once). `folded` is the value's text folded by fold_case, read only when the value is a string
    // and needs_fold() says so.
    void collect(const EventValue& value, std::string_view folded, std::vector<std::uint32_t>& out) const;

  private:
    // Each registered matcher is a slot; the tables map what a value may be to the slots that exclude it.
    std::vector<std::uint32_t> tests_;  // slot -> test
    KeyedTests strings_, numbers_, folded_;
    ByteTrie prefixes_, suffixes_;
    mutable std::vector<std::uint32_t> excluded_;  // scratch: the slots excluding the value at hand
    mutable std::vector<bool> marked_;             // scratch: slot -> excluded (all false between calls)
};

}  // namespace evb::matcher
