#include "evb/scenario/cfn_import.hpp"

#include "scenario_fixtures.hpp"

using evb::Json;

namespace {

constexpr const char* kHandWritten = R"(# A template as people write them
AWSTemplateFormatVersion: '2010-09-09'
Description: >
  Orders pipeline,
  written by hand.
Parameters:
  Threshold:
    Type: Number
    Default: 100
  Stage:
    Type: String
    Default: dev
Resources:
  OrdersBus:
    Type: AWS::Events::EventBus
    Properties:
      Name: !Sub "orders-${Stage}"
      Tags:
        - Key: team
          Value: shop
  BigOrdersLog:
    Type: AWS::Logs::LogGroup
    Properties:
      LogGroupName: !Join ["/", ["", aws, events, !Ref Stage, big-orders]]
      RetentionInDays: 7
  BigOrders:
    Type: AWS::Events::Rule
    DependsOn: BigOrdersLog
    Properties:
      EventBusName: !Ref OrdersBus     # a name
      Description: !Sub "Orders over ${Threshold}"
      EventPattern:
        source: [shop]
        detail:
          price:
            - numeric: [">", 100]
      Targets:
        - Id: log
          Arn: !GetAtt BigOrdersLog.Arn
          InputTransformer:
            InputPathsMap:
              price: $.detail.price
            InputTemplate: |
              {"price": <price>}
)";

evb::CfnImport import_text(evb::World& world, std::string_view text) {
    evb::CfnImport r = evb::import_cloudformation(world, text);
    if (r.error) INFO(evb::describe_issue(*r.error));
    return r;
}

// import_error imports a template that must fail and returns the error line; the world must not change.
std::string import_error(std::string_view text) {
    evb::World world = evb::test::rich_world();
    const std::string before = world.save();
    evb::CfnImport r = evb::import_cloudformation(world, text);
    INFO(text);
    REQUIRE(r.error);
    CHECK(world.save() == before);
    return evb::describe_issue(*r.error);
}

std::string one_resource(const std::string& type, const std::string& properties) {
    return "Resources:\n  Thing:\n    Type: " + type + "\n    Properties:\n" + properties;
}

}  // namespace

TEST_CASE("scenario: a hand-written YAML template with short forms, parameters and comments imports") {
    evb::World world;
    evb::CfnImport r = import_text(world, kHandWritten);
    REQUIRE(r.ok());
    const evb::Rule& rule = world.account().events.buses.at("orders-dev").rules.begin()->second;
    CHECK(rule.name.rfind("playground-BigOrders-", 0) == 0);
    CHECK(rule.name.size() == 34);
    CHECK(*rule.event_pattern == R"({"source":["shop"],"detail":{"price":[{"numeric":[">",100]}]}})");
    CHECK(rule.description == "Orders over 100");
    CHECK(rule.targets.at(0).arn ==
          "arn:aws:logs:us-east-1:123456789012:log-group:/aws/events/dev/big-orders:*");
    CHECK(rule.targets.at(0).input_transformer->input_template == "{\"price\": <price>}\n");
    CHECK(world.account().logs.groups.count("/aws/events/dev/big-orders") == 1);
    std::vector<std::string> warned;
    for (const auto& w : r.plan.warnings)
        warned.push_back(w.resource + "." + w.property);
    CHECK(warned == std::vector<std::string>{"OrdersBus.Tags", "BigOrdersLog.RetentionInDays"});
}

TEST_CASE("scenario: generated names are deterministic and follow the stack name") {
    evb::World a, b;
    REQUIRE(import_text(a, kHandWritten).ok());
    REQUIRE(
        evb::import_cloudformation(b, kHandWritten, evb::CfnImportOptions{"shop", {{"Stage", "prod"}}}).ok());
    CHECK(b.account().events.buses.count("orders-prod") == 1);
    CHECK(b.account().events.buses.at("orders-prod").rules.begin()->first.rfind("shop-BigOrders-", 0) == 0);
    evb::World again;
    REQUIRE(import_text(again, kHandWritten).ok());
    CHECK(again.account().events.buses.at("orders-dev").rules.begin()->first ==
          a.account().events.buses.at("orders-dev").rules.begin()->first);
}

TEST_CASE("scenario: a JSON template with long-form intrinsics imports") {
    evb::World world;
    const std::string text = R"({"Resources": {
        "Bus": {"Type": "AWS::Events::EventBus", "Properties": {"Name": "b"}},
        "Rule": {"Type": "AWS::Events::Rule", "Properties": {"Name": "r", "EventBusName": {"Fn::GetAtt": ["Bus", "Arn"]},
                 "EventPattern": "{\"source\":[\"x\"]}", "State": "DISABLED",
                 "Targets": [{"Id": "t", "Arn": {"Fn::Sub": ["arn:aws:events:${AWS::Region}:${AWS::AccountId}:event-bus/${Name}", {"Name": {"Ref": "Bus"}}]},
                              "Input": {"constant": true}}]}}}})";
    REQUIRE(import_text(world, text).ok());
    const evb::Rule& rule = world.account().events.buses.at("b").rules.at("r");
    CHECK(rule.state == "DISABLED");
    CHECK(rule.targets.at(0).arn == "arn:aws:events:us-east-1:123456789012:event-bus/b");
    CHECK(rule.targets.at(0).input == R"({"constant":true})");
}

TEST_CASE("scenario: Ref of a rule on a custom bus is bus|rule, as CloudFormation answers") {
    evb::World world;
    const std::string text =
        one_resource("AWS::Events::EventBus", "      Name: b\n") +
        "  R:\n    Type: AWS::Events::Rule\n    Properties:\n      Name: r\n      EventBusName: b\n"
        "      EventPattern: {source: [x]}\n"
        "  R2:\n    Type: AWS::Events::Rule\n    Properties:\n      Name: r2\n      EventBusName: b\n"
        "      EventPattern: {source: [x]}\n      Description: !Ref R\n";
    REQUIRE(import_text(world, text).ok());
    CHECK(world.account().events.buses.at("b").rules.at("r2").description == "b|r");
}

TEST_CASE("scenario: import errors name the resource and the property, and leave the world untouched") {
    CHECK(import_error(one_resource("AWS::SQS::Queue", "      QueueName: q\n"))
              .rfind("Resource Thing (AWS::SQS::Queue): this resource type is not supported by the "
                     "playground (supported: AWS::Events::EventBus",
                     0) == 0);
    CHECK(import_error(one_resource("AWS::Events::EventBus", "      Name: x\n      KmsKeyIdentifier: k\n")) ==
          "Resource Thing (AWS::Events::EventBus), property KmsKeyIdentifier: is not supported by the "
          "playground");
    CHECK(import_error(one_resource(
              "AWS::Events::Rule",
              "      EventPattern: {source: [x]}\n      Targets:\n        - Id: q\n          Arn: a\n"
              "          SqsParameters: {MessageGroupId: g}\n")) ==
          "Resource Thing (AWS::Events::Rule), property Targets[0].SqsParameters: is not supported by the "
          "playground");
    CHECK(import_error(one_resource("AWS::Events::EventBus", "      Name: !If [c, a, b]\n"))
              .rfind("Resource Thing (AWS::Events::EventBus), property Name: Fn::If is not supported", 0) ==
          0);
    CHECK(import_error(one_resource("AWS::Events::EventBus", "      Name: !Ref Nothing\n")) ==
          "Resource Thing (AWS::Events::EventBus), property Name: Ref Nothing: no such resource or parameter "
          "in the template");
    CHECK(import_error(one_resource("AWS::Events::EventBus", "      Description: d\n")) ==
          "Resource Thing (AWS::Events::EventBus), property Name: is required");
    CHECK(import_error("Transform: AWS::Serverless-2016-10-31\nResources: {}\n") ==
          "Template Transform: transforms (such as AWS::Serverless) are not supported by the playground");
    CHECK(import_error("Resources:\n  A: [\n").rfind("Template: the template is not valid YAML: line 3", 0) ==
          0);
    CHECK(import_error("Parameters:\n  P: {Type: String}\nResources:\n  A: {Type: AWS::Logs::LogGroup}\n") ==
          "Template Parameters.P: has no Default value; give the parameter a value");
}

TEST_CASE("scenario: an API error during import names the resource and nothing is half-applied") {
    CHECK(import_error(one_resource("AWS::Events::EventBus", "      Name: fresh-bus\n") +
                       "  Bad:\n    Type: AWS::Events::Rule\n    Properties:\n      EventBusName: "
                       "fresh-bus\n      EventPattern: {source: x}\n")
              .rfind("Resource Bad (AWS::Events::Rule): PutRule failed: InvalidEventPatternException: Event "
                     "pattern is not valid.",
                     0) == 0);
    CHECK(import_error(one_resource("AWS::Events::EventBus", "      Name: audit\n")) ==
          "Resource Thing (AWS::Events::EventBus): CreateEventBus failed: ResourceAlreadyExistsException: "
          "Event bus audit already exists.");
}

TEST_CASE("scenario: circular references are refused") {
    CHECK(import_error("Resources:\n"
                       "  A: {Type: AWS::Events::EventBus, Properties: {Name: !Ref B}}\n"
                       "  B: {Type: AWS::Events::EventBus, Properties: {Name: !Ref A}}\n") ==
          "Template Resources: the resources refer to each other in a circle");
}

TEST_CASE("scenario: permissions, resource policies and placeholders are accepted with a warning") {
    evb::World world = evb::test::rich_world();
    const std::string text =
        "Resources:\n"
        "  P:\n    Type: AWS::Lambda::Permission\n    Properties:\n      Action: lambda:InvokeFunction\n     "
        " FunctionName: manual-order-function\n"
        "      Principal: events.amazonaws.com\n"
        "  W:\n    Type: AWS::CloudFormation::WaitConditionHandle\n";
    evb::CfnImport r = import_text(world, text);
    REQUIRE(r.ok());
    REQUIRE(r.plan.warnings.size() == 2);
    CHECK(evb::describe_issue(r.plan.warnings[0]) ==
          "Resource P (AWS::Lambda::Permission): has no effect here: in the playground every rule may invoke "
          "every function");
}

TEST_CASE(
    "scenario: a function imported without playground metadata is simulated as returning null, with a "
    "warning") {
    evb::World world;
    const std::string text =
        "Resources:\n"
        "  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument:\n        "
        "Statement:\n"
        "          - {Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: sts:AssumeRole}\n"
        "  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: python3.12\n      Handler: "
        "index.handler\n"
        "      Role: !GetAtt Role.Arn\n      Timeout: '30'\n      Code:\n        ZipFile: |\n          def "
        "handler(event, context):\n            return 1\n";
    evb::CfnImport r = import_text(world, text);
    REQUIRE(r.ok());
    const auto& f = world.account().lambda.functions.begin()->second;
    CHECK(f.timeout == 30);
    CHECK(f.behavior == Json::object());
    CHECK(f.role == "arn:aws:iam::123456789012:role/" + world.account().iam.roles.begin()->first);
    REQUIRE(r.plan.warnings.size() == 1);
    CHECK(r.plan.warnings[0].property == "Code");
}

TEST_CASE("scenario: the import result shapes errors, warnings and requests for the page") {
    evb::World world;
    const Json ok = evb::import_result_json(
        evb::import_cloudformation(world, one_resource("AWS::Events::EventBus", "      Name: x\n")));
    CHECK(ok["ok"] == true);
    CHECK(ok["error"].is_null());
    CHECK(ok["resources"] == Json::array({"Thing (AWS::Events::EventBus) x"}));
    CHECK(ok["requests"][0]["operation"] == "CreateEventBus");
    const Json bad = evb::import_result_json(evb::import_cloudformation(world, "nope: ["));
    CHECK(bad["ok"] == false);
    CHECK(bad["error"]["text"].get<std::string>().rfind("Template: the template is not valid YAML", 0) == 0);
}
