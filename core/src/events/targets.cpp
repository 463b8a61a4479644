// Targets: PutTargets, RemoveTargets, ListTargetsByRule, ListRuleNamesByTarget.
#include "evb/events/service.hpp"

#include "common/pagination.hpp"
#include "evb/common/arn.hpp"
#include "evb/common/json_path.hpp"
#include "support.hpp"

#include <algorithm>

namespace evb {
namespace {

constexpr std::size_t kMaxInputPathsMapEntries = 100;

// member_path names a member of the n-th (0-based) list element as Coral prints it.
std::string member_path(std::string_view list, std::size_t n, std::string_view member) {
    return std::string(list) + "." + std::to_string(n + 1) + ".member." + std::string(member);
}

// validate_transformer checks an InputTransformer's template and paths map sizes.
void validate_transformer(Validation& v, const Json& transformer, std::size_t n) {
    auto tmpl = string_field(transformer, "InputTemplate");
    if (!tmpl) return v.not_null(member_path("targets", n, "inputTransformer.inputTemplate"));
    v.length(*tmpl, member_path("targets", n, "inputTransformer.inputTemplate"), 1, 8192);
    auto map = transformer.find("InputPathsMap");
    if (map != transformer.end() && map->is_object()) {
        v.count(map->size(), to_json_text(*map), member_path("targets", n, "inputTransformer.inputPathsMap"),
                0, kMaxInputPathsMapEntries);
    }
}

// validate_target checks one target's members as Coral would.
void validate_target(Validation& v, const Json& target, std::size_t n) {
    auto id = string_field(target, "Id");
    if (!id)
        v.not_null(member_path("targets", n, "id"));
    else {
        v.length(*id, member_path("targets", n, "id"), 1, 64);
        if (!id->empty())
            v.pattern(*id, member_path("targets", n, "id"), all_of(*id, is_rule_name_char),
                      "[\\.\\-_A-Za-z0-9]+");
    }
    auto arn = string_field(target, "Arn");
    if (!arn)
        v.not_null(member_path("targets", n, "arn"));
    else
        v.length(*arn, member_path("targets", n, "arn"), 1, 1600);
    if (auto input = string_field(target, "Input"))
        v.length(*input, member_path("targets", n, "input"), 0, 8192);
    if (auto path = string_field(target, "InputPath"))
        v.length(*path, member_path("targets", n, "inputPath"), 0, 256);
    auto transformer = target.find("InputTransformer");
    if (transformer != target.end() && transformer->is_object()) validate_transformer(v, *transformer, n);
}

// validate_put_targets checks PutTargets' members.
std::optional<ApiError> validate_put_targets(const Json& request) {
    if (auto e = check_shape(request, {{"Rule", FieldKind::kString},
                                       {"EventBusName", FieldKind::kString},
                                       {"Targets", FieldKind::kArray}})) {
        return e;
    }
    Validation v;
    validate_rule_name(v, request, "Rule");
    validate_bus_param(v, request);
    auto targets = request.find("Targets");
    if (targets == request.end() || targets->is_null())
        v.not_null("Targets");
    else {
        v.count(targets->size(), to_json_text(*targets), "Targets", 1, 10);
        for (std::size_t n = 0; n < targets->size(); ++n) {
            if (!(*targets)[n].is_object())
                return ApiError{"SerializationException", "Unexpected type for member 'Targets'."};
            validate_target(v, (*targets)[n], n);
        }
    }
    if (!v.ok()) return v.error();
    return std::nullopt;
}

// check_paths_map rejects reserved variable names and paths outside the supported JSONPath subset.
std::optional<ApiError> check_paths_map(const Json& map) {
    for (const auto& [name, path] : map.items()) {
        if (name.rfind("aws.", 0) == 0) {
            return ApiError{"ValidationException",
                            "InputTransformer variable name " + name +
                                " is reserved: names starting with aws. are predefined."};
        }
        if (!path.is_string() || !is_valid_json_path(path.get<std::string>())) {
            return ApiError{"ValidationException",
                            "InputTransformer InputPathsMap contains an invalid JSON path for " + name + "."};
        }
    }
    return std::nullopt;
}

// check_target_semantics applies the rules beyond shapes: one input kind, ARN form, valid JSON and paths.
std::optional<ApiError> check_target_semantics(const Json& target) {
    const int kinds = int(target.contains("Input")) + int(target.contains("InputPath")) +
                      int(target.contains("InputTransformer"));
    if (kinds > 1)
        return ApiError{"ValidationException",
                        "Only one of Input, InputPath, or InputTransformer must be provided."};
    const std::string arn = *string_field(target, "Arn");
    if (!parse_arn(arn)) {
        return ApiError{"ValidationException",
                        "Parameter " + arn + " is not valid. Reason: Provided Arn is not in correct format."};
    }
    if (auto input = string_field(target, "Input"); input && !parse_json(*input)) {
        return ApiError{"ValidationException", "Input is not valid JSON text."};
    }
    if (auto path = string_field(target, "InputPath"); path && !is_valid_json_path(*path)) {
        return ApiError{"ValidationException", "Parameter InputPath is not valid."};
    }
    auto transformer = target.find("InputTransformer");
    if (transformer != target.end() && transformer->contains("InputPathsMap")) {
        return check_paths_map(transformer->at("InputPathsMap"));
    }
    return std::nullopt;
}

// target_from_json builds a Target from a validated request entry.
Target target_from_json(const Json& json) {
    Target target{*string_field(json, "Id"),   *string_field(json, "Arn"),      string_field(json, "RoleArn"),
                  string_field(json, "Input"), string_field(json, "InputPath"), std::nullopt};
    auto transformer = json.find("InputTransformer");
    if (transformer != json.end() && transformer->is_object()) {
        InputTransformer t;
        if (transformer->contains("InputPathsMap")) t.input_paths_map = transformer->at("InputPathsMap");
        t.input_template = *string_field(*transformer, "InputTemplate");
        target.input_transformer = t;
    }
    return target;
}

// find_rule_for resolves {Rule, EventBusName} to a rule or AWS's not-found error.
std::optional<ApiError> find_rule_for(Account& account, const Json& request, Rule*& rule) {
    const std::string bus_name = bus_param(request);
    const std::string name = *string_field(request, "Rule");
    EventBus* bus = find_bus(account, bus_name);
    if (!bus) return rule_not_found(name, bus_name);
    auto it = bus->rules.find(name);
    if (it == bus->rules.end()) return rule_not_found(name, bus_name);
    rule = &it->second;
    return std::nullopt;
}

// upsert replaces the rule's target with the same Id, or appends it.
void upsert(Rule& rule, Target target) {
    auto same = std::find_if(rule.targets.begin(), rule.targets.end(),
                             [&](const Target& t) { return t.id == target.id; });
    if (same != rule.targets.end())
        *same = std::move(target);
    else
        rule.targets.push_back(std::move(target));
}

// new_target_count counts the distinct Ids in request targets that the rule does not have yet.
std::size_t new_target_count(const Rule& rule, const Json& targets) {
    std::vector<std::string> ids;
    for (const auto& t : rule.targets)
        ids.push_back(t.id);
    std::size_t added = 0;
    for (const auto& t : targets) {
        const std::string id = t.at("Id").get<std::string>();
        if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id), ++added;
    }
    return added;
}

// validate_rule_request checks a {Rule, EventBusName?} request plus extra members.
std::optional<ApiError> validate_rule_request(const Json& request, std::initializer_list<FieldSpec> extra) {
    if (auto e = check_shape(request, {{"Rule", FieldKind::kString}, {"EventBusName", FieldKind::kString}}))
        return e;
    if (auto e = check_shape(request, extra)) return e;
    Validation v;
    validate_rule_name(v, request, "Rule");
    validate_bus_param(v, request);
    if (!v.ok()) return v.error();
    return std::nullopt;
}

// rules_targeting lists the names of a bus's rules that have a target with the ARN.
Json rules_targeting(const EventBus& bus, const std::string& arn) {
    Json names = Json::array();
    for (const auto& [name, rule] : bus.rules) {
        const auto same = [&](const Target& t) { return t.arn == arn; };
        if (std::any_of(rule.targets.begin(), rule.targets.end(), same)) names.push_back(name);
    }
    return names;
}

}  // namespace

ApiResult put_targets(Account& account, const Json& request) {
    if (auto error = validate_put_targets(request)) return *error;
    Rule* rule = nullptr;
    if (auto error = find_rule_for(account, request, rule)) return *error;
    const Json& targets = request.at("Targets");
    for (const auto& t : targets) {
        if (auto error = check_target_semantics(t)) return *error;
    }
    if (rule->targets.size() + new_target_count(*rule, targets) > kMaxTargetsPerRule) return limit_exceeded();
    const std::string arn = arn_of_rule(account, *rule);
    for (const auto& t : targets) {
        upsert(*rule, target_from_json(t));
        account.metrics.targets[target_key(arn, t.at("Id").get<std::string>())];
    }
    return Json{{"FailedEntryCount", 0}, {"FailedEntries", Json::array()}};
}

ApiResult remove_targets(Account& account, const Json& request) {
    if (auto error =
            validate_rule_request(request, {{"Ids", FieldKind::kArray}, {"Force", FieldKind::kBool}}))
        return *error;
    auto ids = request.find("Ids");
    Validation v;
    if (ids == request.end() || ids->is_null())
        v.not_null("Ids");
    else
        v.count(ids->size(), to_json_text(*ids), "Ids", 1, 100);
    if (!v.ok()) return v.error();
    Rule* rule = nullptr;
    if (auto error = find_rule_for(account, request, rule)) return *error;
    const std::string arn = arn_of_rule(account, *rule);
    for (const auto& id : *ids) {
        if (!id.is_string()) continue;
        std::erase_if(rule->targets, [&](const Target& t) { return t.id == id.get<std::string>(); });
        account.metrics.targets.erase(target_key(arn, id.get<std::string>()));
    }
    return Json{{"FailedEntryCount", 0}, {"FailedEntries", Json::array()}};
}

ApiResult list_targets_by_rule(Account& account, const Json& request) {
    if (auto error = validate_rule_request(
            request, {{"NextToken", FieldKind::kString}, {"Limit", FieldKind::kNumber}})) {
        return *error;
    }
    Rule* rule = nullptr;
    if (auto error = find_rule_for(account, request, rule)) return *error;
    auto page =
        paginate(rule->targets.size(), string_field(request, "NextToken"), int_field(request, "Limit"), 100);
    if (!page) return ApiError{"ValidationException", "The NextToken provided is invalid."};
    Json targets = Json::array();
    for (std::size_t i = page->begin; i < page->end; ++i)
        targets.push_back(target_json(rule->targets[i]));
    Json out = {{"Targets", targets}};
    if (page->next_token) out["NextToken"] = *page->next_token;
    return out;
}

ApiResult list_rule_names_by_target(Account& account, const Json& request) {
    if (auto e = check_shape(request, {{"TargetArn", FieldKind::kString},
                                       {"EventBusName", FieldKind::kString},
                                       {"NextToken", FieldKind::kString},
                                       {"Limit", FieldKind::kNumber}})) {
        return *e;
    }
    Validation v;
    auto target_arn = string_field(request, "TargetArn");
    if (!target_arn)
        v.not_null("TargetArn");
    else
        v.length(*target_arn, "TargetArn", 1, 1600);
    validate_bus_param(v, request);
    if (!v.ok()) return v.error();
    const std::string bus_name = bus_param(request);
    const EventBus* bus = find_bus(account, bus_name);
    if (!bus) return bus_not_found(bus_name);
    const Json names = rules_targeting(*bus, *target_arn);
    auto page = paginate(names.size(), string_field(request, "NextToken"), int_field(request, "Limit"), 100);
    if (!page) return ApiError{"ValidationException", "The NextToken provided is invalid."};
    Json out = {{"RuleNames", Json(names.begin() + page->begin, names.begin() + page->end)}};
    if (page->next_token) out["NextToken"] = *page->next_token;
    return out;
}

}  // namespace evb
