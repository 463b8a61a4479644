// Internal to the event-pattern engine (evb/pattern/event_pattern.hpp is the public API). The JSON text a
// parsed event is matched as: EventPattern::matches and PatternSet::match both serialise through it, so they
// see the same text. Depends only on evb/common/json.hpp.
#pragma once

#include "evb/common/json.hpp"

#include <optional>
#include <string>

namespace evb {

// event_text serialises a parsed event compactly (invalid UTF-8 replaced); nothing when it cannot.
std::optional<std::string> event_text(const Json& event);

}  // namespace evb
