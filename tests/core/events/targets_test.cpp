#include "evb/events/service.hpp"
#include "evb/world/world.hpp"

#include "../test_support.hpp"

using evb::Json;
using evb::test::error_of;
using evb::test::ok_call;

namespace {

const std::string kGroupArn = "arn:aws:logs:us-east-1:123456789012:log-group:/g";

// world_with_rule has one rule "r" on the default bus.
evb::World world_with_rule() {
    evb::World world;
    ok_call(world, "events", "PutRule", {{"Name", "r"}, {"EventPattern", R"({"source":["s"]})"}});
    return world;
}

Json targets(Json list) {
    return Json{{"Rule", "r"}, {"Targets", std::move(list)}};
}

}  // namespace

TEST_CASE("PutTargets answers with FailedEntryCount and FailedEntries and the target is listed") {
    evb::World world = world_with_rule();
    CHECK(ok_call(world, "events", "PutTargets", targets(Json::array({{{"Id", "t"}, {"Arn", kGroupArn}}}))) ==
          Json{{"FailedEntryCount", 0}, {"FailedEntries", Json::array()}});
    CHECK(ok_call(world, "events", "ListTargetsByRule", {{"Rule", "r"}}) ==
          Json{{"Targets", Json::array({{{"Id", "t"}, {"Arn", kGroupArn}}})}});
}

TEST_CASE("PutTargets keeps Input, InputPath and InputTransformer in AWS's field order") {
    evb::World world = world_with_rule();
    ok_call(
        world, "events", "PutTargets",
        targets(Json::array({{{"Id", "a"}, {"Arn", kGroupArn}, {"Input", R"({"x":1})"}},
                             {{"Id", "b"}, {"Arn", kGroupArn}, {"InputPath", "$.detail"}},
                             {{"Id", "c"},
                              {"Arn", kGroupArn},
                              {"InputTransformer",
                               {{"InputPathsMap", {{"s", "$.source"}}}, {"InputTemplate", "\"<s>\""}}}}})));
    const Json listed = ok_call(world, "events", "ListTargetsByRule", {{"Rule", "r"}})["Targets"];
    CHECK(evb::test::keys(listed[0]) == std::vector<std::string>{"Id", "Arn", "Input"});
    CHECK(evb::test::keys(listed[1]) == std::vector<std::string>{"Id", "Arn", "InputPath"});
    CHECK(evb::test::keys(listed[2]["InputTransformer"]) ==
          std::vector<std::string>{"InputPathsMap", "InputTemplate"});
}

TEST_CASE("PutTargets with an existing Id replaces that target") {
    evb::World world = world_with_rule();
    ok_call(world, "events", "PutTargets", targets(Json::array({{{"Id", "t"}, {"Arn", kGroupArn}}})));
    ok_call(world, "events", "PutTargets",
            targets(Json::array({{{"Id", "t"}, {"Arn", kGroupArn}, {"Input", "{}"}}})));
    const Json listed = ok_call(world, "events", "ListTargetsByRule", {{"Rule", "r"}})["Targets"];
    REQUIRE(listed.size() == 1);
    CHECK(listed[0]["Input"] == "{}");
}

TEST_CASE("a rule holds at most 5 targets") {
    evb::World world = world_with_rule();
    Json five = Json::array();
    for (int i = 0; i < 5; ++i)
        five.push_back({{"Id", "t" + std::to_string(i)}, {"Arn", kGroupArn}});
    ok_call(world, "events", "PutTargets", targets(five));
    const auto e =
        error_of(world, "events", "PutTargets", targets(Json::array({{{"Id", "t5"}, {"Arn", kGroupArn}}})));
    CHECK(e.code == "LimitExceededException");
    ok_call(world, "events", "PutTargets", targets(Json::array({{{"Id", "t0"}, {"Arn", kGroupArn}}})));
}

TEST_CASE("PutTargets validates its targets") {
    evb::World world = world_with_rule();
    CHECK(error_of(world, "events", "PutTargets", targets(Json::array()))
              .message.find("at 'targets' failed to satisfy constraint: Member must have length greater than "
                            "or equal to 1") != std::string::npos);
    CHECK(error_of(world, "events", "PutTargets", targets(Json::array({{{"Arn", kGroupArn}}}))).message ==
          "1 validation error detected: Value null at 'targets.1.member.id' failed to satisfy constraint: "
          "Member must not be null");
    CHECK(
        error_of(world, "events", "PutTargets", targets(Json::array({{{"Id", "t"}, {"Arn", "not-an-arn"}}})))
            .message == "Parameter not-an-arn is not valid. Reason: Provided Arn is not in correct format.");
    CHECK(error_of(
              world, "events", "PutTargets",
              targets(Json::array({{{"Id", "t"}, {"Arn", kGroupArn}, {"Input", "{}"}, {"InputPath", "$"}}})))
              .message == "Only one of Input, InputPath, or InputTransformer must be provided.");
    CHECK(error_of(world, "events", "PutTargets",
                   targets(Json::array({{{"Id", "t"}, {"Arn", kGroupArn}, {"Input", "{nope"}}})))
              .message == "Input is not valid JSON text.");
    CHECK(error_of(world, "events", "PutTargets",
                   targets(Json::array({{{"Id", "t"}, {"Arn", kGroupArn}, {"InputPath", "detail"}}})))
              .code == "ValidationException");
    CHECK(error_of(world, "events", "PutTargets",
                   targets(Json::array(
                       {{{"Id", "t"},
                         {"Arn", kGroupArn},
                         {"InputTransformer",
                          {{"InputPathsMap", {{"aws.events.rule-name", "$.x"}}}, {"InputTemplate", "x"}}}}})))
              .code == "ValidationException");
}

TEST_CASE("PutTargets, RemoveTargets and ListTargetsByRule on a missing rule are ResourceNotFoundException") {
    evb::World world;
    CHECK(error_of(world, "events", "PutTargets", targets(Json::array({{{"Id", "t"}, {"Arn", kGroupArn}}})))
              .message == "Rule r does not exist on EventBus default.");
    CHECK(error_of(world, "events", "RemoveTargets", {{"Rule", "r"}, {"Ids", {"t"}}}).code ==
          "ResourceNotFoundException");
    CHECK(error_of(world, "events", "ListTargetsByRule", {{"Rule", "r"}}).code ==
          "ResourceNotFoundException");
}

TEST_CASE("RemoveTargets removes by Id and ignores unknown Ids") {
    evb::World world = world_with_rule();
    ok_call(world, "events", "PutTargets",
            targets(Json::array({{{"Id", "a"}, {"Arn", kGroupArn}}, {{"Id", "b"}, {"Arn", kGroupArn}}})));
    CHECK(ok_call(world, "events", "RemoveTargets", {{"Rule", "r"}, {"Ids", {"a", "zzz"}}}) ==
          Json{{"FailedEntryCount", 0}, {"FailedEntries", Json::array()}});
    const Json listed = ok_call(world, "events", "ListTargetsByRule", {{"Rule", "r"}})["Targets"];
    REQUIRE(listed.size() == 1);
    CHECK(listed[0]["Id"] == "b");
    CHECK(error_of(world, "events", "RemoveTargets", {{"Rule", "r"}}).code == "ValidationException");
}

TEST_CASE("ListRuleNamesByTarget finds the rules that send to an ARN") {
    evb::World world = world_with_rule();
    ok_call(world, "events", "PutRule", {{"Name", "q"}, {"EventPattern", R"({"source":["s"]})"}});
    ok_call(world, "events", "PutRule", {{"Name", "unrelated"}, {"EventPattern", R"({"source":["s"]})"}});
    for (const char* rule : {"r", "q"}) {
        ok_call(world, "events", "PutTargets",
                {{"Rule", rule}, {"Targets", Json::array({{{"Id", "t"}, {"Arn", kGroupArn}}})}});
    }
    CHECK(ok_call(world, "events", "ListRuleNamesByTarget", {{"TargetArn", kGroupArn}}) ==
          Json{{"RuleNames", {"q", "r"}}});
    CHECK(error_of(world, "events", "ListRuleNamesByTarget", Json::object()).code == "ValidationException");
}
