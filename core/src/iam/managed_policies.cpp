#include "evb/iam/managed_policies.hpp"

#include "evb/common/sha256.hpp"
#include "evb/common/time_format.hpp"

namespace evb {
namespace {

constexpr char kIdAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

// stable_policy_id derives an ANPA... id from the policy name, the same in every world.
std::string stable_policy_id(std::string_view name) {
    const auto digest = sha256(name);
    std::string id = "ANPA";
    for (int i = 0; i < 17; ++i)
        id += kIdAlphabet[digest[i] % 32];
    return id;
}

// pass_role_statement allows passing roles to one service principal.
Json pass_role_statement(const char* sid, const char* service) {
    return Json{{"Sid", sid},
                {"Effect", "Allow"},
                {"Action", "iam:PassRole"},
                {"Resource", "arn:aws:iam::*:role/*"},
                {"Condition", {{"StringLike", {{"iam:PassedToService", service}}}}}};
}

// linked_role_statement allows creating one service-linked role.
Json linked_role_statement(const char* sid, const char* resource, const char* service) {
    return Json{{"Sid", sid},
                {"Effect", "Allow"},
                {"Action", "iam:CreateServiceLinkedRole"},
                {"Resource", resource},
                {"Condition", {{"StringEquals", {{"iam:AWSServiceName", service}}}}}};
}

// event_bridge_full_access is AmazonEventBridgeFullAccess' document.
Json event_bridge_full_access() {
    Json statements = Json::array();
    statements.push_back(Json{{"Sid", "EventBridgeActions"},
                              {"Effect", "Allow"},
                              {"Action", {"events:*", "schemas:*", "scheduler:*", "pipes:*"}},
                              {"Resource", "*"}});
    statements.push_back(
        linked_role_statement("IAMCreateServiceLinkedRoleForApiDestinations",
                              "arn:aws:iam::*:role/aws-service-role/apidestinations.events.amazonaws.com/"
                              "AWSServiceRoleForAmazonEventBridgeApiDestinations",
                              "apidestinations.events.amazonaws.com"));
    statements.push_back(linked_role_statement(
        "IAMCreateServiceLinkedRoleForAmazonEventBridgeSchemas",
        "arn:aws:iam::*:role/aws-service-role/schemas.amazonaws.com/AWSServiceRoleForSchemas",
        "schemas.amazonaws.com"));
    statements.push_back(
        Json{{"Sid", "SecretsManagerAccessForApiDestinations"},
             {"Effect", "Allow"},
             {"Action",
              {"secretsmanager:CreateSecret", "secretsmanager:UpdateSecret", "secretsmanager:DeleteSecret",
               "secretsmanager:GetSecretValue", "secretsmanager:PutSecretValue"}},
             {"Resource", "arn:aws:secretsmanager:*:*:secret:events!*"}});
    statements.push_back(pass_role_statement("IAMPassRoleAccessForEventBridge", "events.amazonaws.com"));
    statements.push_back(pass_role_statement("IAMPassRoleAccessForScheduler", "scheduler.amazonaws.com"));
    statements.push_back(pass_role_statement("IAMPassRoleAccessForPipes", "pipes.amazonaws.com"));
    return Json{{"Version", "2012-10-17"}, {"Statement", statements}};
}

// lambda_basic_execution is AWSLambdaBasicExecutionRole's document.
Json lambda_basic_execution() {
    return Json{
        {"Version", "2012-10-17"},
        {"Statement",
         Json::array({Json{{"Effect", "Allow"},
                           {"Action", {"logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"}},
                           {"Resource", "*"}}})}};
}

// logs_full_access is CloudWatchLogsFullAccess' document.
Json logs_full_access() {
    return Json{{"Version", "2012-10-17"},
                {"Statement", Json::array({Json{{"Sid", "CloudWatchLogsFullAccess"},
                                                {"Effect", "Allow"},
                                                {"Action", {"logs:*", "cloudwatch:GenerateQuery"}},
                                                {"Resource", "*"}}})}};
}

// add adds one AWS managed policy.
void add(Account& account, const char* name, const char* path, const char* description, Json document,
         const char* created, const char* updated) {
    ManagedPolicy policy;
    policy.name = name;
    policy.path = path;
    policy.id = stable_policy_id(name);
    policy.arn = std::string("arn:aws:iam::aws:policy") + path + name;
    policy.description = description;
    policy.document = std::move(document);
    policy.create_ms = parse_iso8601(created).value_or(0);
    policy.update_ms = parse_iso8601(updated).value_or(0);
    policy.aws_managed = true;
    account.iam.policies[policy.arn] = std::move(policy);
}

}  // namespace

void install_managed_policies(Account& account) {
    add(account, "AmazonEventBridgeFullAccess", "/", "Provides full access to Amazon EventBridge.",
        event_bridge_full_access(), "2019-07-11T14:08:00Z", "2025-01-22T01:37:00Z");
    add(account, "AWSLambdaBasicExecutionRole", "/service-role/",
        "Provides write permissions to CloudWatch Logs.", lambda_basic_execution(), "2015-04-09T15:03:43Z",
        "2015-04-09T15:03:43Z");
    add(account, "CloudWatchLogsFullAccess", "/", "Provides full access to CloudWatch Logs",
        logs_full_access(), "2015-02-06T18:40:00Z", "2024-08-05T14:49:00Z");
}

}  // namespace evb
