// The exercise checks, one file each, and the lookups they share. Private to core/src/scenario.
#pragma once

#include "evb/common/json.hpp"
#include "evb/scenario/grader.hpp"
#include "evb/world/account.hpp"
#include "evb/world/world.hpp"

#include <string>

namespace evb::checks {

// text_of returns a string member of a check, or fallback.
std::string text_of(const Json& check, const char* name, const std::string& fallback = "");

// find_rule returns a rule of a bus, or nullptr.
const Rule* find_rule(const Account& account, const std::string& bus, const std::string& rule);

// missing_rule_message explains that a bus or a rule on it does not exist.
std::string missing_rule_message(const Account& account, const std::string& bus, const std::string& rule);

// Each check fills in passed and message.
void rule_matches(const World& world, const Json& check, CheckResult& result);
void log_contains(const World& world, const Json& check, CheckResult& result);
void resource_exists(const World& world, const Json& check, CheckResult& result);
void target(const World& world, const Json& check, CheckResult& result);
void delivers(const World& world, const Json& check, CheckResult& result);

}  // namespace evb::checks
