// The reference figure: a plain full JSON parse of every event (simdjson's DOM parser, natively).
#pragma once

#include "bench_data.hpp"

#include <optional>

namespace evb::bench {

// full_parse_events_per_s times full parses of every line, at least min_passes passes and min_seconds,
// and returns the best pass; nothing when no reference parser is built in.
std::optional<double> full_parse_events_per_s(const EventFile& file, double min_seconds, int min_passes = 3);

}  // namespace evb::bench
