// The reference figure: a plain full JSON parse of every event (simdjson's DOM parser, natively).
#pragma once

#include "bench_data.hpp"

#include <optional>

namespace evb::bench {

// full_parse_events_per_s times a full parse of every line; nothing when no reference parser is built in.
std::optional<double> full_parse_events_per_s(const EventFile& file);

}  // namespace evb::bench
