#include "support.hpp"

#include "evb/common/arn.hpp"
#include "evb/common/time_format.hpp"

#include <algorithm>

namespace evb {
namespace {

// valid_path tells whether a path is "/" or "/" + printable ASCII + "/".
bool valid_path(const std::string& path) {
    if (path == "/") return true;
    if (path.size() < 2 || path.front() != '/' || path.back() != '/') return false;
    return std::all_of(path.begin(), path.end(), [](char c) { return c >= 0x21 && c <= 0x7e; });
}

// malformed is MalformedPolicyDocument with a message.
ApiError malformed(std::string message) {
    return ApiError{"MalformedPolicyDocument", std::move(message), 400};
}

// check_statement applies IAM's grammar to one statement.
std::optional<ApiError> check_statement(const Json& statement, bool identity_policy) {
    if (!statement.is_object()) return malformed("Syntax errors in policy.");
    if (!statement.contains("Effect")) return malformed("Missing required field Effect");
    const Json& effect = statement.at("Effect");
    if (effect != "Allow" && effect != "Deny") return malformed("Invalid effect: " + to_json_text(effect));
    if (!statement.contains("Action") && !statement.contains("NotAction")) {
        return malformed("Policy statement must contain actions.");
    }
    if (identity_policy && statement.contains("Principal"))
        return malformed("Policy document should not specify a principal.");
    if (identity_policy && !statement.contains("Resource") && !statement.contains("NotResource")) {
        return malformed("Policy statement must contain resources.");
    }
    return std::nullopt;
}

}  // namespace

void validate_iam_name(Validation& v, const Json& request, std::string_view key, std::size_t max) {
    auto name = string_field(request, key);
    if (!name) return v.not_null(key);
    v.length(*name, key, 1, max);
    if (!name->empty()) v.pattern(*name, key, all_of(*name, is_iam_name_char), "[\\w+=,.@-]+");
}

void validate_path(Validation& v, const Json& request) {
    auto path = string_field(request, "Path");
    if (!path) return;
    v.length(*path, "Path", 1, 512);
    if (!path->empty()) {
        v.pattern(*path, "Path", valid_path(*path), "(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)");
    }
}

Role* find_role(Account& account, const std::string& name) {
    auto it = account.iam.roles.find(name);
    return it == account.iam.roles.end() ? nullptr : &it->second;
}

ApiError role_not_found(const std::string& name) {
    return ApiError{"NoSuchEntity", "The role with name " + name + " cannot be found.", 404};
}

std::size_t policy_size(std::string_view text) {
    std::size_t size = 0;
    for (char c : text)
        size += c != ' ' && c != '\t' && c != '\n' && c != '\r';
    return size;
}

std::optional<ApiError> parse_policy_document(const std::string& text, Json& document, bool identity_policy) {
    auto parsed = parse_json(text);
    if (!parsed || !parsed->is_object()) return malformed("This policy contains invalid Json");
    if (!parsed->contains("Statement")) return malformed("Syntax errors in policy.");
    const Json& statements = parsed->at("Statement");
    if (statements.is_array()) {
        for (const auto& s : statements) {
            if (auto e = check_statement(s, identity_policy)) return e;
        }
    } else if (auto e = check_statement(statements, identity_policy)) {
        return e;
    }
    document = std::move(*parsed);
    return std::nullopt;
}

std::string role_arn_of(const Account& account, const Role& role) {
    return iam_arn(account.config.account_id, "role", role.path, role.name);
}

Json role_json(const Account& account, const Role& role, bool get) {
    Json out = {{"Path", role.path},
                {"RoleName", role.name},
                {"RoleId", role.id},
                {"Arn", role_arn_of(account, role)},
                {"CreateDate", cli_time(role.create_ms)},
                {"AssumeRolePolicyDocument", role.assume_role_policy}};
    if (role.description) out["Description"] = *role.description;
    if (get) out["MaxSessionDuration"] = role.max_session_duration;
    return out;
}

std::size_t attachment_count(const Account& account, const std::string& policy_arn) {
    std::size_t count = 0;
    for (const auto& [name, role] : account.iam.roles) {
        count += std::count(role.attached_policy_arns.begin(), role.attached_policy_arns.end(), policy_arn);
    }
    return count;
}

Json policy_json(const Account& account, const ManagedPolicy& policy, bool with_description) {
    Json out = {{"PolicyName", policy.name},
                {"PolicyId", policy.id},
                {"Arn", policy.arn},
                {"Path", policy.path},
                {"DefaultVersionId", "v1"},
                {"AttachmentCount", attachment_count(account, policy.arn)},
                {"PermissionsBoundaryUsageCount", 0},
                {"IsAttachable", true}};
    if (with_description && !policy.description.empty()) out["Description"] = policy.description;
    out["CreateDate"] = cli_time(policy.create_ms);
    out["UpdateDate"] = cli_time(policy.update_ms);
    return out;
}

}  // namespace evb
