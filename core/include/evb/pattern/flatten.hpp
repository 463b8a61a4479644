// Internal to the event-pattern engine (evb/pattern/event_pattern.hpp is the public API). Flattening: read an
// event's JSON text once, straight from the text (no DOM), into leaf fields (pattern path id, value,
// enclosing array positions), keeping only paths some pattern field can reach. Depends on the scanner, the
// path index and the matcher's EventValue; no nlohmann.
#pragma once

#include "evb/pattern/matcher.hpp"
#include "evb/pattern/path_index.hpp"

#include <cstddef>
#include <cstdint>
#include <forward_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace evb {

// One enclosing array of a leaf: which array (numbered in document order) and which element. Only an object
// or array element gives its leaves a step; a scalar element of an array takes no position of its own.
struct ArrayStep {
    std::uint32_t array = 0;
    std::uint32_t index = 0;
};

// One leaf value at a pattern path; its array steps are steps[steps_begin, steps_end).
struct FlatField {
    std::uint32_t path = 0;
    EventValue value;
    std::uint32_t steps_begin = 0;
    std::uint32_t steps_end = 0;
};

// A flattened event. Values view the event text or `owned` (strings that had escapes).
struct FlatEvent {
    std::vector<FlatField> fields;
    std::vector<ArrayStep> steps;
    std::forward_list<std::string> owned;
    std::string error;  // why flattening failed, when it did
};

// flatten_event flattens event JSON text; false (with out.error) when it is not a valid JSON object.
bool flatten_event(std::string_view json, const PathIndex& index, FlatEvent& out);

// steps_consistent tells whether two leaves could come from the same elements of every array they share,
// given their array steps (each sorted by array number). Inline: the fast matcher calls it per value pair.
inline bool steps_consistent(std::span<const ArrayStep> a, std::span<const ArrayStep> b) {
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].array == b[j].array) {
            if (a[i].index != b[j].index) return false;
            ++i;
            ++j;
        } else if (a[i].array < b[j].array) {
            ++i;
        } else {
            ++j;
        }
    }
    return true;
}

// steps_consistent for two fields of a flattened event.
inline bool steps_consistent(const FlatEvent& event, const FlatField& a, const FlatField& b) {
    const std::span<const ArrayStep> steps(event.steps);
    return steps_consistent(steps.subspan(a.steps_begin, a.steps_end - a.steps_begin),
                            steps.subspan(b.steps_begin, b.steps_end - b.steps_begin));
}

}  // namespace evb
