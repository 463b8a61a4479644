// A set of compiled event patterns matched together: one pass over an event's text finds every pattern it
// matches, at a cost that does not grow with the number of patterns (core/src/matcher, docs/matcher.md).
// Routing (all rules of a bus), the pattern sandbox and the benchmark use it. It agrees with
// EventPattern::matches_text on every event that is valid JSON; on text that is not, it may match where the
// reference would refuse the text, when the fault lies inside a value no pattern looks at.
// Depends only on evb/pattern/event_pattern.hpp.
#pragma once

#include "evb/pattern/event_pattern.hpp"

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

namespace evb {

class PatternSet {
  public:
    PatternSet();
    ~PatternSet();
    PatternSet(const PatternSet& other);
    PatternSet& operator=(const PatternSet& other);
    PatternSet(PatternSet&& other) noexcept;
    PatternSet& operator=(PatternSet&& other) noexcept;

    // add puts a compiled pattern in the set and returns its index (0, 1, 2, ...).
    std::size_t add(const EventPattern& pattern);

    // size returns the number of patterns in the set.
    std::size_t size() const { return patterns_.size(); }

    // match_text appends to `matched` the indexes, ascending, of the patterns the event (JSON text) matches.
    // It reuses scratch space inside the set: not for two threads at once.
    void match_text(std::string_view event_json, std::vector<std::size_t>& matched) const;

    // match appends the indexes of the patterns a parsed event matches, serialising it once as
    // EventPattern::matches does.
    void match(const Json& event, std::vector<std::size_t>& matched) const;

    // holds tells whether pattern `index` is this very pattern (the same compiled object, not an equal one).
    bool holds(std::size_t index, const EventPattern& pattern) const;

  private:
    struct Compiled;

    std::vector<EventPattern> patterns_;
    std::unique_ptr<Compiled> compiled_;
};

}  // namespace evb
