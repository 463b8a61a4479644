// AWS Identity and Access Management's role operations as the AWS CLI presents them (aws iam ...).
#include "operation_model.hpp"

namespace evb::cli {
namespace {

Paginator marker_pages(const char* result_key) {
    return Paginator{"Marker", "Marker", "MaxItems", "IsTruncated", {result_key}};
}

}  // namespace

std::vector<OperationSpec> iam_operations() {
    return {
        make_operation(
            "iam", "CreateRole", "Creates a new role for your AWS account.",
            {
                {"Path", "string", "The path to the role (default /), e.g. /service-role/."},
                {"RoleName!", "string", "The name of the role to create.", Resource::Role},
                {"AssumeRolePolicyDocument!", "string", "The trust relationship policy document (JSON)."},
                {"Description", "string", "A description of the role."},
                {"MaxSessionDuration", "integer", "The maximum session duration (in seconds)."},
                {"PermissionsBoundary", "string",
                 "The ARN of the managed policy used as permissions boundary."},
                {"Tags", "list<{Key!:string,Value!:string}>", "A list of tags to attach to the new role."},
            }),
        make_operation(
            "iam", "GetRole", "Retrieves information about the specified role.",
            {
                {"RoleName!", "string", "The name of the IAM role to get information about.", Resource::Role},
            }),
        make_operation("iam", "ListRoles", "Lists the IAM roles that have the specified path prefix.",
                       {
                           {"PathPrefix", "string", "The path prefix for filtering the results."},
                           {"Marker", "string", "The marker returned by a previous truncated response."},
                           {"MaxItems", "integer", "The maximum number of items to return."},
                       },
                       marker_pages("Roles")),
        make_operation(
            "iam", "AttachRolePolicy", "Attaches the specified managed policy to the specified IAM role.",
            {
                {"RoleName!", "string", "The name of the IAM role to attach the policy to.", Resource::Role},
                {"PolicyArn!", "string", "The ARN of the IAM policy you want to attach.",
                 Resource::PolicyArn},
            }),
        make_operation("iam", "DetachRolePolicy",
                       "Removes the specified managed policy from the specified role.",
                       {
                           {"RoleName!", "string", "The name of the IAM role to detach the policy from.",
                            Resource::Role},
                           {"PolicyArn!", "string", "The ARN of the IAM policy you want to detach.",
                            Resource::PolicyArn},
                       }),
        make_operation("iam", "ListAttachedRolePolicies",
                       "Lists all managed policies that are attached to the specified IAM role.",
                       {
                           {"RoleName!", "string", "The name of the role to list attached policies for.",
                            Resource::Role},
                           {"PathPrefix", "string", "The path prefix for filtering the results."},
                           {"Marker", "string", "The marker returned by a previous truncated response."},
                           {"MaxItems", "integer", "The maximum number of items to return."},
                       },
                       marker_pages("AttachedPolicies")),
        make_operation("iam", "DeleteRole", "Deletes the specified role; it must have no policies attached.",
                       {
                           {"RoleName!", "string", "The name of the role to delete.", Resource::Role},
                       }),
        make_operation(
            "iam", "GetRolePolicy",
            "Retrieves the specified inline policy document embedded in the specified role.",
            {
                {"RoleName!", "string", "The name of the role associated with the policy.", Resource::Role},
                {"PolicyName!", "string", "The name of the policy document to get."},
            }),
        make_operation(
            "iam", "ListRolePolicies",
            "Lists the names of the inline policies embedded in the specified role.",
            {
                {"RoleName!", "string", "The name of the role to list policies for.", Resource::Role},
                {"Marker", "string", "The marker returned by a previous truncated response."},
                {"MaxItems", "integer", "The maximum number of items to return."},
            },
            marker_pages("PolicyNames")),
        make_operation(
            "iam", "DeleteRolePolicy",
            "Deletes the specified inline policy that is embedded in the specified role.",
            {
                {"RoleName!", "string", "The name of the role the policy is embedded in.", Resource::Role},
                {"PolicyName!", "string", "The name of the inline policy to delete."},
            }),
        make_operation(
            "iam", "CreatePolicy", "Creates a new managed policy for your AWS account.",
            {
                {"PolicyName!", "string", "The friendly name of the policy."},
                {"Path", "string", "The path for the policy (default /)."},
                {"PolicyDocument!", "string", "The JSON policy document."},
                {"Description", "string", "A friendly description of the policy."},
                {"Tags", "list<{Key!:string,Value!:string}>", "A list of tags to attach to the new policy."},
            }),
        make_operation("iam", "GetPolicy", "Retrieves information about the specified managed policy.",
                       {
                           {"PolicyArn!", "string", "The ARN of the managed policy.", Resource::PolicyArn},
                       }),
        make_operation(
            "iam", "GetPolicyVersion",
            "Retrieves information about the specified version of a managed policy, including its document.",
            {
                {"PolicyArn!", "string", "The ARN of the managed policy.", Resource::PolicyArn},
                {"VersionId!", "string", "The policy version to retrieve (v1, v2, ...)."},
            }),
        make_operation(
            "iam", "PutRolePolicy",
            "Adds or updates an inline policy document embedded in the specified IAM role.",
            {
                {"RoleName!", "string", "The name of the role to associate the policy with.", Resource::Role},
                {"PolicyName!", "string", "The name of the policy document."},
                {"PolicyDocument!", "string", "The policy document (JSON)."},
            }),
    };
}

}  // namespace evb::cli
