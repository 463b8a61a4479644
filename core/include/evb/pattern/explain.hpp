// Internal to the event-pattern engine (evb/pattern/event_pattern.hpp is the public API). Explanations: for a
// compiled pattern and a flattened event, which field test held or failed, with what values, and the first
// reason a non-matching event failed. Depends on the match helpers only.
#pragma once

#include "evb/pattern/event_pattern.hpp"
#include "evb/pattern/match.hpp"

namespace evb {

// explain_flat explains a flattened event against a compiled pattern.
Explanation explain_flat(const CompiledPattern& pattern, const FlatEvent& event);

// explain_unreadable explains why an event that could not be flattened matches nothing.
Explanation explain_unreadable(const std::string& error);

}  // namespace evb
