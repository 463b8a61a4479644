// CloudFormation's intrinsic functions, evaluated at import time against what the template has created so
// far: Ref (resources, parameters, pseudo parameters such as AWS::Region and AWS::NoValue), Fn::GetAtt,
// Fn::Sub (both forms, ${!Literal} escapes), Fn::Join, Fn::Select, Fn::Split, Fn::FindInMap and Fn::Base64.
// Anything else (Fn::If, Fn::ImportValue, ...) is an error naming the function and the property.
// Depends only on evb/common/json.hpp.
#pragma once

#include "evb/common/json.hpp"

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>

namespace evb {

// CfnAttributes is what a created resource answers to Ref and to Fn::GetAtt.
struct CfnAttributes {
    Json ref;
    std::map<std::string, Json> attributes;
};

// CfnScope is everything an intrinsic function can refer to.
struct CfnScope {
    std::string region;
    std::string account_id;
    std::string stack_name;
    std::map<std::string, Json> parameters;
    Json mappings = Json::object();
    std::map<std::string, CfnAttributes> resources;
};

// kMaxCfnProducedBytes bounds the text that Fn::Sub, Fn::Join and Fn::Base64 may produce in one import:
// CloudFormation's largest template (1 MB, read from S3). Nested functions can otherwise double their output
// at every level (a 1 KB template asked for gigabytes).
inline constexpr std::size_t kMaxCfnProducedBytes = 1024 * 1024;

// CfnResolver evaluates the intrinsic functions of property values; the first error is kept.
class CfnResolver {
  public:
    explicit CfnResolver(const CfnScope& scope) : scope_(scope) {}

    // resolve returns the value with every intrinsic function evaluated, or nothing for AWS::NoValue
    // (and on error: see error() and error_path()).
    std::optional<Json> resolve(const Json& value, const std::string& path);

    const std::string& error() const { return error_; }
    const std::string& error_path() const { return error_path_; }

  private:
    const CfnScope& scope_;
    std::string error_;
    std::string error_path_;
    std::size_t produced_ = 0;  // bytes of text built by intrinsic functions so far

    std::optional<Json> fail(const std::string& path, const std::string& message);
    bool within_budget(std::size_t bytes, const std::string& function, const std::string& path);
    std::optional<Json> produced(std::string text, const std::string& function, const std::string& path);
    std::optional<Json> resolve_intrinsic(const std::string& name, const Json& argument,
                                          const std::string& path);
    std::optional<Json> ref(const Json& argument, const std::string& path);
    std::optional<Json> get_att(const Json& argument, const std::string& path);
    std::optional<Json> sub(const Json& argument, const std::string& path);
    std::optional<Json> join(const Json& argument, const std::string& path);
    std::optional<Json> select(const Json& argument, const std::string& path);
    std::optional<Json> split(const Json& argument, const std::string& path);
    std::optional<Json> find_in_map(const Json& argument, const std::string& path);
    std::optional<Json> attribute(const std::string& resource, const std::string& name,
                                  const std::string& path);
    std::optional<std::string> sub_variable(const std::string& name, const Json& variables,
                                            const std::string& path);
};

// cfn_references lists the names a value refers to through Ref, Fn::GetAtt and Fn::Sub (resources and
// parameters alike; pseudo parameters left out).
std::set<std::string> cfn_references(const Json& value);

// cfn_pseudo_parameter returns AWS::Region, AWS::AccountId, AWS::Partition, AWS::StackName, AWS::StackId,
// AWS::URLSuffix or AWS::NotificationARNs for a scope; nothing for other names (AWS::NoValue included).
std::optional<Json> cfn_pseudo_parameter(const CfnScope& scope, const std::string& name);

}  // namespace evb
