// Helpers shared by the core suites: calling the world and checking results briefly.
#pragma once

#include "evb/world/world.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace evb::test {

// ok_call calls an operation and requires success, returning the response body.
inline Json ok_call(World& world, std::string_view service, std::string_view op,
                    const Json& request = Json::object()) {
    ApiResult result = world.call(service, op, request);
    INFO(service << " " << op << " " << request.dump());
    if (!result.ok()) INFO(result.error().code << ": " << result.error().message);
    REQUIRE(result.ok());
    return result.body();
}

// error_of calls an operation and requires failure, returning the error.
inline ApiError error_of(World& world, std::string_view service, std::string_view op, const Json& request) {
    ApiResult result = world.call(service, op, request);
    INFO(service << " " << op << " " << request.dump());
    REQUIRE_FALSE(result.ok());
    return result.error();
}

// keys lists an object's member names in order.
inline std::vector<std::string> keys(const Json& object) {
    std::vector<std::string> out;
    for (const auto& [key, value] : object.items())
        out.push_back(key);
    return out;
}

// make_bus_with_log_target builds bus -> rule (pattern) -> log group target, the tutorial's pipeline.
inline void make_bus_with_log_target(World& world, const std::string& bus, const std::string& rule,
                                     const std::string& pattern, const std::string& group) {
    if (bus != "default") ok_call(world, "events", "CreateEventBus", {{"Name", bus}});
    ok_call(world, "events", "PutRule", {{"Name", rule}, {"EventPattern", pattern}, {"EventBusName", bus}});
    ok_call(world, "logs", "CreateLogGroup", {{"logGroupName", group}});
    const std::string arn =
        "arn:aws:logs:" + world.region() + ":" + world.account_id() + ":log-group:" + group;
    ok_call(
        world, "events", "PutTargets",
        {{"Rule", rule}, {"EventBusName", bus}, {"Targets", Json::array({{{"Id", "logs"}, {"Arn", arn}}})}});
}

// order_entry is a PutEvents entry like the tutorial's order.
inline Json order_entry(const std::string& bus, int price = 100) {
    return Json{{"Source", "Order Service"},
                {"DetailType", "New Order"},
                {"Detail", Json{{"orderNumber", "123"}, {"price", price}}.dump()},
                {"EventBusName", bus}};
}

}  // namespace evb::test
