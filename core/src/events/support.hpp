// Shared pieces of the events service: finding buses and rules from request parameters and AWS's
// not-found errors (the JSON shapes are public, in evb/events/shapes.hpp). Private to core/src/events.
#pragma once

#include "evb/common/json.hpp"
#include "evb/common/validation.hpp"
#include "evb/events/shapes.hpp"
#include "evb/world/account.hpp"

#include <string>
#include <string_view>

namespace evb {

// bus_param returns the bus named by a request's EventBusName (a name or an ARN), "default" when absent.
std::string bus_param(const Json& request, std::string_view key = "EventBusName");

// validate_bus_param checks an optional EventBusName-style member against AWS's pattern and length.
void validate_bus_param(Validation& v, const Json& request, std::string_view key = "EventBusName");

// validate_rule_name checks a required rule name member: 1-64 of [\.\-_A-Za-z0-9].
void validate_rule_name(Validation& v, const Json& request, std::string_view key);

// find_bus returns the named bus, or nullptr.
EventBus* find_bus(Account& account, const std::string& name);

// bus_not_found is ResourceNotFoundException "Event bus NAME does not exist."
ApiError bus_not_found(const std::string& name);

// rule_not_found is ResourceNotFoundException "Rule NAME does not exist on EventBus BUS."
ApiError rule_not_found(const std::string& rule, const std::string& bus);

// limit_exceeded is LimitExceededException "The requested resource exceeds the maximum number allowed."
ApiError limit_exceeded();

// apply_tags adds or updates the request's Tags on tags (AWS's 50-tag limit); nothing changes on error.
std::optional<ApiError> apply_tags(Tags& tags, const Json& request);

}  // namespace evb
