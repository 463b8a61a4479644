// The resource types the CloudFormation import understands: for each one, its rank in the creation order
// (when dependencies allow a choice) and the translator that turns resolved properties into API requests
// and the attributes Ref and Fn::GetAtt answer. Also the property reader that reports unsupported
// properties by name. Private to core/src/scenario.
#pragma once

#include "evb/common/json.hpp"
#include "evb/scenario/cfn_import.hpp"
#include "evb/scenario/cfn_intrinsics.hpp"

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace evb::cfn_import {

// Resource is one template resource being translated.
struct Resource {
    std::string id;
    std::string type;
    Json properties;  // resolved
    Json metadata;    // as written (null when absent)
};

// Output collects what translators produce.
struct Output {
    CfnPlan& plan;
    Json deferred = Json::array();  // requests that must wait until every resource exists
    std::string stack_name;
    std::string region;
    std::string account_id;
};

// Properties reads a resource's properties, remembering which were read, so that finish() can name the
// first unsupported one; ignorable ones become warnings.
class Properties {
  public:
    Properties(const Resource& resource, Output& out) : resource_(resource), out_(out) {}

    // text returns a string property (numbers are accepted as text), nothing when absent or wrong.
    std::optional<std::string> text(std::string_view name, bool required = false);

    // integer returns an integer property (digit strings are accepted, as CloudFormation does).
    std::optional<std::int64_t> integer(std::string_view name);

    // document returns a JSON-document property (an object, or JSON text), as compact JSON text.
    std::optional<std::string> document(std::string_view name, bool required = false);

    // value returns any property as written, or nullptr when absent.
    const Json* value(std::string_view name);

    // ignore warns, when the property is present, that it has no effect in the playground.
    void ignore(std::string_view name, std::string_view why);

    // fail records an error about a property (the first one wins).
    void fail(const std::string& property, const std::string& message);

    // finish returns the first error, or an error naming the first property nobody read.
    std::optional<CfnIssue> finish();

    const Resource& resource() const { return resource_; }
    Output& out() { return out_; }

  private:
    const Resource& resource_;
    Output& out_;
    std::set<std::string> read_;
    std::optional<CfnIssue> error_;
};

// Translator turns one resource into requests and its attributes, or returns an error.
using Translator = std::optional<CfnIssue> (*)(const Resource&, Output&, CfnAttributes&);

struct ResourceType {
    std::string_view type;
    int rank;
    Translator translate;
};

// find_resource_type returns the import's handling of a type, or nullptr.
const ResourceType* find_resource_type(std::string_view type);

// supported_types lists the importable types for messages.
std::string supported_types();

// generated_name makes the name CloudFormation would give an unnamed resource ("stack-Logical-HASH"),
// deterministically, at most max_length characters.
std::string generated_name(const Output& out, const std::string& logical_id, std::size_t max_length);

// add_request appends one API request of a resource to the plan.
void add_request(Output& out, const Resource& resource, std::string_view service, std::string_view operation,
                 Json request);

// The translators, by service.
std::optional<CfnIssue> translate_event_bus(const Resource&, Output&, CfnAttributes&);
std::optional<CfnIssue> translate_rule(const Resource&, Output&, CfnAttributes&);
std::optional<CfnIssue> translate_log_group(const Resource&, Output&, CfnAttributes&);
std::optional<CfnIssue> translate_role(const Resource&, Output&, CfnAttributes&);
std::optional<CfnIssue> translate_managed_policy(const Resource&, Output&, CfnAttributes&);
std::optional<CfnIssue> translate_function(const Resource&, Output&, CfnAttributes&);
std::optional<CfnIssue> translate_no_effect(const Resource&, Output&, CfnAttributes&);

}  // namespace evb::cfn_import
