// Importing a CloudFormation template (JSON or YAML) into a World: AWS::Events::EventBus,
// AWS::Events::Rule with its Targets, AWS::Logs::LogGroup, AWS::IAM::Role, AWS::IAM::ManagedPolicy and
// AWS::Lambda::Function (behaviour from Metadata.EvbPlayground.Behavior), with AWS::Lambda::Permission and
// AWS::Logs::ResourcePolicy (and the no-op AWS::CloudFormation::WaitConditionHandle) accepted as having no
// effect here. Resources are created in dependency order
// through World::call. A property, function or resource type the playground cannot honour is an error that
// names the resource and the property; properties with no effect here (Tags, RetentionInDays, ...) are
// warnings. All or nothing: the template is planned and checked first, then applied to a copy of the world
// that replaces it only when every call succeeded. Depends on the World and the CloudFormation readers.
#pragma once

#include "evb/common/json.hpp"
#include "evb/world/world.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace evb {

// CfnIssue is an error or warning about one resource's property ("" resource: the template as a whole).
struct CfnIssue {
    std::string resource;
    std::string type;
    std::string property;
    std::string message;
};

// describe_issue writes an issue as one line: "Resource OrdersRule (AWS::Events::Rule), property X: ...".
std::string describe_issue(const CfnIssue& issue);

// CfnImportOptions: the stack name (generated names and AWS::StackName) and parameter values.
struct CfnImportOptions {
    std::string stack_name = "playground";
    std::map<std::string, std::string> parameters;
};

// CfnPlan is what an import would do: the API calls in order (each also names its "resource"), the
// warnings, the resources it creates ("LogicalId (Type) name"), or the error that stops it.
struct CfnPlan {
    Json requests = Json::array();
    std::vector<CfnIssue> warnings;
    std::vector<std::string> resources;
    std::optional<CfnIssue> error;
};

// plan_cloudformation reads and checks a template against a world without changing it.
CfnPlan plan_cloudformation(const World& world, std::string_view text, const CfnImportOptions& options = {});

// CfnImport is the outcome of an import: the plan, and the error that left the world untouched, if any.
struct CfnImport {
    CfnPlan plan;
    std::optional<CfnIssue> error;
    bool ok() const { return !error.has_value(); }
};

// import_cloudformation creates a template's resources in a world, all or nothing.
CfnImport import_cloudformation(World& world, std::string_view text, const CfnImportOptions& options = {});

// import_result_json shapes an import's outcome for the page: {ok, error, warnings, resources, requests}.
Json import_result_json(const CfnImport& result);

}  // namespace evb
