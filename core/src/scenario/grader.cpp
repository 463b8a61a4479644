// Running checks: dispatch by type, default titles, shared lookups and the report's JSON.
#include "evb/scenario/grader.hpp"

#include "checks.hpp"
#include "evb/scenario/scenario_world.hpp"

namespace evb {
namespace checks {

std::string text_of(const Json& check, const char* name, const std::string& fallback) {
    auto it = check.find(name);
    return it != check.end() && it->is_string() ? it->get<std::string>() : fallback;
}

const Rule* find_rule(const Account& account, const std::string& bus, const std::string& rule) {
    auto b = account.events.buses.find(bus);
    if (b == account.events.buses.end()) return nullptr;
    auto r = b->second.rules.find(rule);
    return r == b->second.rules.end() ? nullptr : &r->second;
}

std::string missing_rule_message(const Account& account, const std::string& bus, const std::string& rule) {
    if (!account.events.buses.count(bus)) return "There is no event bus \"" + bus + "\" yet.";
    return "There is no rule \"" + rule + "\" on event bus \"" + bus + "\" yet.";
}

}  // namespace checks

namespace {

using CheckFn = void (*)(const World&, const Json&, CheckResult&);

CheckFn check_function(const std::string& type) {
    if (type == "rule-matches") return checks::rule_matches;
    if (type == "log-contains") return checks::log_contains;
    if (type == "resource-exists") return checks::resource_exists;
    if (type == "target") return checks::target;
    if (type == "delivers") return checks::delivers;
    return nullptr;
}

// default_title describes a check that has no title of its own.
std::string default_title(const std::string& type, const Json& check) {
    using checks::text_of;
    const std::string rule = text_of(check, "rule"), bus = text_of(check, "bus", "default");
    if (type == "rule-matches") return "Rule " + rule + " on bus " + bus + " matches the right events";
    if (type == "log-contains") return "Log group " + text_of(check, "group") + " holds the right events";
    if (type == "resource-exists")
        return "The " + text_of(check, "resource") + " " + text_of(check, "name") + " exists";
    if (type == "target") return "Rule " + rule + " on bus " + bus + " has the right target";
    if (type == "delivers") return "The event reaches log group " + text_of(check, "log_group");
    return "Check of type " + type;
}

}  // namespace

CheckResult run_check(const World& world, const Json& check) {
    CheckResult result;
    if (!check.is_object()) {
        result.message = "This check is not an object.";
        return result;
    }
    result.type = checks::text_of(check, "type");
    result.id = checks::text_of(check, "id");
    result.title = checks::text_of(check, "title", default_title(result.type, check));
    CheckFn fn = check_function(result.type);
    if (!fn) {
        result.message = "Unknown check type \"" + result.type + "\".";
        return result;
    }
    fn(world, fill_placeholders(check, world), result);
    return result;
}

GradeReport grade(const World& world, const Scenario& exercise) {
    GradeReport report;
    for (const auto& check : exercise.checks) {
        report.checks.push_back(run_check(world, check));
        if (report.checks.back().passed) ++report.passed;
    }
    return report;
}

Json grade_report_json(const GradeReport& report) {
    Json list = Json::array();
    for (const auto& c : report.checks) {
        list.push_back(Json{{"id", c.id},
                            {"type", c.type},
                            {"title", c.title},
                            {"passed", c.passed},
                            {"message", c.message}});
    }
    return Json{{"passed", report.passed},
                {"total", report.checks.size()},
                {"complete", report.complete()},
                {"checks", list}};
}

}  // namespace evb
