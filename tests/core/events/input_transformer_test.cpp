#include "evb/events/input_transformer.hpp"
#include "evb/world/world.hpp"

#include "../test_support.hpp"

using evb::Json;

namespace {

// ec2_event is the example event of AWS's input transformation documentation.
Json ec2_event() {
    return Json::parse(
        R"({"version":"0","id":"7bf73129-1428-4cd3-a780-95db273d1602","detail-type":"EC2 Instance State-change Notification",
        "source":"aws.ec2","account":"123456789012","time":"2015-11-11T21:29:54Z","region":"us-east-1",
        "resources":["arn:aws:ec2:us-east-1:123456789012:instance/i-abcd1111"],
        "detail":{"instance-id":"i-0123456789","state":"RUNNING","tags":{"team":"a"}}})");
}

const evb::RuleContext kRule{"my-rule", "arn:aws:events:us-east-1:123456789012:rule/my-rule", 1447277394000};

// render applies a template with AWS's example paths map.
std::string render(const std::string& tmpl) {
    evb::InputTransformer t{Json{{"instance", "$.detail.instance-id"},
                                 {"state", "$.detail.state"},
                                 {"tags", "$.detail.tags"},
                                 {"missing", "$.detail.nope"}},
                            tmpl};
    return evb::render_input_template(t, ec2_event(), kRule);
}

}  // namespace

TEST_CASE("variables inside a JSON string are inserted bare") {
    CHECK(render(R"("<instance> is in state <state>")") == R"("i-0123456789 is in state RUNNING")");
    CHECK(render(R"("<instance> is in state \"<state>\"")") == R"("i-0123456789 is in state \"RUNNING\"")");
}

TEST_CASE("variables in JSON value position are inserted as JSON") {
    CHECK(render(R"({"instance" : <instance>, "state": <state>})") ==
          R"({"instance" : "i-0123456789", "state": "RUNNING"})");
    CHECK(render(R"({"instance" : <instance>, "state": [ 9, <state>, true ], "Transformed" : "Yes" })") ==
          R"({"instance" : "i-0123456789", "state": [ 9, "RUNNING", true ], "Transformed" : "Yes" })");
    CHECK(render(R"({"tags": <tags>})") == R"({"tags": {"team":"a"}})");
}

TEST_CASE("objects inside strings lose their inner quotes, missing paths give null or nothing") {
    CHECK(render(R"("tags <tags>")") == R"("tags {team:a}")");
    CHECK(render(R"({"x": <missing>})") == R"({"x": null})");
    CHECK(render(R"("x<missing>y")") == R"("xy")");
}

TEST_CASE("unknown placeholders are left as they are") {
    CHECK(render(R"("<nobody> <state>")") == R"("<nobody> RUNNING")");
}

TEST_CASE("the predefined aws.events variables") {
    CHECK(render(R"({"rule": <aws.events.rule-name>, "arn": "<aws.events.rule-arn>"})") ==
          R"({"rule": "my-rule", "arn": "arn:aws:events:us-east-1:123456789012:rule/my-rule"})");
    CHECK(render(R"("<aws.events.event.ingestion-time>")") == R"("2015-11-11T21:29:54Z")");
    const Json full = Json::parse(render(R"({"e": <aws.events.event.json>})"));
    CHECK(full["e"] == ec2_event());
    const Json without = Json::parse(render(R"({"e": <aws.events.event>})"));
    CHECK_FALSE(without["e"].contains("detail"));
    CHECK(without["e"]["source"] == "aws.ec2");
}

TEST_CASE("target_input picks the event, Input, InputPath or the transformer") {
    evb::Target target{
        "t", "arn:aws:logs:us-east-1:1:log-group:/g", std::nullopt, std::nullopt, std::nullopt, std::nullopt};
    CHECK(evb::target_input(target, ec2_event(), kRule).text == ec2_event().dump());
    target.input = R"({"constant":true})";
    CHECK(*evb::target_input(target, ec2_event(), kRule).json == Json{{"constant", true}});
    target.input.reset();
    target.input_path = "$.detail.state";
    CHECK(evb::target_input(target, ec2_event(), kRule).text == "\"RUNNING\"");
    target.input_path = "$.resources[0]";
    CHECK(evb::target_input(target, ec2_event(), kRule).text ==
          "\"arn:aws:ec2:us-east-1:123456789012:instance/i-abcd1111\"");
    target.input_path.reset();
    target.input_transformer = evb::InputTransformer{Json{{"s", "$.detail.state"}}, "State is <s>"};
    const evb::TargetInput plain = evb::target_input(target, ec2_event(), kRule);
    CHECK(plain.text == "State is RUNNING");
    CHECK_FALSE(plain.json.has_value());
}

TEST_CASE("a target without input settings receives the event itself, as the text the caller serialised") {
    const evb::Target target{
        "t", "arn:aws:lambda:us-east-1:1:function:f", std::nullopt, std::nullopt, std::nullopt, std::nullopt};
    const std::string text = ec2_event().dump();
    const evb::TargetInput input = evb::target_input(target, ec2_event(), kRule, &text);
    CHECK(input.text == text);
    CHECK(input.whole_event);
    CHECK_FALSE(input.json.has_value());
    CHECK(evb::target_input(target, ec2_event(), kRule).text == text);
}

TEST_CASE("a transformed event reaches the log group as the rendered text") {
    evb::World world;
    evb::test::make_bus_with_log_target(world, "default", "all", R"({"source":["Order Service"]})", "/g");
    evb::test::ok_call(
        world, "events", "PutTargets",
        {{"Rule", "all"},
         {"Targets", Json::array({{{"Id", "logs"},
                                   {"Arn", "arn:aws:logs:us-east-1:123456789012:log-group:/g"},
                                   {"InputTransformer",
                                    {{"InputPathsMap", {{"n", "$.detail.orderNumber"}}},
                                     {"InputTemplate", R"("Order <n> from <aws.events.rule-name>")"}}}}})}});
    evb::test::ok_call(world, "events", "PutEvents",
                       {{"Entries", Json::array({evb::test::order_entry("default")})}});
    const Json found = evb::test::ok_call(world, "logs", "FilterLogEvents", {{"logGroupName", "/g"}});
    CHECK(found["events"][0]["message"] == R"("Order 123 from all")");
}
