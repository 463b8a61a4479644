// Evaluating intrinsic functions, and finding what a value refers to.
#include "evb/scenario/cfn_intrinsics.hpp"

#include "evb/common/base64.hpp"
#include "evb/scenario/cfn_template.hpp"

#include <cstdint>
#include <vector>

namespace evb {
namespace {

// SubPart is literal text or a ${variable} of a Fn::Sub string.
struct SubPart {
    std::string text;
    bool variable = false;
};

// sub_parts splits a Fn::Sub string; ${!X} is the literal ${X}; an unclosed ${ stays literal.
std::vector<SubPart> sub_parts(const std::string& text) {
    std::vector<SubPart> parts(1);
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t open = text.find("${", i);
        const std::size_t close = open == std::string::npos ? std::string::npos : text.find('}', open);
        if (close == std::string::npos) {
            parts.back().text += text.substr(i);
            break;
        }
        parts.back().text += text.substr(i, open - i);
        const std::string name = text.substr(open + 2, close - open - 2);
        if (!name.empty() && name[0] == '!') {
            parts.back().text += "${" + name.substr(1) + "}";
        } else {
            parts.push_back(SubPart{name, true});
            parts.push_back(SubPart{});
        }
        i = close + 1;
    }
    return parts;
}

// scalar_text gives a string, number or boolean as the text Fn::Join and Fn::Sub put in place.
std::optional<std::string> scalar_text(const Json& value) {
    if (value.is_string()) return value.get<std::string>();
    if (value.is_number() || value.is_boolean()) return to_json_text(value);
    return std::nullopt;
}

void collect(const Json& value, std::set<std::string>& out);

// collect_sub adds the variables of a Fn::Sub string that are not given in its variable map.
void collect_sub(const Json& argument, std::set<std::string>& out) {
    const Json* text = argument.is_string()                         ? &argument
                       : (argument.is_array() && !argument.empty()) ? &argument[0]
                                                                    : nullptr;
    const Json* vars =
        (argument.is_array() && argument.size() > 1 && argument[1].is_object()) ? &argument[1] : nullptr;
    if (vars) collect(*vars, out);
    if (!text || !text->is_string()) return;
    for (const auto& part : sub_parts(text->get<std::string>())) {
        if (!part.variable || (vars && vars->contains(part.text))) continue;
        const std::string name = part.text.substr(0, part.text.find('.'));
        if (name.rfind("AWS::", 0) != 0) out.insert(name);
    }
}

void collect(const Json& value, std::set<std::string>& out) {
    auto name = cfn_intrinsic_name(value);
    if (name && *name == "Ref" && value.begin()->is_string()) {
        const std::string target = value.begin()->get<std::string>();
        if (target.rfind("AWS::", 0) != 0) out.insert(target);
        return;
    }
    if (name && *name == "Fn::GetAtt") {
        const Json& a = *value.begin();
        if (a.is_array() && !a.empty() && a[0].is_string()) out.insert(a[0].get<std::string>());
        if (a.is_string()) out.insert(a.get<std::string>().substr(0, a.get<std::string>().find('.')));
        return;
    }
    if (name && *name == "Fn::Sub") return collect_sub(*value.begin(), out);
    if (value.is_object() || value.is_array()) {
        for (const auto& item : value)
            collect(item, out);
    }
}

}  // namespace

std::optional<Json> cfn_pseudo_parameter(const CfnScope& scope, const std::string& name) {
    if (name == "AWS::Region") return Json(scope.region);
    if (name == "AWS::AccountId") return Json(scope.account_id);
    if (name == "AWS::Partition") return Json("aws");
    if (name == "AWS::StackName") return Json(scope.stack_name);
    if (name == "AWS::URLSuffix") return Json("amazonaws.com");
    if (name == "AWS::NotificationARNs") return Json::array();
    if (name == "AWS::StackId") {
        return Json("arn:aws:cloudformation:" + scope.region + ":" + scope.account_id + ":stack/" +
                    scope.stack_name + "/00000000-0000-4000-8000-000000000000");
    }
    return std::nullopt;
}

std::set<std::string> cfn_references(const Json& value) {
    std::set<std::string> out;
    collect(value, out);
    return out;
}

std::optional<Json> CfnResolver::fail(const std::string& path, const std::string& message) {
    if (error_.empty()) {
        error_ = message;
        error_path_ = path;
    }
    return std::nullopt;
}

bool CfnResolver::within_budget(std::size_t bytes, const std::string& function, const std::string& path) {
    if (produced_ + bytes <= kMaxCfnProducedBytes) return true;
    fail(path,
         function + " would produce more than " + std::to_string(kMaxCfnProducedBytes) +
             " bytes of text in this template, the size of the largest template CloudFormation accepts");
    return false;
}

std::optional<Json> CfnResolver::produced(std::string text, const std::string& function,
                                          const std::string& path) {
    if (!within_budget(text.size(), function, path)) return std::nullopt;
    produced_ += text.size();
    return Json(std::move(text));
}

std::optional<Json> CfnResolver::resolve(const Json& value, const std::string& path) {
    if (!error_.empty()) return std::nullopt;
    if (auto name = cfn_intrinsic_name(value); name && *name != "Condition") {
        return resolve_intrinsic(*name, *value.begin(), path);
    }
    if (value.is_object()) {
        Json out = Json::object();
        for (const auto& [key, item] : value.items()) {
            auto resolved = resolve(item, path.empty() ? key : path + "." + key);
            if (!error_.empty()) return std::nullopt;
            if (resolved) out[key] = std::move(*resolved);
        }
        return out;
    }
    if (value.is_array()) {
        Json out = Json::array();
        for (std::size_t i = 0; i < value.size(); ++i) {
            auto resolved = resolve(value[i], path + "[" + std::to_string(i) + "]");
            if (!error_.empty()) return std::nullopt;
            if (resolved) out.push_back(std::move(*resolved));
        }
        return out;
    }
    return value;
}

std::optional<Json> CfnResolver::resolve_intrinsic(const std::string& name, const Json& argument,
                                                   const std::string& path) {
    if (name == "Ref") return ref(argument, path);
    if (name == "Fn::GetAtt") return get_att(argument, path);
    if (name == "Fn::Sub") return sub(argument, path);
    if (name == "Fn::Join") return join(argument, path);
    if (name == "Fn::Select") return select(argument, path);
    if (name == "Fn::Split") return split(argument, path);
    if (name == "Fn::FindInMap") return find_in_map(argument, path);
    if (name == "Fn::Base64") {
        auto text = resolve(argument, path);
        if (!text || !text->is_string())
            return error_.empty() ? fail(path, "Fn::Base64 needs a string") : std::nullopt;
        const std::string& plain = text->get_ref<const std::string&>();
        if (!within_budget((plain.size() + 2) / 3 * 4, name, path)) return std::nullopt;
        return produced(base64_encode(plain), name, path);
    }
    return fail(path,
                name +
                    " is not supported by the playground's import (supported: Ref, Fn::GetAtt, Fn::Sub, "
                    "Fn::Join, Fn::Select, Fn::Split, Fn::FindInMap, Fn::Base64)");
}

std::optional<Json> CfnResolver::ref(const Json& argument, const std::string& path) {
    if (!argument.is_string()) return fail(path, "Ref needs the name of a resource or parameter");
    const std::string name = argument.get<std::string>();
    if (name == "AWS::NoValue") return std::nullopt;
    if (auto pseudo = cfn_pseudo_parameter(scope_, name)) return pseudo;
    if (auto p = scope_.parameters.find(name); p != scope_.parameters.end()) return p->second;
    if (auto r = scope_.resources.find(name); r != scope_.resources.end()) return r->second.ref;
    return fail(path, "Ref " + name + ": no such resource or parameter in the template");
}

std::optional<Json> CfnResolver::get_att(const Json& argument, const std::string& path) {
    Json a = argument;
    if (a.is_string()) {
        const std::string text = a.get<std::string>();
        a = Json::array({text.substr(0, text.find('.')),
                         text.find('.') == std::string::npos ? "" : text.substr(text.find('.') + 1)});
    }
    if (!a.is_array() || a.size() != 2 || !a[0].is_string())
        return fail(path, "Fn::GetAtt needs [resource, attribute]");
    auto attr = resolve(a[1], path);
    if (!attr || !attr->is_string()) return fail(path, "Fn::GetAtt needs an attribute name");
    return attribute(a[0].get<std::string>(), attr->get<std::string>(), path);
}

std::optional<Json> CfnResolver::attribute(const std::string& resource, const std::string& name,
                                           const std::string& path) {
    auto r = scope_.resources.find(resource);
    if (r == scope_.resources.end())
        return fail(path, "Fn::GetAtt " + resource + "." + name + ": no such resource in the template");
    auto a = r->second.attributes.find(name);
    if (a == r->second.attributes.end()) {
        return fail(path,
                    "Fn::GetAtt " + resource + "." + name + ": the playground does not know this attribute");
    }
    return a->second;
}

std::optional<std::string> CfnResolver::sub_variable(const std::string& name, const Json& variables,
                                                     const std::string& path) {
    std::optional<Json> value;
    if (variables.is_object() && variables.contains(name))
        value = variables.at(name);
    else if (name.find('.') != std::string::npos)
        value = attribute(name.substr(0, name.find('.')), name.substr(name.find('.') + 1), path);
    else
        value = ref(Json(name), path);
    if (!error_.empty()) return std::nullopt;
    auto text = value ? scalar_text(*value) : std::nullopt;
    if (!text) fail(path, "Fn::Sub variable ${" + name + "} is not a string");
    return text;
}

std::optional<Json> CfnResolver::sub(const Json& argument, const std::string& path) {
    const bool listed =
        argument.is_array() && argument.size() == 2 && argument[0].is_string() && argument[1].is_object();
    if (!argument.is_string() && !listed)
        return fail(path, "Fn::Sub needs a string or [string, {variables}]");
    Json variables = Json::object();
    if (listed) {
        auto resolved = resolve(argument[1], path);
        if (!resolved) return std::nullopt;
        variables = std::move(*resolved);
    }
    std::string out;
    for (const auto& part :
         sub_parts(listed ? argument[0].get<std::string>() : argument.get<std::string>())) {
        if (!part.variable) {
            out += part.text;
            continue;
        }
        auto value = sub_variable(part.text, variables, path);
        if (!value || !within_budget(out.size() + value->size(), "Fn::Sub", path)) return std::nullopt;
        out += *value;
    }
    return produced(std::move(out), "Fn::Sub", path);
}

std::optional<Json> CfnResolver::join(const Json& argument, const std::string& path) {
    if (!argument.is_array() || argument.size() != 2 || !argument[0].is_string())
        return fail(path, "Fn::Join needs [delimiter, [values]]");
    auto list = resolve(argument[1], path);
    if (!list || !list->is_array())
        return error_.empty() ? fail(path, "Fn::Join needs a list of values") : std::nullopt;
    std::string out;
    for (std::size_t i = 0; i < list->size(); ++i) {
        auto text = scalar_text((*list)[i]);
        if (!text) return fail(path, "Fn::Join can only join strings");
        const std::string& delimiter = i ? argument[0].get_ref<const std::string&>() : std::string();
        if (!within_budget(out.size() + delimiter.size() + text->size(), "Fn::Join", path))
            return std::nullopt;
        out += delimiter + *text;
    }
    return produced(std::move(out), "Fn::Join", path);
}

std::optional<Json> CfnResolver::select(const Json& argument, const std::string& path) {
    if (!argument.is_array() || argument.size() != 2) return fail(path, "Fn::Select needs [index, [values]]");
    auto index = resolve(argument[0], path);
    auto list = resolve(argument[1], path);
    if (!index || !list)
        return error_.empty() ? fail(path, "Fn::Select needs an index and a list") : std::nullopt;
    std::size_t i = 0;
    if (index->is_number_integer() && index->get<std::int64_t>() >= 0)
        i = static_cast<std::size_t>(index->get<std::int64_t>());
    else if (index->is_string() && !index->get<std::string>().empty() &&
             index->get<std::string>().find_first_not_of("0123456789") == std::string::npos)
        i = std::stoul(index->get<std::string>().substr(0, 9));
    else
        return fail(path, "Fn::Select needs a non-negative index");
    if (!list->is_array() || i >= list->size())
        return fail(path, "Fn::Select index " + std::to_string(i) + " is out of range");
    return (*list)[i];
}

std::optional<Json> CfnResolver::split(const Json& argument, const std::string& path) {
    if (!argument.is_array() || argument.size() != 2 || !argument[0].is_string() ||
        argument[0].get<std::string>().empty()) {
        return fail(path, "Fn::Split needs [delimiter, string]");
    }
    auto text = resolve(argument[1], path);
    if (!text || !text->is_string())
        return error_.empty() ? fail(path, "Fn::Split needs a string") : std::nullopt;
    const std::string delimiter = argument[0].get<std::string>(), s = text->get<std::string>();
    Json out = Json::array();
    std::size_t start = 0;
    for (std::size_t at = s.find(delimiter); at != std::string::npos; at = s.find(delimiter, start)) {
        out.push_back(s.substr(start, at - start));
        start = at + delimiter.size();
    }
    out.push_back(s.substr(start));
    return out;
}

std::optional<Json> CfnResolver::find_in_map(const Json& argument, const std::string& path) {
    auto keys = resolve(argument, path);
    if (!keys || !keys->is_array() || keys->size() != 3)
        return error_.empty() ? fail(path, "Fn::FindInMap needs [map, key, key]") : std::nullopt;
    const Json* node = &scope_.mappings;
    for (const auto& key : *keys) {
        auto text = scalar_text(key);
        if (!text || !node->is_object() || !node->contains(*text)) {
            return fail(path, "Fn::FindInMap " + to_json_text(*keys) + ": no such entry in Mappings");
        }
        node = &node->at(*text);
    }
    return *node;
}

}  // namespace evb
