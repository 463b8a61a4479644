// Comparing two worlds' resources for the round-trip tests: their world_requests, with event patterns
// compared as JSON (an import writes a pattern object back as compact text).
#pragma once

#include "evb/scenario/world_requests.hpp"
#include "evb/world/world.hpp"

#include <doctest/doctest.h>

namespace evb::test {

// resources_of lists a world's resources as requests, patterns normalised.
inline Json resources_of(const World& world) {
    Json steps = world_requests(world.account());
    for (auto& step : steps) {
        Json& request = step["request"];
        if (request.contains("EventPattern"))
            request["EventPattern"] = Json::parse(request["EventPattern"].get<std::string>()).dump();
    }
    return steps;
}

// require_same_resources checks two worlds hold the same resources, showing the first difference.
inline void require_same_resources(const World& a, const World& b) {
    const Json ra = resources_of(a), rb = resources_of(b);
    for (std::size_t i = 0; i < std::min(ra.size(), rb.size()); ++i) {
        CAPTURE(i);
        REQUIRE(ra[i].dump(1) == rb[i].dump(1));
    }
    REQUIRE(ra.size() == rb.size());
}

}  // namespace evb::test
