// RangeIndex: the numeric tests of one field. The ranges' bounds cut the number line into pieces (each bound
// itself, and the open stretches between bounds); every piece lists the tests whose range covers it, so a
// value costs one binary search among the bounds, however many ranges there are. A handful of ranges, or
// ranges so nested that the piece lists would grow too long, are simply tried one by one.
// Depends on the pattern engine's NumericRange.
#pragma once

#include "evb/pattern/numeric.hpp"

#include <cstdint>
#include <vector>

namespace evb::matcher {

class RangeIndex {
  public:
    // add registers a test's range; prepare must run before the next collect.
    void add(const NumericRange& range, std::uint32_t test);

    // prepare builds the pieces for the ranges added so far.
    void prepare();

    // empty tells whether no range was added.
    bool empty() const { return ranges_.empty(); }

    // collect appends the tests whose range holds the value.
    void collect(const ComparableNumber& value, std::vector<std::uint32_t>& out) const;

  private:
    struct Entry {
        NumericRange range;
        std::uint32_t test = 0;
    };

    std::size_t piece_of(const ComparableNumber& value) const;

    std::vector<Entry> ranges_;
    bool by_piece_ = false;
    std::vector<ComparableNumber> bounds_;    // sorted, distinct
    std::vector<std::uint32_t> piece_start_;  // piece -> first position in piece_tests_; one extra at the end
    std::vector<std::uint32_t> piece_tests_;
};

}  // namespace evb::matcher
