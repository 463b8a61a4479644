// Event buses: CreateEventBus, DeleteEventBus, DescribeEventBus, ListEventBuses.
#include "evb/events/service.hpp"

#include "common/pagination.hpp"
#include "evb/common/time_format.hpp"
#include "support.hpp"

namespace evb {
namespace {

constexpr std::size_t kMaxBusesPerAccount = 100;

// validate_bus_name checks CreateEventBus's Name: 1-256 of [/\.\-_A-Za-z0-9].
void validate_bus_name(Validation& v, const Json& request) {
    auto name = string_field(request, "Name");
    if (!name) return v.not_null("Name");
    v.length(*name, "Name", 1, 256);
    if (!name->empty()) v.pattern(*name, "Name", all_of(*name, is_bus_name_char), "[/\\.\\-_A-Za-z0-9]+");
}

// validate_create checks CreateEventBus's members.
std::optional<ApiError> validate_create(const Json& request) {
    if (auto e = check_shape(
            request,
            {{"Name", FieldKind::kString}, {"Description", FieldKind::kString}, {"Tags", FieldKind::kArray}}))
        return e;
    Validation v;
    validate_bus_name(v, request);
    if (auto d = string_field(request, "Description")) v.length(*d, "Description", 0, 512);
    if (!v.ok()) return v.error();
    const std::string name = *string_field(request, "Name");
    if (name.find('/') != std::string::npos && name.rfind("aws.partner/", 0) != 0) {
        return ApiError{"ValidationException", "Event bus name must not contain '/'."};
    }
    if (name.rfind("aws.partner/", 0) == 0) {
        return ApiError{"ResourceNotFoundException", "Event source " + name + " does not exist."};
    }
    return std::nullopt;
}

// bus_summary shapes a bus as ListEventBuses and DescribeEventBus return it (AWS's member order).
Json bus_summary(const Account& account, const EventBus& bus) {
    Json out = {{"Name", bus.name}, {"Arn", arn_of_bus(account, bus.name)}};
    if (bus.description) out["Description"] = *bus.description;
    out["CreationTime"] = cli_time(bus.creation_ms);
    out["LastModifiedTime"] = cli_time(bus.last_modified_ms);
    return out;
}

}  // namespace

ApiResult create_event_bus(Account& account, const Json& request) {
    if (auto error = validate_create(request)) return *error;
    const std::string name = *string_field(request, "Name");
    if (account.events.buses.count(name)) {
        return ApiError{"ResourceAlreadyExistsException", "Event bus " + name + " already exists."};
    }
    if (account.events.buses.size() >= kMaxBusesPerAccount) return limit_exceeded();
    EventBus bus{name, string_field(request, "Description"), account.now_ms, account.now_ms, {}, {}};
    if (auto error = apply_tags(bus.tags, request)) return *error;
    account.events.buses.emplace(name, std::move(bus));
    account.metrics.buses[name];
    Json out = {{"EventBusArn", arn_of_bus(account, name)}};
    if (auto d = string_field(request, "Description")) out["Description"] = *d;
    return out;
}

ApiResult delete_event_bus(Account& account, const Json& request) {
    if (auto e = check_shape(request, {{"Name", FieldKind::kString}})) return *e;
    Validation v;
    validate_bus_name(v, request);
    if (!v.ok()) return v.error();
    const std::string name = *string_field(request, "Name");
    if (name == "default") return ApiError{"ValidationException", "Cannot delete event bus default."};
    EventBus* bus = find_bus(account, name);
    if (!bus) return Json::object();
    if (!bus->rules.empty()) {
        return ApiError{"ValidationException", "EventBus can't be deleted since it has rules."};
    }
    account.events.buses.erase(name);
    account.metrics.buses.erase(name);
    return Json::object();
}

ApiResult describe_event_bus(Account& account, const Json& request) {
    if (auto e = check_shape(request, {{"Name", FieldKind::kString}})) return *e;
    Validation v;
    validate_bus_param(v, request, "Name");
    if (!v.ok()) return v.error();
    const std::string name = bus_param(request, "Name");
    const EventBus* bus = find_bus(account, name);
    if (!bus) return bus_not_found(name);
    return bus_summary(account, *bus);
}

ApiResult list_event_buses(Account& account, const Json& request) {
    if (auto e = check_shape(request, {{"NamePrefix", FieldKind::kString},
                                       {"NextToken", FieldKind::kString},
                                       {"Limit", FieldKind::kNumber}})) {
        return *e;
    }
    Validation v;
    const std::string prefix = string_field(request, "NamePrefix").value_or("");
    if (request.contains("NamePrefix")) v.length(prefix, "NamePrefix", 1, 256);
    if (auto limit = int_field(request, "Limit")) v.range(*limit, "Limit", 1, 100);
    if (!v.ok()) return v.error();
    Json matching = Json::array();
    for (const auto& [name, bus] : account.events.buses) {
        if (name.rfind(prefix, 0) == 0) matching.push_back(bus_summary(account, bus));
    }
    auto page =
        paginate(matching.size(), string_field(request, "NextToken"), int_field(request, "Limit"), 100);
    if (!page) return ApiError{"ValidationException", "The NextToken provided is invalid."};
    Json out = {{"EventBuses", Json(matching.begin() + page->begin, matching.begin() + page->end)}};
    if (page->next_token) out["NextToken"] = *page->next_token;
    return out;
}

}  // namespace evb
