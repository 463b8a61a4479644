// CloudFormation template text: reading a template written in JSON or YAML (the short forms !Ref,
// !GetAtt A.B, !Sub, !Join, ... become their long forms {"Ref": ...}, {"Fn::GetAtt": [...]}), writing a
// template as JSON or as YAML with the short forms, and building intrinsic-function values.
// Depends only on evb/common/json.hpp and the YAML reader and writer.
#pragma once

#include "evb/common/json.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace evb {

// CfnText is a parsed template, or why its text could not be read.
struct CfnText {
    std::optional<Json> value;
    std::string error;
};

// parse_cfn_text reads a template in JSON (text starting with '{') or YAML (YAML's flow style included).
CfnText parse_cfn_text(std::string_view text);

// write_cfn_json writes a template as JSON indented by two spaces, ending in a newline.
std::string write_cfn_json(const Json& cfn_template);

// write_cfn_yaml writes a template as YAML with the intrinsic functions in their short forms.
std::string write_cfn_yaml(const Json& cfn_template);

// cfn_ref is {"Ref": name}.
Json cfn_ref(std::string_view name);

// cfn_get_att is {"Fn::GetAtt": [resource, attribute]}.
Json cfn_get_att(std::string_view resource, std::string_view attribute);

// cfn_sub is {"Fn::Sub": text}.
Json cfn_sub(std::string_view text);

// cfn_intrinsic_name returns the function of a value such as {"Ref": ...} or {"Fn::Sub": ...}, or nothing.
std::optional<std::string> cfn_intrinsic_name(const Json& value);

}  // namespace evb
