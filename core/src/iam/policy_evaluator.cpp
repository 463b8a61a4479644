#include "evb/iam/policy_evaluator.hpp"

#include "evb/common/arn.hpp"
#include "evb/common/wildcard.hpp"

namespace evb {
namespace {

// as_list returns a policy element (string or array of strings) as a list.
std::vector<std::string> as_list(const Json& element) {
    std::vector<std::string> out;
    if (element.is_string()) out.push_back(element.get<std::string>());
    if (element.is_array()) {
        for (const auto& item : element) {
            if (item.is_string()) out.push_back(item.get<std::string>());
        }
    }
    return out;
}

// any_matches tells whether any pattern of a policy element matches value.
bool any_matches(const Json& element, std::string_view value, bool ignore_case) {
    for (const auto& pattern : as_list(element)) {
        if (wildcard_match(pattern, value, ignore_case)) return true;
    }
    return false;
}

// element_applies evaluates an X / NotX pair of a statement (e.g. Action / NotAction) for value.
bool element_applies(const Json& statement, const char* key, const char* not_key, std::string_view value,
                     bool ignore_case) {
    if (statement.contains(key)) return any_matches(statement.at(key), value, ignore_case);
    if (statement.contains(not_key)) return !any_matches(statement.at(not_key), value, ignore_case);
    return false;
}

// statement_applies tells whether a statement covers the action and resource.
bool statement_applies(const Json& statement, std::string_view action, std::string_view resource) {
    if (!statement.is_object() || statement.contains("Condition")) return false;
    return element_applies(statement, "Action", "NotAction", action, true) &&
           element_applies(statement, "Resource", "NotResource", resource, false);
}

// statements_of returns a document's statements as a list (a single statement object counts as one).
std::vector<Json> statements_of(const Json& document) {
    if (!document.is_object() || !document.contains("Statement")) return {};
    const Json& statement = document.at("Statement");
    if (statement.is_array()) return std::vector<Json>(statement.begin(), statement.end());
    return {statement};
}

}  // namespace

Decision evaluate_policies(const std::vector<Json>& documents, std::string_view action,
                           std::string_view resource) {
    bool allowed = false;
    for (const auto& document : documents) {
        for (const auto& statement : statements_of(document)) {
            if (!statement_applies(statement, action, resource)) continue;
            const std::string effect = statement.value("Effect", "");
            if (effect == "Deny") return Decision::kExplicitDeny;
            if (effect == "Allow") allowed = true;
        }
    }
    return allowed ? Decision::kAllow : Decision::kImplicitDeny;
}

std::vector<Json> role_policy_documents(const Account& account, const Role& role) {
    std::vector<Json> documents;
    for (const auto& arn : role.attached_policy_arns) {
        auto it = account.iam.policies.find(arn);
        if (it != account.iam.policies.end()) documents.push_back(it->second.document);
    }
    for (const auto& [name, document] : role.inline_policies)
        documents.push_back(document);
    return documents;
}

const Role* find_role_by_arn(const Account& account, std::string_view arn) {
    for (const auto& [name, role] : account.iam.roles) {
        if (iam_arn(account.config.account_id, "role", role.path, role.name) == arn) return &role;
    }
    return nullptr;
}

Decision evaluate_role(const Account& account, std::string_view role_arn, std::string_view action,
                       std::string_view resource) {
    const Role* role = find_role_by_arn(account, role_arn);
    if (!role) return Decision::kImplicitDeny;
    return evaluate_policies(role_policy_documents(account, *role), action, resource);
}

ApiError access_denied(std::string_view caller_arn, std::string_view action, std::string_view resource,
                       Decision decision) {
    std::string message = "User: " + std::string(caller_arn) +
                          " is not authorized to perform: " + std::string(action) +
                          " on resource: " + std::string(resource);
    if (decision == Decision::kExplicitDeny)
        message += " with an explicit deny in an identity-based policy";
    else
        message += " because no identity-based policy allows the " + std::string(action) + " action";
    return ApiError{"AccessDeniedException", message, 400};
}

}  // namespace evb
