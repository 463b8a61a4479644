// The resource-exists and target checks.
#include "checks.hpp"
#include "evb/common/arn.hpp"

#include <vector>

namespace evb::checks {
namespace {

// resource_found tells whether a resource of a kind exists; unknown kinds are reported through known.
bool resource_found(const Account& a, const std::string& kind, const std::string& name,
                    const std::string& bus, bool& known) {
    known = true;
    if (kind == "event-bus") return a.events.buses.count(name) > 0;
    if (kind == "rule") return find_rule(a, bus, name) != nullptr;
    if (kind == "log-group") return a.logs.groups.count(name) > 0;
    if (kind == "function") return a.lambda.functions.count(name) > 0;
    if (kind == "role") return a.iam.roles.count(name) > 0;
    known = false;
    return false;
}

// wanted_arns lists the ARNs a target check accepts, and names the destination in words.
std::vector<std::string> wanted_arns(const Account& a, const Json& check, std::string& what) {
    const std::string& region = a.config.region;
    const std::string& account = a.config.account_id;
    if (auto g = text_of(check, "log_group"); !g.empty()) {
        what = "log group " + g;
        return {log_group_arn(region, account, g), log_group_arn(region, account, g) + ":*"};
    }
    if (auto f = text_of(check, "function"); !f.empty())
        return what = "function " + f, std::vector<std::string>{function_arn(region, account, f)};
    if (auto b = text_of(check, "event_bus"); !b.empty())
        return what = "event bus " + b, std::vector<std::string>{bus_arn(region, account, b)};
    if (auto arn = text_of(check, "arn"); !arn.empty()) return what = arn, std::vector<std::string>{arn};
    what = "anywhere";
    return {};
}

std::string input_style(const Target& t) {
    if (t.input_transformer) return "transformer";
    if (t.input_path) return "path";
    if (t.input) return "constant";
    return "none";
}

std::string input_words(const std::string& style) {
    if (style == "transformer") return "an input transformer (InputTransformer)";
    if (style == "path") return "part of the event (InputPath)";
    if (style == "constant") return "constant JSON (Input)";
    return "the whole event unchanged";
}

std::string targets_list(const Rule& rule) {
    if (rule.targets.empty()) return "it has no targets yet";
    std::string out = "its targets are";
    for (const auto& t : rule.targets)
        out += " " + t.id + " -> " + t.arn + ";";
    out.pop_back();
    return out;
}

// judge_target checks the input style and role of the target that sends to the wanted place.
void judge_target(const Json& check, const Rule& rule, const Target& t, const std::string& what,
                  CheckResult& result) {
    const std::string style = text_of(check, "input");
    if (!style.empty() && input_style(t) != style) {
        result.message = "Rule " + rule.name + " sends to " + what + " with " + input_words(input_style(t)) +
                         "; it should send " + input_words(style) + ".";
        return;
    }
    const Json role = check.value("role", Json());
    if (role.is_boolean() && role.get<bool>() != t.role_arn.has_value()) {
        result.message = "The target " + t.id + " of rule " + rule.name +
                         (role.get<bool>() ? " needs a RoleArn." : " should not have a RoleArn.");
        return;
    }
    result.passed = true;
    result.message = "Rule " + rule.name + " sends to " + what + " (target " + t.id + ").";
}

}  // namespace

void resource_exists(const World& world, const Json& check, CheckResult& result) {
    const std::string kind = text_of(check, "resource"), name = text_of(check, "name"),
                      bus = text_of(check, "bus", "default");
    const bool wanted =
        check.value("exists", Json(true)).is_boolean() ? check.value("exists", Json(true)).get<bool>() : true;
    bool known = false;
    const bool found = resource_found(world.account(), kind, name, bus, known);
    if (!known)
        return void(result.message = "Unknown resource kind \"" + kind +
                                     "\" (event-bus, rule, log-group, function, role).");
    const std::string label = "The " + kind + " " + name + (kind == "rule" ? " on bus " + bus : "");
    result.passed = found == wanted;
    result.message = label + (found ? " exists." : " does not exist.");
}

void target(const World& world, const Json& check, CheckResult& result) {
    const std::string bus = text_of(check, "bus", "default"), name = text_of(check, "rule");
    const Rule* rule = find_rule(world.account(), bus, name);
    if (!rule) return void(result.message = missing_rule_message(world.account(), bus, name));
    std::string what;
    const std::vector<std::string> arns = wanted_arns(world.account(), check, what);
    for (const auto& t : rule->targets) {
        bool hit = arns.empty();
        for (const auto& arn : arns)
            hit = hit || t.arn == arn;
        if (hit) return judge_target(check, *rule, t, what, result);
    }
    result.message = "Rule " + name + " does not send to " + what + ": " + targets_list(*rule) + ".";
}

}  // namespace evb::checks
