// ValueIndex: every value test on one field path, arranged so that one event value finds the tests it passes
// without trying them one by one: exact strings and numbers (by text and by comparable value) and
// equals-ignore-case in hash tables, prefixes and suffixes (plain and ignore-case) in byte tries, numeric
// ranges in a RangeIndex, literals and exists by type, and, when a field has more than a few, anything-but
// tests by what they exclude (AnythingButIndex). The rarer forms (wildcard, cidr, an exact string that is an
// IP address, anything-but wildcard, a few anything-but) are tried one by one with the reference engine's own
// matcher_accepts. Depends on the pattern engine's Matcher and the matcher/ tables.
#pragma once

#include "anything_but_index.hpp"
#include "byte_trie.hpp"
#include "evb/pattern/matcher.hpp"
#include "number.hpp"
#include "range_index.hpp"
#include "string_table.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace evb::matcher {

class ValueIndex {
  public:
    // add registers one matcher of a test; the matcher must outlive the index.
    void add(const Matcher& matcher, std::uint32_t test);

    // prepare finishes what add left to do before the next collect.
    void prepare();

    // rules_out_number tells, from a cheap look at a number's shape, that no test here can accept it: when
    // exact numbers are the only tests that accept numbers, their magnitudes in whole micro-units are kept
    // sorted, and a number whose own magnitude is not among them equals none of them.
    bool rules_out_number(const NumberShape& number) const {
        if (!sieve_numbers_) return false;
        const std::optional<std::uint64_t> micros = truncated_micros(number);
        return micros && !std::binary_search(exact_micros_.begin(), exact_micros_.end(), *micros);
    }

    // needs_number tells whether collect needs the comparable form of number values.
    bool needs_number() const { return needs_number_; }

    // collect appends the tests one of whose matchers accepts the value (a test may appear more than once).
    void collect(const EventValue& value, std::vector<std::uint32_t>& out) const;

  private:
    struct Generic {
        const Matcher* matcher = nullptr;
        std::uint32_t test = 0;
    };

    void collect_string(std::string_view text, std::vector<std::uint32_t>& out) const;
    // collect_folded leaves the text folded by fold_case in folded_, for anything_but_ too.
    void collect_folded(std::string_view text, std::vector<std::uint32_t>& out) const;
    void collect_number(const EventValue& value, std::vector<std::uint32_t>& out) const;

    KeyedTests exact_strings_;
    KeyedTests number_texts_;   // exact numbers without a comparable value, keyed by their text
    KeyedTests number_values_;  // keyed by the comparable value's bytes
    KeyedTests folded_equals_;
    ByteTrie prefixes_, suffixes_, folded_prefixes_, folded_suffixes_;
    RangeIndex ranges_;
    std::vector<std::uint32_t> literal_tests_[3];  // null, true, false
    std::vector<std::uint32_t> exists_tests_;
    // The anything-but matchers AnythingButIndex handles, kept both ways: trying a few one by one costs
    // less than the index's lookups.
    AnythingButIndex anything_but_;
    std::vector<Generic> anything_but_few_;
    bool index_anything_but_ = false;
    std::vector<Generic> generic_;
    std::vector<std::uint64_t> exact_micros_;  // abs_micros of the exact numbers, sorted after prepare
    bool sieve_numbers_ = false;               // exact_micros_ alone decides which numbers may pass
    bool needs_number_ = false;
    bool needs_fold_ = false;
    mutable std::string folded_;  // scratch for folding a value
};

}  // namespace evb::matcher
