// A JSON-lines data file held in one buffer (padded for simdjson), with a view of each line.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace evb::bench {

struct EventFile {
    std::string buffer;                   // the whole file, then zero padding
    std::vector<std::string_view> lines;  // one event per line, without the newline
    std::size_t bytes = 0;                // total bytes of the events
};

// load_event_file reads a JSON-lines file; returns nothing when it cannot be read.
std::optional<EventFile> load_event_file(const std::string& path);

}  // namespace evb::bench
