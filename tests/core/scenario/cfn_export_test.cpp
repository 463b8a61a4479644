#include "evb/scenario/cfn_export.hpp"
#include "evb/scenario/cfn_logical_ids.hpp"
#include "evb/scenario/cfn_template.hpp"

#include "scenario_fixtures.hpp"

using evb::Json;
using evb::test::call_ok;

namespace {

// orders_world is the shared fixture with big orders (price > 100) sent to the log group.
evb::World orders_world() {
    return evb::test::orders_world(R"({"detail":{"price":[{"numeric":[">",100]}]}})");
}

// indented prefixes every line of text with n spaces and ends each with a newline.
std::string indented(const std::string& text, int n) {
    std::string out;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        out += std::string(static_cast<std::size_t>(n), ' ') + text.substr(start, end - start) + "\n";
        start = end + 1;
    }
    return out;
}

}  // namespace

TEST_CASE("scenario: the YAML export of a small world reads as a hand-written template") {
    const std::string policy =
        R"({"Version":"2012-10-17","Statement":[{"Sid":"EventBridgeToCloudWatchLogs","Effect":"Allow","Principal":{"Service":)"
        R"(["events.amazonaws.com","delivery.logs.amazonaws.com"]},"Action":["logs:CreateLogStream","logs:PutLogEvents"],)"
        R"("Resource":["arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:/aws/events/orders:*"]}]})";
    CHECK(evb::export_cloudformation_yaml(orders_world().account()) ==
          "AWSTemplateFormatVersion: \"2010-09-09\"\n"
          "Description: EventBridge Playground world (account 123456789012, region us-east-1) with 1 custom "
          "event bus, 1 rule, "
          "1 log group, 0 roles and 0 functions\n"
          "Resources:\n"
          "  EventBusOrders:\n"
          "    Type: AWS::Events::EventBus\n"
          "    Properties:\n"
          "      Name: orders\n"
          "  LogGroupAwsEventsOrders:\n"
          "    Type: AWS::Logs::LogGroup\n"
          "    Properties:\n"
          "      LogGroupName: /aws/events/orders\n"
          "  LogsResourcePolicyForEventBridge:\n"
          "    Type: AWS::Logs::ResourcePolicy\n"
          "    Properties:\n"
          "      PolicyName: !Sub ${AWS::StackName}-EventBridgeToCloudWatchLogs\n"
          "      PolicyDocument: !Sub |-\n" +
              indented(Json::parse(policy).dump(2), 8) +
              "  RuleOrdersBig:\n"
              "    Type: AWS::Events::Rule\n"
              "    Properties:\n"
              "      Name: big\n"
              "      EventBusName: !Ref EventBusOrders\n"
              "      EventPattern:\n"
              "        detail:\n"
              "          price:\n"
              "            - numeric:\n"
              "                - \">\"\n"
              "                - 100\n"
              "      State: ENABLED\n"
              "      Targets:\n"
              "        - Id: logs\n"
              "          Arn: !Sub "
              "arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:${"
              "LogGroupAwsEventsOrders}\n");
}

TEST_CASE("scenario: the tutorial's template refers to its own resources with Ref and GetAtt") {
    evb::World w = evb::test::rich_world();
    const Json t = evb::export_cloudformation(w.account());
    const Json& r = t["Resources"];
    const Json& rule = r["RuleManualOrderBusManualOrderRule"]["Properties"];
    CHECK(rule["EventBusName"] == evb::cfn_ref("EventBusManualOrderBus"));
    CHECK(rule["EventPattern"] == Json::parse(R"({"account":[{"Ref":"AWS::AccountId"}]})"));
    CHECK(rule["Targets"][0]["Arn"] ==
          evb::cfn_sub("arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:${"
                       "LogGroupAwsEventsManualOrderCw}"));
    const Json& fn = r["FunctionManualOrderFunction"];
    CHECK(fn["Properties"]["Role"] == evb::cfn_get_att("RoleMyManualOrderRoleHcqiducd", "Arn"));
    CHECK(fn["Metadata"]["EvbPlayground"]["Behavior"] == evb::manual_order_behavior());
    CHECK(fn["Properties"]["Code"]["ZipFile"].get<std::string>().find(
              "def lambda_handler(event, context):") != std::string::npos);
    const Json& role = r["RoleMyManualOrderRoleHcqiducd"]["Properties"];
    CHECK(role["Path"] == "/service-role/");
    CHECK(role["ManagedPolicyArns"][0] ==
          evb::cfn_ref("PolicyAWSLambdaBasicExecutionRole6af4c077Cafc4890884c974e782ff00a"));
    CHECK(role["ManagedPolicyArns"][1] == "arn:aws:iam::aws:policy/AmazonEventBridgeFullAccess");
    const Json& big = r["RuleManualOrderBusBigOrders"]["Properties"];
    CHECK(big["Targets"][1]["Arn"] == evb::cfn_get_att("EventBusAudit", "Arn"));
    CHECK(big["Targets"][1]["RoleArn"] == evb::cfn_get_att("RoleEventsToAudit", "Arn"));
    CHECK(big["Targets"][0]["InputTransformer"]["InputPathsMap"]["price"] == "$.detail.price");
    CHECK(r["RuleAuditAuditAll"]["Properties"]["Targets"][0]["Arn"] ==
          evb::cfn_get_att("LogGroupAwsEventsAudit", "Arn"));
    CHECK(r["RuleEvery5Minutes"]["Properties"]["ScheduleExpression"] == "rate(5 minutes)");
    CHECK(r["RuleEvery5Minutes"]["Properties"]["State"] == "DISABLED");
    CHECK(r["PermissionInvokeFunctionFn"]["Properties"]["SourceArn"] ==
          evb::cfn_get_att("RuleInvokeFunction", "Arn"));
}

TEST_CASE("scenario: functions without python or node code point at a placeholder S3 package") {
    evb::World w = evb::test::rich_world();
    call_ok(
        w, "iam", "CreateRole",
        {{"RoleName", "java-role"},
         {"AssumeRolePolicyDocument",
          R"({"Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]})"}});
    call_ok(w, "lambda", "CreateFunction",
            {{"FunctionName", "java-fn"},
             {"Runtime", "java17"},
             {"Handler", "a.B::handle"},
             {"Role", "arn:aws:iam::123456789012:role/java-role"},
             {"Code", {{"ZipFile", "e30="}}}});
    const Json t = evb::export_cloudformation(w.account());
    CHECK(t["Resources"]["FunctionJavaFn"]["Properties"]["Code"] ==
          Json::parse(R"({"S3Bucket":"REPLACE-WITH-YOUR-BUCKET","S3Key":"java-fn.zip"})"));
}

TEST_CASE("scenario: logical ids come from names, unique and alphanumeric") {
    evb::LogicalIds ids;
    CHECK(ids.assign("Rule", "manual-order-rule") == "RuleManualOrderRule");
    CHECK(ids.assign("LogGroup", "/aws/events/a_b") == "LogGroupAwsEventsAB");
    CHECK(ids.assign("LogGroup", "/aws/events/a-b") == "LogGroupAwsEventsAB2");
    CHECK(ids.assign("LogGroup", "/aws/events/a_b") == "LogGroupAwsEventsAB");
    CHECK(ids.find("LogGroup", "/aws/events/a-b") == "LogGroupAwsEventsAB2");
    CHECK_FALSE(ids.find("Rule", "other"));
    CHECK(ids.assign("Rule", std::string(400, 'x')).size() <= evb::kMaxLogicalIdLength);
}

TEST_CASE("scenario: the same world always exports the same bytes") {
    CHECK(evb::export_cloudformation_yaml(evb::test::rich_world().account()) ==
          evb::export_cloudformation_yaml(evb::test::rich_world().account()));
}
