// The rest of the exported template: log groups, customer managed policies, roles and functions.
#include "cfn_export_context.hpp"
#include "evb/common/arn.hpp"
#include "evb/scenario/cfn_export.hpp"
#include "evb/scenario/cfn_template.hpp"

namespace evb::cfn_export {
namespace {

// handler_function is the function part of a handler ("lambda_function.lambda_handler" -> "lambda_handler").
std::string handler_function(const std::string& handler) {
    const auto dot = handler.rfind('.');
    std::string name = dot == std::string::npos ? handler : handler.substr(dot + 1);
    return upper_camel(name).empty() ? "handler" : name;
}

// placeholder_code is inline code that says it must be replaced (python and nodejs), or an S3 location.
Json placeholder_code(const LambdaFunction& f) {
    const std::string note =
        "The EventBridge Playground simulated " + f.name + "; its code cannot be exported.";
    const std::string fn = handler_function(f.handler);
    if (f.runtime.rfind("python", 0) == 0) {
        return Json{
            {"ZipFile",
             "# " + note +
                 "\n# Replace this placeholder (CloudFormation stores inline code as index.py).\n"
                 "def " +
                 fn + "(event, context):\n    raise NotImplementedError(\"replace the placeholder code of " +
                 f.name + "\")\n"}};
    }
    if (f.runtime.rfind("nodejs", 0) == 0) {
        return Json{
            {"ZipFile", "// " + note +
                            "\n// Replace this placeholder (CloudFormation stores inline code as index.js).\n"
                            "exports." +
                            fn + " = async () => {\n  throw new Error('replace the placeholder code of " +
                            f.name + "');\n};\n"}};
    }
    return Json{{"S3Bucket", "REPLACE-WITH-YOUR-BUCKET"}, {"S3Key", f.name + ".zip"}};
}

Json function_metadata(const LambdaFunction& f) {
    return Json{{kCfnMetadataKey,
                 {{"Behavior", f.behavior},
                  {"Note",
                   "The playground simulates this function with Behavior; real AWS runs Code, a placeholder "
                   "to replace."}}}};
}

Json function_properties(const Context& context, const LambdaFunction& f) {
    Json p = {{"FunctionName", f.name}};
    if (!f.description.empty()) p["Description"] = f.description;
    p["Runtime"] = f.runtime;
    p["Handler"] = f.handler;
    p["Role"] = context.portable_string(f.role);
    if (f.timeout != 3) p["Timeout"] = f.timeout;
    if (f.memory_size != 128) p["MemorySize"] = f.memory_size;
    if (f.environment.is_object()) p["Environment"] = f.environment;
    p["Code"] = placeholder_code(f);
    return p;
}

Json role_properties(const Context& context, const Role& role) {
    Json p = {{"RoleName", role.name}};
    if (role.path != "/") p["Path"] = role.path;
    if (role.description) p["Description"] = *role.description;
    if (role.max_session_duration != 3600) p["MaxSessionDuration"] = role.max_session_duration;
    p["AssumeRolePolicyDocument"] = context.portable_tree(role.assume_role_policy);
    if (!role.attached_policy_arns.empty()) {
        p["ManagedPolicyArns"] = Json::array();
        for (const auto& arn : role.attached_policy_arns)
            p["ManagedPolicyArns"].push_back(context.portable_string(arn));
    }
    if (!role.inline_policies.empty()) {
        p["Policies"] = Json::array();
        for (const auto& [name, document] : role.inline_policies) {
            p["Policies"].push_back(
                Json{{"PolicyName", name}, {"PolicyDocument", context.portable_tree(document)}});
        }
    }
    return p;
}

}  // namespace

void register_other_refs(Context& context) {
    const Account& a = context.account;
    const std::string& region = a.config.region;
    const std::string& account = a.config.account_id;
    for (const auto& [name, group] : a.logs.groups) {
        const std::string id = context.ids.assign(kLogGroupKind, name);
        const std::string arn = log_group_arn(region, account, name);
        context.arn_refs[arn] =
            cfn_sub("arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:${" + id + "}");
        context.arn_refs[arn + ":*"] = cfn_get_att(id, "Arn");
    }
    for (const auto& [arn, policy] : a.iam.policies) {
        if (!policy.aws_managed)
            context.arn_refs[arn] = cfn_ref(context.ids.assign(kPolicyKind, policy.name));
    }
    for (const auto& [name, role] : a.iam.roles) {
        context.arn_refs[iam_arn(account, "role", role.path, name)] =
            cfn_get_att(context.ids.assign(kRoleKind, name), "Arn");
    }
    for (const auto& [name, f] : a.lambda.functions) {
        context.arn_refs[function_arn(region, account, name)] =
            cfn_get_att(context.ids.assign(kFunctionKind, name), "Arn");
    }
}

void add_log_groups(Context& context) {
    for (const auto& [name, group] : context.account.logs.groups) {
        Json p = {{"LogGroupName", name}};
        if (group.retention_days) p["RetentionInDays"] = *group.retention_days;
        context.add_resource(*context.ids.find(kLogGroupKind, name), "AWS::Logs::LogGroup", std::move(p));
    }
}

void add_managed_policies(Context& context) {
    for (const auto& [arn, policy] : context.account.iam.policies) {
        if (policy.aws_managed) continue;
        Json p = {{"ManagedPolicyName", policy.name}};
        if (policy.path != "/") p["Path"] = policy.path;
        if (!policy.description.empty()) p["Description"] = policy.description;
        p["PolicyDocument"] = context.portable_tree(policy.document);
        context.add_resource(*context.ids.find(kPolicyKind, policy.name), "AWS::IAM::ManagedPolicy",
                             std::move(p));
    }
}

void add_roles(Context& context) {
    for (const auto& [name, role] : context.account.iam.roles) {
        context.add_resource(*context.ids.find(kRoleKind, name), "AWS::IAM::Role",
                             role_properties(context, role));
    }
}

void add_functions(Context& context) {
    for (const auto& [name, f] : context.account.lambda.functions) {
        context.add_resource(*context.ids.find(kFunctionKind, name), "AWS::Lambda::Function",
                             function_properties(context, f), function_metadata(f));
    }
}

}  // namespace evb::cfn_export
