// Internal to the event-pattern engine (evb/pattern/event_pattern.hpp is the public API). Matching a
// flattened event against a compiled pattern: a branch holds when every field test finds a value (or, for
// "exists": false, finds none) and the values chosen are array-consistent (event-ruler's rulesForJSONEvent:
// fields taken from different elements of one array never combine). Any branch may hold. Depends on the
// compiled pattern and flatten types only.
#pragma once

#include "evb/pattern/compiled_pattern.hpp"
#include "evb/pattern/flatten.hpp"

#include <cstdint>
#include <vector>

namespace evb {

// The fields of a flattened event grouped by pattern path id.
struct FieldsByPath {
    std::vector<std::uint32_t> begin;  // path id -> first position in order; size = paths + 1
    std::vector<std::uint32_t> order;  // field indices, grouped by path
};

// What one field test found: the fields it accepts, and whether it holds without any of them.
struct TestCandidates {
    std::vector<std::uint32_t> fields;
    bool free = false;
};

// group_by_path groups an event's fields by path id.
FieldsByPath group_by_path(const FlatEvent& event, std::size_t path_count);

// find_candidates lists the fields one test accepts.
TestCandidates find_candidates(const FieldTest& test, const FlatEvent& event, const FieldsByPath& groups);

// branch_matches tells whether one branch holds for the event.
bool branch_matches(const CompiledBranch& branch, const FlatEvent& event, const FieldsByPath& groups);

// pattern_matches tells whether any branch of the pattern holds for the event.
bool pattern_matches(const CompiledPattern& pattern, const FlatEvent& event);

}  // namespace evb
