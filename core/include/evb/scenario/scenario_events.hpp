// Events as scenario files write them, in either of two forms: a PutEvents entry ({"Source", "DetailType",
// "Detail" (object or JSON text), "Resources", "EventBusName"}) or an envelope ({"source", "detail-type",
// "detail", ...}, missing fields filled in). Conversions to a full envelope (for matching) and to a
// PutEvents entry (for firing). Depends on the World (account id, region, clock).
#pragma once

#include "evb/common/json.hpp"
#include "evb/world/world.hpp"

#include <string>

namespace evb {

// is_entry_form tells whether an event is written as a PutEvents entry.
bool is_entry_form(const Json& event);

// envelope_of builds the full envelope EventBridge would route, in AWS's field order.
Json envelope_of(const World& world, const Json& event);

// entry_of builds the PutEvents entry that sends the event, on its EventBusName or default_bus.
Json entry_of(const Json& event, const std::string& default_bus);

// event_label names an event in messages: its "name", or "source / detail-type".
std::string event_label(const Json& event, std::size_t index);

}  // namespace evb
