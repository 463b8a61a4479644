#include "evb/events/service.hpp"
#include "evb/world/world.hpp"

#include "../test_support.hpp"

using evb::Json;
using evb::test::error_of;
using evb::test::ok_call;

namespace {

const std::string kBusArn = "arn:aws:events:us-east-1:123456789012:event-bus/orders";
const std::string kRuleArn = "arn:aws:events:us-east-1:123456789012:rule/orders/big";

Json tag(const std::string& key, const std::string& value) {
    return Json{{"Key", key}, {"Value", value}};
}

Json tags_of(evb::World& world, const std::string& arn) {
    return ok_call(world, "events", "ListTagsForResource", {{"ResourceARN", arn}})["Tags"];
}

// put_big_rule creates or updates rule "big" on bus "orders" for events of `source`, with `tags` if any.
void put_big_rule(evb::World& world, const std::string& source, const Json& tags = Json()) {
    Json request = {
        {"Name", "big"}, {"EventPattern", Json{{"source", {source}}}.dump()}, {"EventBusName", "orders"}};
    if (!tags.is_null()) request["Tags"] = tags;
    ok_call(world, "events", "PutRule", request);
}

void make_bus_and_rule(evb::World& world) {
    ok_call(world, "events", "CreateEventBus", {{"Name", "orders"}});
    put_big_rule(world, "shop");
}

}  // namespace

TEST_CASE("TagResource adds tags to a bus and a rule, listed in the order first added") {
    evb::World world;
    make_bus_and_rule(world);
    for (const std::string& arn : {kBusArn, kRuleArn}) {
        CAPTURE(arn);
        CHECK(tags_of(world, arn) == Json::array());
        CHECK(ok_call(world, "events", "TagResource",
                      {{"ResourceARN", arn}, {"Tags", {tag("tag1", "value1"), tag("tag2", "value2")}}}) ==
              Json::object());
        CHECK(tags_of(world, arn) == Json::array({tag("tag1", "value1"), tag("tag2", "value2")}));
    }
}

TEST_CASE("TagResource replaces the value of an existing key in place") {
    evb::World world;
    make_bus_and_rule(world);
    ok_call(world, "events", "TagResource",
            {{"ResourceARN", kBusArn}, {"Tags", {tag("a", "1"), tag("b", "2")}}});
    ok_call(world, "events", "TagResource", {{"ResourceARN", kBusArn}, {"Tags", {tag("a", "9")}}});
    CHECK(tags_of(world, kBusArn) == Json::array({tag("a", "9"), tag("b", "2")}));
}

TEST_CASE("UntagResource removes the named keys and ignores keys the resource does not have") {
    evb::World world;
    make_bus_and_rule(world);
    ok_call(world, "events", "TagResource",
            {{"ResourceARN", kRuleArn}, {"Tags", {tag("tag1", "value1"), tag("tag2", "value2")}}});
    CHECK(ok_call(world, "events", "UntagResource",
                  {{"ResourceARN", kRuleArn}, {"TagKeys", {"tag2", "never-was"}}}) == Json::object());
    CHECK(tags_of(world, kRuleArn) == Json::array({tag("tag1", "value1")}));
}

TEST_CASE("the default bus and its rules take tags too") {
    evb::World world;
    const std::string bus = "arn:aws:events:us-east-1:123456789012:event-bus/default";
    ok_call(world, "events", "PutRule", {{"Name", "r"}, {"EventPattern", R"({"source":["x"]})"}});
    const std::string rule = "arn:aws:events:us-east-1:123456789012:rule/r";
    ok_call(world, "events", "TagResource", {{"ResourceARN", bus}, {"Tags", {tag("k", "v")}}});
    ok_call(world, "events", "TagResource", {{"ResourceARN", rule}, {"Tags", {tag("k", "w")}}});
    CHECK(tags_of(world, bus) == Json::array({tag("k", "v")}));
    CHECK(tags_of(world, rule) == Json::array({tag("k", "w")}));
}

TEST_CASE("tag operations on a missing bus or rule answer ResourceNotFoundException as AWS words it") {
    evb::World world;
    const std::string bus = "arn:aws:events:us-east-1:123456789012:event-bus/mine";
    const std::string rule = "arn:aws:events:us-east-1:123456789012:rule/gone";
    const std::string custom_rule = "arn:aws:events:us-east-1:123456789012:rule/orders/gone";
    const Json requests[] = {{{"Tags", {tag("k", "v")}}}, {{"TagKeys", {"k"}}}, Json::object()};
    const char* operations[] = {"TagResource", "UntagResource", "ListTagsForResource"};
    for (int i = 0; i < 3; ++i) {
        CAPTURE(operations[i]);
        Json request = requests[i];
        request["ResourceARN"] = bus;
        auto e = error_of(world, "events", operations[i], request);
        CHECK(e.code == "ResourceNotFoundException");
        CHECK(e.message == "Event bus mine does not exist.");
        request["ResourceARN"] = rule;
        CHECK(error_of(world, "events", operations[i], request).message ==
              "Rule gone does not exist on EventBus default.");
        request["ResourceARN"] = custom_rule;
        CHECK(error_of(world, "events", operations[i], request).message ==
              "Rule gone does not exist on EventBus orders.");
    }
}

TEST_CASE("a bus or rule deleted and created again has no tags") {
    evb::World world;
    make_bus_and_rule(world);
    ok_call(world, "events", "TagResource", {{"ResourceARN", kRuleArn}, {"Tags", {tag("k", "v")}}});
    ok_call(world, "events", "DeleteRule", {{"Name", "big"}, {"EventBusName", "orders"}});
    CHECK(error_of(world, "events", "ListTagsForResource", {{"ResourceARN", kRuleArn}}).message ==
          "Rule big does not exist on EventBus orders.");
    ok_call(world, "events", "TagResource", {{"ResourceARN", kBusArn}, {"Tags", {tag("k", "v")}}});
    ok_call(world, "events", "DeleteEventBus", {{"Name", "orders"}});
    ok_call(world, "events", "CreateEventBus", {{"Name", "orders"}});
    CHECK(tags_of(world, kBusArn) == Json::array());
}

TEST_CASE("CreateEventBus and PutRule attach their Tags") {
    evb::World world;
    ok_call(world, "events", "CreateEventBus",
            {{"Name", "orders"}, {"Tags", {tag("tag1", "value1"), tag("tag2", "value2")}}});
    CHECK(tags_of(world, kBusArn) == Json::array({tag("tag1", "value1"), tag("tag2", "value2")}));
    put_big_rule(world, "shop", Json::array({tag("team", "shop")}));
    CHECK(tags_of(world, kRuleArn) == Json::array({tag("team", "shop")}));
}

TEST_CASE("PutRule on an existing rule keeps its tags and ignores the request's Tags, as AWS documents") {
    evb::World world;
    make_bus_and_rule(world);
    ok_call(world, "events", "TagResource", {{"ResourceARN", kRuleArn}, {"Tags", {tag("a", "1")}}});
    put_big_rule(world, "other", Json::array({tag("b", "2")}));
    CHECK(tags_of(world, kRuleArn) == Json::array({tag("a", "1")}));
}

TEST_CASE("a resource holds at most 50 tags and a refused TagResource changes nothing") {
    evb::World world;
    make_bus_and_rule(world);
    Json fifty = Json::array();
    for (int i = 0; i < 50; ++i)
        fifty.push_back(tag("k" + std::to_string(i), "v"));
    ok_call(world, "events", "TagResource", {{"ResourceARN", kBusArn}, {"Tags", fifty}});
    ok_call(world, "events", "TagResource", {{"ResourceARN", kBusArn}, {"Tags", {tag("k0", "again")}}});
    const auto e =
        error_of(world, "events", "TagResource", {{"ResourceARN", kBusArn}, {"Tags", {tag("k50", "v")}}});
    CHECK(e.code == "LimitExceededException");
    CHECK(tags_of(world, kBusArn).size() == 50);
    Json fifty_one = fifty;
    fifty_one.push_back(tag("k50", "v"));
    CHECK(error_of(world, "events", "CreateEventBus", {{"Name", "many"}, {"Tags", fifty_one}}).code ==
          "LimitExceededException");
    CHECK(error_of(world, "events", "DescribeEventBus", {{"Name", "many"}}).code ==
          "ResourceNotFoundException");
}

TEST_CASE("tag keys and values are checked against AWS's model") {
    evb::World world;
    make_bus_and_rule(world);
    CHECK(error_of(world, "events", "TagResource", {{"ResourceARN", kBusArn}, {"Tags", {tag("", "v")}}})
              .message.find("Member must have length greater than or equal to 1") != std::string::npos);
    CHECK(error_of(world, "events", "TagResource",
                   {{"ResourceARN", kBusArn}, {"Tags", {tag("k", std::string(257, 'v'))}}})
              .message.find("Member must have length less than or equal to 256") != std::string::npos);
    CHECK(error_of(world, "events", "TagResource", {{"ResourceARN", kBusArn}}).code == "ValidationException");
}

TEST_CASE("an ARN that names no bus or rule is not valid") {
    evb::World world;
    CHECK(error_of(world, "events", "ListTagsForResource", {{"ResourceARN", "not-an-arn"}}).code ==
          "ValidationException");
    CHECK(error_of(world, "events", "ListTagsForResource",
                   {{"ResourceARN", "arn:aws:logs:us-east-1:123456789012:log-group:/g"}})
              .code == "ValidationException");
}

TEST_CASE("tags are saved and loaded with the world and shown in its state") {
    evb::World world;
    make_bus_and_rule(world);
    ok_call(world, "events", "TagResource", {{"ResourceARN", kBusArn}, {"Tags", {tag("b", "1")}}});
    ok_call(world, "events", "TagResource", {{"ResourceARN", kRuleArn}, {"Tags", {tag("r", "2")}}});
    auto loaded = evb::World::from_save(world.save());
    REQUIRE(loaded.world);
    CHECK(tags_of(*loaded.world, kBusArn) == Json::array({tag("b", "1")}));
    CHECK(tags_of(*loaded.world, kRuleArn) == Json::array({tag("r", "2")}));
    CHECK(loaded.world->save() == world.save());
    const Json state = world.state();
    CHECK(state["buses"][1]["Tags"] == Json::array({tag("b", "1")}));
    CHECK(state["buses"][1]["Rules"][0]["Tags"] == Json::array({tag("r", "2")}));
}
