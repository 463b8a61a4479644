#include "evb/world.hpp"

namespace evb {

World::World(WorldConfig config) : config_(std::move(config)) {
    buses_["default"] = EventBus{"default", bus_arn("default")};
}

std::string World::bus_arn(std::string_view name) const {
    return "arn:aws:events:" + config_.region + ":" + config_.account_id + ":event-bus/" + std::string(name);
}

ApiResult World::call(std::string_view service, std::string_view operation, const Json& request) {
    if (service == "events" && operation == "CreateEventBus") return create_event_bus(request);
    if (service == "events" && operation == "ListEventBuses") return list_event_buses(request);
    return ApiError{"UnknownOperationException", "Unknown operation " + std::string(operation), 400};
}

ApiResult World::create_event_bus(const Json& request) {
    const std::string name = request.value("Name", "");
    if (buses_.count(name)) {
        return ApiError{"ResourceAlreadyExistsException", "Event bus " + name + " already exists."};
    }
    buses_[name] = EventBus{name, bus_arn(name)};
    return Json{{"EventBusArn", buses_[name].arn}};
}

ApiResult World::list_event_buses(const Json&) {
    Json list = Json::array();
    for (const auto& [name, bus] : buses_) list.push_back(Json{{"Name", bus.name}, {"Arn", bus.arn}});
    return Json{{"EventBuses", list}};
}

}  // namespace evb
