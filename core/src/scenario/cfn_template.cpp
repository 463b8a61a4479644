// CloudFormation template text in JSON and YAML, and the intrinsic functions' short forms.
#include "evb/scenario/cfn_template.hpp"

#include "evb/scenario/yaml_reader.hpp"
#include "evb/scenario/yaml_writer.hpp"

namespace evb {
namespace {

// long_form_of names the long form of a short-form tag: Ref and Condition stay, the rest gain "Fn::".
std::string long_form_of(std::string_view tag) {
    if (tag == "Ref" || tag == "Condition") return std::string(tag);
    return "Fn::" + std::string(tag);
}

// cfn_tag turns !Ref X, !GetAtt A.B, !Sub s ... into their long forms.
Json cfn_tag(std::string_view tag, Json value, std::string& error) {
    if (tag.empty()) {
        error = "the non-specific tag ! is not supported";
        return nullptr;
    }
    if (tag == "GetAtt" && value.is_string()) {
        const std::string text = value.get<std::string>();
        const auto dot = text.find('.');
        if (dot == std::string::npos || dot == 0 || dot + 1 == text.size()) {
            error = "!GetAtt needs \"Resource.Attribute\", not \"" + text + "\"";
            return nullptr;
        }
        value = Json::array({text.substr(0, dot), text.substr(dot + 1)});
    }
    if ((tag == "Ref" || tag == "Sub") && (value.is_number() || value.is_boolean()))
        value = to_json_text(value);
    Json out = Json::object();
    out[long_form_of(tag)] = std::move(value);
    return out;
}

// cfn_short_form offers !Ref, !GetAtt A.B, !Sub and !Fn for the long forms the writer meets.
std::optional<YamlShortForm> cfn_short_form(const Json& object) {
    auto name = cfn_intrinsic_name(object);
    if (!name) return std::nullopt;
    const Json& value = object.begin().value();
    if (*name == "Fn::GetAtt" && value.is_array() && value.size() == 2 && value[0].is_string() &&
        value[1].is_string()) {
        return YamlShortForm{"GetAtt", value[0].get<std::string>() + "." + value[1].get<std::string>()};
    }
    if (*name == "Ref" || *name == "Condition") return YamlShortForm{*name, value};
    return YamlShortForm{name->substr(4), value};
}

}  // namespace

CfnText parse_cfn_text(std::string_view text) {
    std::size_t first = text.find_first_not_of(" \t\r\n");
    if (text.rfind("\xEF\xBB\xBF", 0) == 0) first = text.find_first_not_of(" \t\r\n", 3);
    const bool json_like = first != std::string_view::npos && text[first] == '{';
    if (json_like) {
        if (auto json = parse_json(text.substr(first))) return CfnText{std::move(json), ""};
        if (json_nests_deeper_than(text)) {
            return CfnText{std::nullopt, "the template nests deeper than " + std::to_string(kMaxJsonDepth) +
                                             " levels, the limit for JSON"};
        }
    }
    YamlResult yaml = parse_yaml(text, cfn_tag);
    if (!yaml.value && json_like)
        return CfnText{std::nullopt,
                       "the template starts with '{' but is neither JSON nor YAML: " + yaml.error};
    if (!yaml.value) return CfnText{std::nullopt, "the template is not valid YAML: " + yaml.error};
    return CfnText{std::move(yaml.value), ""};
}

std::string write_cfn_json(const Json& cfn_template) {
    return to_json_text(cfn_template, 2) + "\n";
}

std::string write_cfn_yaml(const Json& cfn_template) {
    return write_yaml(cfn_template, cfn_short_form);
}

Json cfn_ref(std::string_view name) {
    return Json{{"Ref", std::string(name)}};
}

Json cfn_get_att(std::string_view resource, std::string_view attribute) {
    return Json{{"Fn::GetAtt", Json::array({std::string(resource), std::string(attribute)})}};
}

Json cfn_sub(std::string_view text) {
    return Json{{"Fn::Sub", std::string(text)}};
}

std::optional<std::string> cfn_intrinsic_name(const Json& value) {
    if (!value.is_object() || value.size() != 1) return std::nullopt;
    const std::string& key = value.begin().key();
    if (key == "Ref" || key == "Condition" || key.rfind("Fn::", 0) == 0) return key;
    return std::nullopt;
}

}  // namespace evb
