#include "evb/scenario/tutorial_example.hpp"

#include "evb/common/base64.hpp"

#include <string>

namespace evb {
namespace {

constexpr const char* kBasicPolicyName = "AWSLambdaBasicExecutionRole-6af4c077-cafc-4890-884c-974e782ff00a";
constexpr const char* kRoleName = "myManualOrder-role-hcqiducd";

// step is one request of the list.
Json step(const char* service, const char* operation, Json request) {
    return Json{{"service", service}, {"operation", operation}, {"request", std::move(request)}};
}

// basic_execution_policy is the policy the Lambda console generates for a new function's role.
Json basic_execution_policy(const std::string& region, const std::string& account) {
    const std::string prefix = "arn:aws:logs:" + region + ":" + account;
    return Json{
        {"Version", "2012-10-17"},
        {"Statement",
         Json::array(
             {Json{{"Effect", "Allow"}, {"Action", "logs:CreateLogGroup"}, {"Resource", prefix + ":*"}},
              Json{{"Effect", "Allow"},
                   {"Action", {"logs:CreateLogStream", "logs:PutLogEvents"}},
                   {"Resource", {prefix + ":log-group:/aws/lambda/manual-order-function:*"}}}})}};
}

// lambda_trust_policy lets Lambda assume the role.
Json lambda_trust_policy() {
    return Json{{"Version", "2012-10-17"},
                {"Statement", Json::array({Json{{"Effect", "Allow"},
                                                {"Principal", {{"Service", "lambda.amazonaws.com"}}},
                                                {"Action", "sts:AssumeRole"}}})}};
}

// events_steps creates the bus, the catch-all rule, the log group and the target.
void events_steps(Json& steps, const std::string& region, const std::string& account) {
    steps.push_back(step("events", "CreateEventBus", {{"Name", "manual-order-bus"}}));
    steps.push_back(step("events", "PutRule",
                         {{"Name", "manual-order-rule"},
                          {"EventPattern", "{\"account\":[\"" + account + "\"]}"},
                          {"State", "ENABLED"},
                          {"EventBusName", "manual-order-bus"}}));
    steps.push_back(step("logs", "CreateLogGroup", {{"logGroupName", "/aws/events/manual-order-cw"}}));
    const std::string group_arn =
        "arn:aws:logs:" + region + ":" + account + ":log-group:/aws/events/manual-order-cw";
    steps.push_back(step("events", "PutTargets",
                         {{"Rule", "manual-order-rule"},
                          {"EventBusName", "manual-order-bus"},
                          {"Targets", Json::array({Json{{"Id", "manual-order-cw"}, {"Arn", group_arn}}})}}));
}

// iam_steps creates the role and attaches its two policies.
void iam_steps(Json& steps, const std::string& region, const std::string& account) {
    steps.push_back(step("iam", "CreatePolicy",
                         {{"PolicyName", kBasicPolicyName},
                          {"Path", "/service-role/"},
                          {"PolicyDocument", basic_execution_policy(region, account).dump()}}));
    steps.push_back(step("iam", "CreateRole",
                         {{"RoleName", kRoleName},
                          {"Path", "/service-role/"},
                          {"AssumeRolePolicyDocument", lambda_trust_policy().dump()}}));
    steps.push_back(
        step("iam", "AttachRolePolicy",
             {{"RoleName", kRoleName},
              {"PolicyArn", "arn:aws:iam::" + account + ":policy/service-role/" + kBasicPolicyName}}));
    steps.push_back(step(
        "iam", "AttachRolePolicy",
        {{"RoleName", kRoleName}, {"PolicyArn", "arn:aws:iam::aws:policy/AmazonEventBridgeFullAccess"}}));
}

}  // namespace

Json manual_order_behavior() {
    const Json order = {
        {"orderNumber", "123"},
        {"productId", "ISN123"},
        {"price", 100},
        {"customer", {{"name", "Jane Doe"}, {"customerId", "1"}, {"address", "galaxy far far away"}}}};
    return Json{{"putEvents", Json::array({Json{{"Source", "Order Service"},
                                                {"DetailType", "New Order"},
                                                {"Detail", order},
                                                {"EventBusName", "manual-order-bus"}}})},
                {"returns", Json{{"statusCode", 200}, {"body", "\"Hello from Lambda!\""}}}};
}

Json tutorial_requests(std::string_view region_view, std::string_view account_view) {
    const std::string region(region_view), account(account_view);
    Json steps = Json::array();
    events_steps(steps, region, account);
    iam_steps(steps, region, account);
    steps.push_back(step("lambda", "CreateFunction",
                         {{"FunctionName", "manual-order-function"},
                          {"Runtime", "python3.6"},
                          {"Role", "arn:aws:iam::" + account + ":role/service-role/" + kRoleName},
                          {"Handler", "lambda_function.lambda_handler"},
                          {"Code", {{"ZipFile", base64_encode(manual_order_behavior().dump())}}}}));
    return steps;
}

std::optional<ApiError> install_tutorial_example(World& world) {
    for (const auto& s : tutorial_requests(world.region(), world.account_id())) {
        ApiResult result = world.call(s.at("service").get<std::string>(),
                                      s.at("operation").get<std::string>(), s.at("request"));
        if (!result.ok()) return result.error();
    }
    return std::nullopt;
}

}  // namespace evb
