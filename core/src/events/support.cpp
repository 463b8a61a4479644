#include "support.hpp"

#include "evb/common/arn.hpp"

namespace evb {

std::string bus_param(const Json& request, std::string_view key) {
    auto value = string_field(request, key);
    return value ? bus_name_of(*value) : std::string("default");
}

void validate_bus_param(Validation& v, const Json& request, std::string_view key) {
    auto value = string_field(request, key);
    if (!value) return;
    v.length(*value, key, 1, 1600);
    if (!value->empty()) {
        v.pattern(
            *value, key, all_of(bus_name_of(*value), is_bus_name_char),
            "(arn:aws[\\w-]*:events:[a-z]{2}-[a-z]+-[\\w-]+:[0-9]{12}:event-bus\\/)?[/\\.\\-_A-Za-z0-9]+");
    }
}

void validate_rule_name(Validation& v, const Json& request, std::string_view key) {
    auto value = string_field(request, key);
    if (!value) return v.not_null(key);
    v.length(*value, key, 1, 64);
    if (!value->empty()) v.pattern(*value, key, all_of(*value, is_rule_name_char), "[\\.\\-_A-Za-z0-9]+");
}

EventBus* find_bus(Account& account, const std::string& name) {
    auto it = account.events.buses.find(name);
    return it == account.events.buses.end() ? nullptr : &it->second;
}

ApiError bus_not_found(const std::string& name) {
    return ApiError{"ResourceNotFoundException", "Event bus " + name + " does not exist."};
}

ApiError rule_not_found(const std::string& rule, const std::string& bus) {
    return ApiError{"ResourceNotFoundException", "Rule " + rule + " does not exist on EventBus " + bus + "."};
}

ApiError limit_exceeded() {
    return ApiError{"LimitExceededException", "The requested resource exceeds the maximum number allowed."};
}

}  // namespace evb
