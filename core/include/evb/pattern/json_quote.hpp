// Internal to the event-pattern engine (evb/pattern/event_pattern.hpp is the public API). JSON string quoting
// for explanations and displays; never throws, keeps invalid UTF-8 readable as \u escapes of U+FFFD. Depends
// only on the standard library.
#pragma once

#include <string>
#include <string_view>

namespace evb {

// quote_json returns text as a JSON string literal, quotes included.
std::string quote_json(std::string_view text);

}  // namespace evb
