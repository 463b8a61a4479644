// Internal to the event-pattern engine (evb/event_pattern.hpp is the public API). Flattening: read an
// event's JSON text once, straight from the text (no DOM), into leaf fields (pattern path id, value,
// enclosing array positions), keeping only paths some pattern field can reach. Depends on the scanner, the
// path index and the matcher's EventValue; no nlohmann.
#pragma once

#include "evb/pattern/matcher.hpp"
#include "evb/pattern/path_index.hpp"

#include <cstdint>
#include <forward_list>
#include <string>
#include <string_view>
#include <vector>

namespace evb {

// One enclosing array of a leaf: which array (numbered in document order) and which element.
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

// steps_consistent tells whether two fields could come from the same elements of every array they share.
bool steps_consistent(const FlatEvent& event, const FlatField& a, const FlatField& b);

}  // namespace evb
