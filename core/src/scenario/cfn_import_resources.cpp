// Importing AWS::Logs::LogGroup, AWS::IAM::ManagedPolicy, AWS::IAM::Role and AWS::Lambda::Function.
#include "cfn_resource_types.hpp"
#include "evb/common/arn.hpp"
#include "evb/common/base64.hpp"
#include "evb/scenario/cfn_export.hpp"

namespace evb::cfn_import {
namespace {

constexpr std::string_view kNoEffect = "it has no effect in the playground";

// role_policy_requests reads a role's Policies list into PutRolePolicy requests.
std::optional<Json> inline_policies(Properties& p, const std::string& role) {
    Json out = Json::array();
    const Json* list = p.value("Policies");
    if (!list) return out;
    if (!list->is_array()) return p.fail("Policies", "must be a list"), std::nullopt;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const Json& item = (*list)[i];
        const std::string where = "Policies[" + std::to_string(i) + "]";
        const Json* doc =
            item.is_object() && item.contains("PolicyDocument") ? &item.at("PolicyDocument") : nullptr;
        if (!item.is_object() || !item.contains("PolicyName") || !item.at("PolicyName").is_string() || !doc) {
            return p.fail(where, "needs PolicyName and PolicyDocument"), std::nullopt;
        }
        auto text = doc->is_object()   ? std::optional<std::string>(to_json_text(*doc))
                    : doc->is_string() ? std::optional<std::string>(doc->get<std::string>())
                                       : std::nullopt;
        if (!text) return p.fail(where + ".PolicyDocument", "must be a JSON object"), std::nullopt;
        out.push_back(
            Json{{"RoleName", role}, {"PolicyName", item.at("PolicyName")}, {"PolicyDocument", *text}});
    }
    return out;
}

// string_list reads a list of strings.
std::optional<std::vector<std::string>> string_list(Properties& p, std::string_view name) {
    std::vector<std::string> out;
    const Json* list = p.value(name);
    if (!list) return out;
    if (!list->is_array()) return p.fail(std::string(name), "must be a list of strings"), std::nullopt;
    for (const auto& item : *list) {
        if (!item.is_string()) return p.fail(std::string(name), "must be a list of strings"), std::nullopt;
        out.push_back(item.get<std::string>());
    }
    return out;
}

// behavior_of reads the simulated behaviour from Metadata.EvbPlayground.Behavior.
std::optional<Json> behavior_of(const Resource& resource) {
    if (!resource.metadata.is_object() || !resource.metadata.contains(kCfnMetadataKey)) return std::nullopt;
    const Json& ours = resource.metadata.at(kCfnMetadataKey);
    if (!ours.is_object() || !ours.contains("Behavior") || !ours.at("Behavior").is_object())
        return std::nullopt;
    return ours.at("Behavior");
}

// check_code accepts inline code or an S3 location (neither is run) and refuses container images.
void check_code(Properties& p) {
    const Json* code = p.value("Code");
    if (!code) return p.fail("Code", "is required");
    if (!code->is_object()) return p.fail("Code", "must be an object");
    for (const auto& [key, value] : code->items()) {
        if (key != "ZipFile" && key != "S3Bucket" && key != "S3Key" && key != "S3ObjectVersion") {
            return p.fail("Code." + key, "is not supported by the playground");
        }
    }
    if (!code->contains("ZipFile") && !(code->contains("S3Bucket") && code->contains("S3Key"))) {
        p.fail("Code", "needs ZipFile, or S3Bucket and S3Key");
    }
}

void ignore_function_extras(Properties& p) {
    for (auto name : {"Tags", "Architectures", "TracingConfig", "Layers", "ReservedConcurrentExecutions",
                      "LoggingConfig", "EphemeralStorage", "VpcConfig", "DeadLetterConfig", "KmsKeyArn",
                      "SnapStart", "RuntimeManagementConfig"}) {
        p.ignore(name, kNoEffect);
    }
    if (auto package = p.text("PackageType"); package && *package != "Zip")
        p.fail("PackageType", "only Zip packages are supported");
}

Json function_request(Properties& p, const std::string& name, const Json& behavior) {
    Json request = {{"FunctionName", name}};
    if (auto runtime = p.text("Runtime")) request["Runtime"] = *runtime;
    if (auto role = p.text("Role", true)) request["Role"] = *role;
    if (auto handler = p.text("Handler")) request["Handler"] = *handler;
    if (auto d = p.text("Description")) request["Description"] = *d;
    if (auto t = p.integer("Timeout")) request["Timeout"] = *t;
    if (auto m = p.integer("MemorySize")) request["MemorySize"] = *m;
    if (const Json* env = p.value("Environment")) request["Environment"] = *env;
    request["Code"] = Json{{"ZipFile", base64_encode(to_json_text(behavior))}};
    return request;
}

}  // namespace

std::optional<CfnIssue> translate_log_group(const Resource& resource, Output& out,
                                            CfnAttributes& attributes) {
    Properties p(resource, out);
    const std::string name = p.text("LogGroupName").value_or(generated_name(out, resource.id, 512));
    p.ignore("RetentionInDays", "the playground keeps log events until its per-group cap");
    for (auto extra : {"Tags", "KmsKeyId", "LogGroupClass"})
        p.ignore(extra, kNoEffect);
    if (auto error = p.finish()) return error;
    add_request(out, resource, "logs", "CreateLogGroup", Json{{"logGroupName", name}});
    attributes.ref = name;
    attributes.attributes = {{"Arn", log_group_arn(out.region, out.account_id, name) + ":*"}};
    return std::nullopt;
}

std::optional<CfnIssue> translate_managed_policy(const Resource& resource, Output& out,
                                                 CfnAttributes& attributes) {
    Properties p(resource, out);
    const std::string name = p.text("ManagedPolicyName").value_or(generated_name(out, resource.id, 128));
    const std::string path = p.text("Path").value_or("/");
    Json request = {{"PolicyName", name},
                    {"Path", path},
                    {"PolicyDocument", p.document("PolicyDocument", true).value_or("")}};
    if (auto d = p.text("Description")) request["Description"] = *d;
    auto roles = string_list(p, "Roles");
    if (auto error = p.finish()) return error;
    add_request(out, resource, "iam", "CreatePolicy", std::move(request));
    const std::string arn = iam_arn(out.account_id, "policy", path, name);
    for (const auto& role : *roles) {
        out.deferred.push_back(Json{{"service", "iam"},
                                    {"operation", "AttachRolePolicy"},
                                    {"request", {{"RoleName", role}, {"PolicyArn", arn}}},
                                    {"resource", resource.id},
                                    {"type", resource.type}});
    }
    attributes.ref = arn;
    attributes.attributes = {{"PolicyArn", arn}};
    return std::nullopt;
}

std::optional<CfnIssue> translate_role(const Resource& resource, Output& out, CfnAttributes& attributes) {
    Properties p(resource, out);
    const std::string name = p.text("RoleName").value_or(generated_name(out, resource.id, 64));
    const std::string path = p.text("Path").value_or("/");
    Json request = {{"RoleName", name},
                    {"Path", path},
                    {"AssumeRolePolicyDocument", p.document("AssumeRolePolicyDocument", true).value_or("")}};
    if (auto d = p.text("Description")) request["Description"] = *d;
    if (auto m = p.integer("MaxSessionDuration")) request["MaxSessionDuration"] = *m;
    auto managed = string_list(p, "ManagedPolicyArns");
    auto policies = inline_policies(p, name);
    p.ignore("Tags", kNoEffect);
    p.ignore("PermissionsBoundary",
             "the playground's policy evaluator does not apply permissions boundaries");
    if (auto error = p.finish()) return error;
    add_request(out, resource, "iam", "CreateRole", std::move(request));
    for (const auto& arn : *managed)
        add_request(out, resource, "iam", "AttachRolePolicy", Json{{"RoleName", name}, {"PolicyArn", arn}});
    for (auto& put : *policies)
        add_request(out, resource, "iam", "PutRolePolicy", std::move(put));
    attributes.ref = name;
    attributes.attributes = {{"Arn", iam_arn(out.account_id, "role", path, name)}};
    return std::nullopt;
}

std::optional<CfnIssue> translate_function(const Resource& resource, Output& out, CfnAttributes& attributes) {
    Properties p(resource, out);
    const std::string name = p.text("FunctionName").value_or(generated_name(out, resource.id, 64));
    auto behavior = behavior_of(resource);
    Json request = function_request(p, name, behavior.value_or(Json::object()));
    check_code(p);
    ignore_function_extras(p);
    if (auto error = p.finish()) return error;
    if (!behavior) {
        out.plan.warnings.push_back(
            CfnIssue{resource.id, resource.type, "Code",
                     "not run: the playground simulates the function as returning null; describe what it "
                     "does in Metadata." +
                         std::string(kCfnMetadataKey) + ".Behavior"});
    }
    add_request(out, resource, "lambda", "CreateFunction", std::move(request));
    attributes.ref = name;
    attributes.attributes = {{"Arn", function_arn(out.region, out.account_id, name)}};
    return std::nullopt;
}

}  // namespace evb::cfn_import
