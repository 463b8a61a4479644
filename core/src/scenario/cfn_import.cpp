// Planning an import (sections, parameters, resource checks, creation order, translation) and applying
// the plan to a copy of the world.
#include "evb/scenario/cfn_import.hpp"

#include "cfn_resource_types.hpp"
#include "evb/scenario/cfn_intrinsics.hpp"
#include "evb/scenario/cfn_template.hpp"

#include <map>
#include <set>

namespace evb {
namespace {

using cfn_import::Output;
using cfn_import::Resource;

constexpr std::string_view kSections[] = {"AWSTemplateFormatVersion",
                                          "Description",
                                          "Metadata",
                                          "Parameters",
                                          "Rules",
                                          "Mappings",
                                          "Conditions",
                                          "Resources",
                                          "Outputs"};
constexpr std::string_view kResourceAttributes[] = {"Type",         "Properties",     "DependsOn",
                                                    "Metadata",     "DeletionPolicy", "UpdateReplacePolicy",
                                                    "UpdatePolicy", "CreationPolicy"};

template <std::size_t N>
bool listed(const std::string_view (&names)[N], const std::string& name) {
    for (auto n : names) {
        if (n == name) return true;
    }
    return false;
}

CfnIssue template_issue(std::string property, std::string message) {
    return CfnIssue{"", "", std::move(property), std::move(message)};
}

std::string type_of(const Json& resource) {
    return resource.is_object() && resource.contains("Type") && resource.at("Type").is_string()
               ? resource.at("Type").get<std::string>()
               : "";
}

std::optional<CfnIssue> check_sections(const Json& t) {
    if (!t.is_object()) return template_issue("", "a template must be a JSON or YAML mapping");
    for (const auto& [key, value] : t.items()) {
        if (key == "Transform")
            return template_issue("Transform",
                                  "transforms (such as AWS::Serverless) are not supported by the playground");
        if (!listed(kSections, key)) return template_issue(key, "is not a template section");
    }
    if (!t.contains("Resources") || !t.at("Resources").is_object() || t.at("Resources").empty()) {
        return template_issue("Resources", "the template needs at least one resource");
    }
    return std::nullopt;
}

// parameter_value converts a parameter's text as its Type says (lists split at commas).
Json parameter_value(const std::string& type, const Json& value) {
    const std::string text = value.is_string() ? value.get<std::string>() : to_json_text(value);
    if (type == "CommaDelimitedList" || type.rfind("List<", 0) == 0) {
        Json out = Json::array();
        std::size_t start = 0;
        for (std::size_t at = text.find(','); at != std::string::npos; at = text.find(',', start)) {
            out.push_back(text.substr(start, at - start));
            start = at + 1;
        }
        out.push_back(text.substr(start));
        return out;
    }
    return text;
}

std::optional<CfnIssue> read_parameters(const Json& t, const CfnImportOptions& options, CfnScope& scope) {
    if (!t.contains("Parameters")) return std::nullopt;
    if (!t.at("Parameters").is_object()) return template_issue("Parameters", "must be a mapping");
    for (const auto& [name, spec] : t.at("Parameters").items()) {
        const Json type_value = spec.is_object() ? spec.value("Type", Json("String")) : Json("String");
        const std::string type = type_value.is_string() ? type_value.get<std::string>() : "String";
        if (auto given = options.parameters.find(name); given != options.parameters.end()) {
            scope.parameters[name] = parameter_value(type, given->second);
        } else if (spec.is_object() && spec.contains("Default")) {
            scope.parameters[name] = parameter_value(type, spec.at("Default"));
        } else {
            return template_issue("Parameters." + name, "has no Default value; give the parameter a value");
        }
    }
    return std::nullopt;
}

std::optional<CfnIssue> check_resource(const std::string& id, const Json& r) {
    const std::string type = type_of(r);
    if (!r.is_object() || type.empty()) return CfnIssue{id, "", "Type", "every resource needs a Type"};
    if (!cfn_import::find_resource_type(type)) {
        return CfnIssue{id, type, "",
                        "this resource type is not supported by the playground (supported: " +
                            cfn_import::supported_types() + ")"};
    }
    for (const auto& [key, value] : r.items()) {
        if (key == "Condition")
            return CfnIssue{id, type, "Condition", "conditions are not supported by the playground"};
        if (!listed(kResourceAttributes, key)) return CfnIssue{id, type, key, "is not a resource attribute"};
    }
    if (r.contains("Properties") && !r.at("Properties").is_object())
        return CfnIssue{id, type, "Properties", "must be a mapping"};
    return std::nullopt;
}

using Dependencies = std::map<std::string, std::set<std::string>>;

std::optional<CfnIssue> dependencies_of(const Json& resources, Dependencies& deps) {
    for (const auto& [id, r] : resources.items()) {
        std::set<std::string>& mine = deps[id];
        for (const auto& name : cfn_references(r.value("Properties", Json::object()))) {
            if (resources.contains(name) && name != id) mine.insert(name);
        }
        Json depends_on = r.value("DependsOn", Json::array());
        if (depends_on.is_string()) depends_on = Json::array({depends_on});
        for (const auto& d : depends_on) {
            if (!d.is_string() || !resources.contains(d.get<std::string>())) {
                return CfnIssue{id, type_of(r), "DependsOn",
                                "names " + to_json_text(d) + ", which is not a resource of the template"};
            }
            mine.insert(d.get<std::string>());
        }
    }
    return std::nullopt;
}

// creation_order sorts resources so that each comes after what it refers to; among the ready ones, by
// type rank (buses, log groups, policies, roles, functions, rules), then template order.
std::optional<CfnIssue> creation_order(const Json& resources, const Dependencies& deps,
                                       std::vector<std::string>& order) {
    std::set<std::string> placed;
    while (order.size() < resources.size()) {
        const std::string* best = nullptr;
        int best_rank = 0;
        for (const auto& [id, r] : resources.items()) {
            if (placed.count(id)) continue;
            bool ready = true;
            for (const auto& d : deps.at(id))
                ready = ready && placed.count(d);
            const int rank = cfn_import::find_resource_type(type_of(r))->rank;
            if (ready && (!best || rank < best_rank)) best = &id, best_rank = rank;
        }
        if (!best) return template_issue("Resources", "the resources refer to each other in a circle");
        order.push_back(*best);
        placed.insert(*best);
    }
    return std::nullopt;
}

// translate_in_order resolves each resource's properties and translates it into requests.
std::optional<CfnIssue> translate_in_order(const Json& resources, const std::vector<std::string>& order,
                                           CfnScope& scope, Output& out) {
    CfnResolver resolver(scope);  // one for the whole template, so its output budget covers every resource
    for (const auto& id : order) {
        const Json& r = resources.at(id);
        auto properties = resolver.resolve(r.value("Properties", Json::object()), "");
        if (!resolver.error().empty())
            return CfnIssue{id, type_of(r), resolver.error_path(), resolver.error()};
        Resource resource{id, type_of(r), properties.value_or(Json::object()), r.value("Metadata", Json())};
        CfnAttributes attributes;
        if (auto error = cfn_import::find_resource_type(resource.type)->translate(resource, out, attributes))
            return error;
        const std::string label = attributes.ref.is_string() ? " " + attributes.ref.get<std::string>() : "";
        out.plan.resources.push_back(id + " (" + resource.type + ")" + label);
        scope.resources[id] = std::move(attributes);
    }
    return std::nullopt;
}

std::optional<CfnIssue> plan_template(const World& world, const Json& t, const CfnImportOptions& options,
                                      CfnPlan& plan) {
    if (auto error = check_sections(t)) return error;
    CfnScope scope{
        world.region(), world.account_id(), options.stack_name, {}, t.value("Mappings", Json::object()), {}};
    if (auto error = read_parameters(t, options, scope)) return error;
    const Json& resources = t.at("Resources");
    for (const auto& [id, r] : resources.items()) {
        if (auto error = check_resource(id, r)) return error;
    }
    Dependencies deps;
    std::vector<std::string> order;
    if (auto error = dependencies_of(resources, deps)) return error;
    if (auto error = creation_order(resources, deps, order)) return error;
    Output out{plan, Json::array(), options.stack_name, world.region(), world.account_id()};
    if (auto error = translate_in_order(resources, order, scope, out)) return error;
    for (auto& request : out.deferred)
        plan.requests.push_back(std::move(request));
    return std::nullopt;
}

Json issue_json(const CfnIssue& issue) {
    return Json{{"resource", issue.resource},
                {"type", issue.type},
                {"property", issue.property},
                {"message", issue.message},
                {"text", describe_issue(issue)}};
}

}  // namespace

std::string describe_issue(const CfnIssue& issue) {
    std::string out = issue.resource.empty() ? "Template" : "Resource " + issue.resource;
    if (!issue.type.empty()) out += " (" + issue.type + ")";
    if (!issue.property.empty()) out += (issue.resource.empty() ? " " : ", property ") + issue.property;
    return out + ": " + issue.message;
}

CfnPlan plan_cloudformation(const World& world, std::string_view text, const CfnImportOptions& options) {
    CfnPlan plan;
    CfnText parsed = parse_cfn_text(text);
    if (!parsed.value) {
        plan.error = template_issue("", parsed.error);
        return plan;
    }
    plan.error = plan_template(world, *parsed.value, options, plan);
    return plan;
}

CfnImport import_cloudformation(World& world, std::string_view text, const CfnImportOptions& options) {
    CfnImport result{plan_cloudformation(world, text, options), std::nullopt};
    if (result.plan.error) return result.error = result.plan.error, result;
    WorldLoad copy = World::from_save(world.save());
    if (!copy.world)
        return result.error = template_issue("", "the world could not be copied: " + copy.error->message),
               result;
    for (const auto& step : result.plan.requests) {
        ApiResult r = copy.world->call(step.at("service").get<std::string>(),
                                       step.at("operation").get<std::string>(), step.at("request"));
        if (r.ok()) continue;
        result.error =
            CfnIssue{step.at("resource").get<std::string>(), step.at("type").get<std::string>(), "",
                     step.at("operation").get<std::string>() + " failed: " + r.error().code + ": " +
                         r.error().message};
        return result;
    }
    if (auto error = world.load(copy.world->save()))
        result.error = template_issue("", "the world could not be replaced: " + error->message);
    return result;
}

Json import_result_json(const CfnImport& result) {
    Json warnings = Json::array();
    for (const auto& w : result.plan.warnings)
        warnings.push_back(issue_json(w));
    return Json{{"ok", result.ok()},
                {"error", result.error ? issue_json(*result.error) : Json()},
                {"warnings", warnings},
                {"resources", result.plan.resources},
                {"requests", result.plan.requests}};
}

}  // namespace evb
