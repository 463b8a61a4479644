// What the CloudFormation exporter knows while it writes a template: the account, the logical id of
// every resource, and for each ARN of the template's resources the Ref/GetAtt/Sub that stands for it.
// Private to core/src/scenario; the resource writers are split by service.
#pragma once

#include "evb/common/json.hpp"
#include "evb/scenario/cfn_logical_ids.hpp"
#include "evb/world/account.hpp"

#include <map>
#include <string>

namespace evb::cfn_export {

struct Context {
    explicit Context(const Account& a) : account(a) {}

    const Account& account;
    LogicalIds ids;
    std::map<std::string, Json> arn_refs;  // ARN -> the template expression that yields it
    Json resources = Json::object();

    const std::string& region() const { return account.config.region; }
    const std::string& account_id() const { return account.config.account_id; }

    // portable_string returns a reference for a template resource's ARN, a Fn::Sub for an ARN of this
    // account or region, or the string itself.
    Json portable_string(const std::string& text) const;

    // portable_tree applies portable_string to every string value of a JSON document.
    Json portable_tree(const Json& value) const;

    // add_resource appends a resource with its type, properties and optional metadata.
    void add_resource(const std::string& id, const char* type, Json properties, Json metadata = nullptr);
};

// Kinds of logical id (the prefix each one gets).
inline constexpr const char* kBusKind = "EventBus";
inline constexpr const char* kRuleKind = "Rule";
inline constexpr const char* kLogGroupKind = "LogGroup";
inline constexpr const char* kPolicyKind = "Policy";
inline constexpr const char* kRoleKind = "Role";
inline constexpr const char* kFunctionKind = "Function";
inline constexpr const char* kPermissionKind = "Permission";

// rule_key names a rule uniquely in the account: "rule" on the default bus, "bus/rule" elsewhere.
std::string rule_key(const Rule& rule);

// register_events_refs and register_other_refs give every resource its logical id and ARN reference.
void register_events_refs(Context& context);
void register_other_refs(Context& context);

// add_event_buses, add_rules, add_permissions and add_logs_resource_policy write the EventBridge side.
void add_event_buses(Context& context);
void add_rules(Context& context);
void add_permissions(Context& context);
void add_logs_resource_policy(Context& context);

// add_log_groups, add_managed_policies, add_roles and add_functions write the rest.
void add_log_groups(Context& context);
void add_managed_policies(Context& context);
void add_roles(Context& context);
void add_functions(Context& context);

}  // namespace evb::cfn_export
