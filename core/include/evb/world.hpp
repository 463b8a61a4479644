// The emulated AWS account: one region, one account id, and every resource in it.
// Time and ids come from a virtual clock and a seeded id source, so the same calls give the same bytes.
// Must not depend on UI, files, the wall clock or global state.
#pragma once

#include "evb/json.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

namespace evb {

struct WorldConfig {
    std::string region = "us-east-1";
    std::string account_id = "123456789012";
    std::uint64_t seed = 1;
    std::int64_t start_time_ms = 1700000000000;  // 2023-11-14T22:13:20Z
};

class World {
public:
    explicit World(WorldConfig config = {});

    // call performs one API operation, e.g. call("events", "PutRule", {...}), as AWS would answer it.
    ApiResult call(std::string_view service, std::string_view operation, const Json& request);

    const std::string& region() const { return config_.region; }
    const std::string& account_id() const { return config_.account_id; }

private:
    struct EventBus {
        std::string name;
        std::string arn;
    };

    ApiResult create_event_bus(const Json& request);
    ApiResult list_event_buses(const Json& request);
    std::string bus_arn(std::string_view name) const;

    WorldConfig config_;
    std::map<std::string, EventBus> buses_;
};

}  // namespace evb
