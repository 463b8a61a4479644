#include "evb/events/service.hpp"
#include "evb/world/world.hpp"

#include "../test_support.hpp"

using evb::Json;
using evb::test::error_of;
using evb::test::ok_call;

namespace {
const std::string kPattern = R"({"source":["Order Service"]})";
}

TEST_CASE("PutRule forms rule ARNs as AWS does on the default and on a custom bus") {
    evb::World world;
    CHECK(ok_call(world, "events", "PutRule", {{"Name", "r"}, {"EventPattern", kPattern}})["RuleArn"] ==
          "arn:aws:events:us-east-1:123456789012:rule/r");
    ok_call(world, "events", "CreateEventBus", {{"Name", "orders"}});
    CHECK(ok_call(world, "events", "PutRule",
                  {{"Name", "r"}, {"EventPattern", kPattern}, {"EventBusName", "orders"}})["RuleArn"] ==
          "arn:aws:events:us-east-1:123456789012:rule/orders/r");
}

TEST_CASE("PutRule needs a pattern or a schedule") {
    evb::World world;
    CHECK(error_of(world, "events", "PutRule", {{"Name", "r"}}).message ==
          "Parameter(s) EventPattern or ScheduleExpression must be specified.");
}

TEST_CASE("PutRule returns the pattern engine's error for an invalid pattern") {
    evb::World world;
    const auto e =
        error_of(world, "events", "PutRule", {{"Name", "r"}, {"EventPattern", "{\"source\": \"x\"}"}});
    CHECK(e.code == "InvalidEventPatternException");
    CHECK(e.message.rfind("Event pattern is not valid.", 0) == 0);
}

TEST_CASE("PutRule validates name, state, description and pattern length") {
    evb::World world;
    CHECK(error_of(world, "events", "PutRule", {{"Name", "a b"}, {"EventPattern", kPattern}})
              .message.find("at 'name' failed to satisfy constraint: Member must satisfy regular expression "
                            "pattern: [\\.\\-_A-Za-z0-9]+") != std::string::npos);
    CHECK(error_of(world, "events", "PutRule", {{"Name", std::string(65, 'r')}, {"EventPattern", kPattern}})
              .message.find("Member must have length less than or equal to 64") != std::string::npos);
    CHECK(error_of(world, "events", "PutRule", {{"Name", "r"}, {"EventPattern", kPattern}, {"State", "ON"}})
              .message ==
          "1 validation error detected: Value 'ON' at 'state' failed to satisfy constraint: Member must "
          "satisfy enum value "
          "set: [ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS, DISABLED, ENABLED]");
    CHECK(error_of(world, "events", "PutRule",
                   {{"Name", "r"}, {"EventPattern", kPattern}, {"Description", std::string(513, 'd')}})
              .code == "ValidationException");
    const std::string long_pattern =
        R"({"source":[")" + std::string(evb::kMaxEventPatternLength, 'x') + "\"]}";
    CHECK(error_of(world, "events", "PutRule", {{"Name", "r"}, {"EventPattern", long_pattern}})
              .message.find("at 'eventPattern' failed to satisfy constraint: Member must have length less "
                            "than or equal to 4096") != std::string::npos);
}

TEST_CASE("PutRule on a missing bus is ResourceNotFoundException") {
    evb::World world;
    CHECK(error_of(world, "events", "PutRule",
                   {{"Name", "r"}, {"EventPattern", kPattern}, {"EventBusName", "nope"}})
              .message == "Event bus nope does not exist.");
}

TEST_CASE("PutRule accepts schedules only on the default bus and only valid ones") {
    evb::World world;
    ok_call(world, "events", "PutRule", {{"Name", "tick"}, {"ScheduleExpression", "rate(5 minutes)"}});
    ok_call(world, "events", "CreateEventBus", {{"Name", "orders"}});
    CHECK(error_of(world, "events", "PutRule",
                   {{"Name", "t"}, {"ScheduleExpression", "rate(5 minutes)"}, {"EventBusName", "orders"}})
              .message == "ScheduleExpression is supported only on the default event bus.");
    for (const char* bad :
         {"rate(5 minute)", "rate(1 minutes)", "rate(0 hours)", "cron(0 12 * * * *)", "every 5 minutes"}) {
        CAPTURE(bad);
        CHECK(error_of(world, "events", "PutRule", {{"Name", "t"}, {"ScheduleExpression", bad}}).message ==
              "Parameter ScheduleExpression is not valid.");
    }
}

TEST_CASE("PutRule on an existing rule replaces it and keeps its targets") {
    evb::World world;
    ok_call(world, "events", "PutRule", {{"Name", "r"}, {"EventPattern", kPattern}, {"Description", "old"}});
    ok_call(world, "events", "PutTargets",
            {{"Rule", "r"},
             {"Targets",
              Json::array({{{"Id", "t"}, {"Arn", "arn:aws:logs:us-east-1:123456789012:log-group:/g"}}})}});
    ok_call(world, "events", "PutRule",
            {{"Name", "r"}, {"EventPattern", R"({"source":["other"]})"}, {"State", "DISABLED"}});
    const Json rule = ok_call(world, "events", "DescribeRule", {{"Name", "r"}});
    CHECK(rule["EventPattern"] == R"({"source":["other"]})");
    CHECK(rule["State"] == "DISABLED");
    CHECK_FALSE(rule.contains("Description"));
    CHECK(ok_call(world, "events", "ListTargetsByRule", {{"Rule", "r"}})["Targets"].size() == 1);
}

TEST_CASE("a bus holds at most 300 rules") {
    evb::World world;
    for (std::size_t i = 0; i < evb::kMaxRulesPerBus; ++i) {
        ok_call(world, "events", "PutRule", {{"Name", "r" + std::to_string(i)}, {"EventPattern", kPattern}});
    }
    const auto e = error_of(world, "events", "PutRule", {{"Name", "extra"}, {"EventPattern", kPattern}});
    CHECK(e.code == "LimitExceededException");
    CHECK(e.message == "The requested resource exceeds the maximum number allowed.");
    ok_call(world, "events", "PutRule", {{"Name", "r0"}, {"EventPattern", kPattern}});
}

TEST_CASE("DescribeRule returns AWS's fields in AWS's order") {
    evb::World world;
    ok_call(world, "events", "PutRule", {{"Name", "r"}, {"EventPattern", kPattern}, {"Description", "d"}});
    const Json rule = ok_call(world, "events", "DescribeRule", {{"Name", "r"}});
    CHECK(evb::test::keys(rule) == std::vector<std::string>{"Name", "Arn", "EventPattern", "State",
                                                            "Description", "EventBusName", "CreatedBy"});
    CHECK(rule["CreatedBy"] == "123456789012");
}

TEST_CASE("DescribeRule, EnableRule and DisableRule of a missing rule name the rule and the bus") {
    evb::World world;
    for (const char* op : {"DescribeRule", "EnableRule", "DisableRule"}) {
        CAPTURE(op);
        const auto e = error_of(world, "events", op, {{"Name", "nope"}});
        CHECK(e.code == "ResourceNotFoundException");
        CHECK(e.message == "Rule nope does not exist on EventBus default.");
    }
    CHECK(error_of(world, "events", "DescribeRule", {{"Name", "nope"}, {"EventBusName", "ghost"}}).message ==
          "Rule nope does not exist on EventBus ghost.");
}

TEST_CASE("EnableRule and DisableRule switch the state") {
    evb::World world;
    ok_call(world, "events", "PutRule", {{"Name", "r"}, {"EventPattern", kPattern}});
    ok_call(world, "events", "DisableRule", {{"Name", "r"}});
    CHECK(ok_call(world, "events", "DescribeRule", {{"Name", "r"}})["State"] == "DISABLED");
    ok_call(world, "events", "EnableRule", {{"Name", "r"}});
    CHECK(ok_call(world, "events", "DescribeRule", {{"Name", "r"}})["State"] == "ENABLED");
}

TEST_CASE("ListRules lists a bus's rules by name, with prefix and paging") {
    evb::World world;
    for (const char* name : {"b-rule", "a-rule", "c-other"})
        ok_call(world, "events", "PutRule", {{"Name", name}, {"EventPattern", kPattern}});
    const Json all = ok_call(world, "events", "ListRules");
    REQUIRE(all["Rules"].size() == 3);
    CHECK(all["Rules"][0]["Name"] == "a-rule");
    CHECK(ok_call(world, "events", "ListRules", {{"NamePrefix", "c"}})["Rules"].size() == 1);
    const Json page = ok_call(world, "events", "ListRules", {{"Limit", 1}});
    CHECK(page["Rules"].size() == 1);
    CHECK(page.contains("NextToken"));
    CHECK(error_of(world, "events", "ListRules", {{"EventBusName", "ghost"}}).message ==
          "Event bus ghost does not exist.");
}

TEST_CASE("DeleteRule refuses a rule with targets and forgets a rule without") {
    evb::World world;
    ok_call(world, "events", "PutRule", {{"Name", "r"}, {"EventPattern", kPattern}});
    ok_call(world, "events", "PutTargets",
            {{"Rule", "r"},
             {"Targets",
              Json::array({{{"Id", "t"}, {"Arn", "arn:aws:logs:us-east-1:123456789012:log-group:/g"}}})}});
    CHECK(error_of(world, "events", "DeleteRule", {{"Name", "r"}}).message ==
          "Rule can't be deleted since it has targets.");
    ok_call(world, "events", "RemoveTargets", {{"Rule", "r"}, {"Ids", {"t"}}});
    ok_call(world, "events", "DeleteRule", {{"Name", "r"}});
    CHECK(ok_call(world, "events", "ListRules")["Rules"].empty());
    ok_call(world, "events", "DeleteRule", {{"Name", "r"}});
}

TEST_CASE("ListRules and DescribeRule print a rule's members in the order of AWS's model") {
    evb::World world;
    ok_call(world, "events", "PutRule",
            {{"Name", "r"},
             {"ScheduleExpression", "rate(5 minutes)"},
             {"Description", "every five minutes"},
             {"RoleArn", "arn:aws:iam::123456789012:role/r"}});
    std::vector<std::string> listed;
    const Json rules = ok_call(world, "events", "ListRules", Json::object());
    for (const auto& item : rules["Rules"][0].items())
        listed.push_back(item.key());
    CHECK(listed == std::vector<std::string>{"Name", "Arn", "State", "Description", "ScheduleExpression",
                                             "RoleArn", "EventBusName"});
    std::vector<std::string> described;
    const Json rule = ok_call(world, "events", "DescribeRule", {{"Name", "r"}});
    for (const auto& item : rule.items())
        described.push_back(item.key());
    CHECK(described == std::vector<std::string>{"Name", "Arn", "ScheduleExpression", "State", "Description",
                                                "RoleArn", "EventBusName", "CreatedBy"});
}
