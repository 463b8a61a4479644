// A set of compiled event patterns matched together: one pass over an event finds every pattern it
// matches. Routing (all rules of a bus) and the benchmark use it. Depends only on evb/event_pattern.hpp.
#pragma once

#include "evb/event_pattern.hpp"

#include <cstddef>
#include <string_view>
#include <vector>

namespace evb {

class PatternSet {
  public:
    // add puts a compiled pattern in the set and returns its index (0, 1, 2, ...).
    std::size_t add(const EventPattern& pattern);

    // size returns the number of patterns in the set.
    std::size_t size() const { return patterns_.size(); }

    // match_text appends to `matched` the indexes, ascending, of the patterns the event (JSON text) matches.
    void match_text(std::string_view event_json, std::vector<std::size_t>& matched) const;

  private:
    std::vector<EventPattern> patterns_;
};

}  // namespace evb
