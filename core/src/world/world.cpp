#include "evb/world/world.hpp"

#include "evb/events/scheduler.hpp"
#include "evb/iam/managed_policies.hpp"
#include "evb/world/operation.hpp"
#include "evb/world/snapshot.hpp"
#include "evb/world/state_view.hpp"

#include <exception>

namespace evb {
namespace {

// unknown_operation is the error for a service or operation the account does not offer.
ApiError unknown_operation(std::string_view service, std::string_view operation) {
    return ApiError{
        "UnknownOperationException",
        "Unknown operation " + std::string(operation) + " for service " + std::string(service) + ".", 400};
}

// clamp_clock keeps a clock value inside the supported years.
std::int64_t clamp_clock(std::int64_t t) {
    return t < kMinClockMs ? kMinClockMs : t > kMaxClockMs ? kMaxClockMs : t;
}

}  // namespace

World::World(WorldConfig config) : account_(std::move(config)) {
    account_.now_ms = clamp_clock(account_.now_ms);
    EventBus bus;
    bus.name = "default";
    bus.creation_ms = bus.last_modified_ms = account_.now_ms;
    account_.events.buses.emplace("default", std::move(bus));
    account_.metrics.buses["default"];
    install_managed_policies(account_);
}

ApiResult World::call(std::string_view service, std::string_view operation, const Json& request) {
    const Operation* op = find_operation(service, operation);
    if (!op) return unknown_operation(service, operation);
    try {
        ApiResult result = op->fn(account_, request);
        if (op->mutates) ++account_.revision;
        return result;
    } catch (const std::exception& e) {
        ++account_.revision;
        return ApiError{"InternalFailure", std::string("The request processing has failed: ") + e.what(),
                        500};
    } catch (...) {
        ++account_.revision;
        return ApiError{"InternalFailure", "The request processing has failed because of an unknown error.",
                        500};
    }
}

void World::set_time_ms(std::int64_t t) {
    t = clamp_clock(t);
    if (t >= account_.now_ms)
        advance_clock(account_, t);
    else
        rewind_clock(account_, t);
    ++account_.revision;
}

void World::advance_ms(std::int64_t delta) {
    if (delta <= 0) return;
    advance_clock(account_, delta > kMaxClockMs - account_.now_ms ? kMaxClockMs : account_.now_ms + delta);
    ++account_.revision;
}

Json World::state() const {
    return state_view(account_);
}

std::string World::save() const {
    return save_account(account_);
}

WorldLoad World::from_save(std::string_view text) {
    AccountLoad loaded = load_account(text);
    if (!loaded.account) return WorldLoad{std::nullopt, loaded.error};
    return WorldLoad{World(std::move(*loaded.account)), std::nullopt};
}

std::optional<ApiError> World::load(std::string_view text) {
    AccountLoad loaded = load_account(text);
    if (!loaded.account) return loaded.error;
    account_ = std::move(*loaded.account);
    ++account_.revision;
    return std::nullopt;
}

}  // namespace evb
