#include "evb/events/service.hpp"
#include "evb/world/world.hpp"

#include "../../deep_json.hpp"
#include "../test_support.hpp"

using evb::Json;
using evb::test::error_of;
using evb::test::ok_call;
using evb::test::order_entry;

namespace {

// put returns the response of a PutEvents with one entry.
Json put(evb::World& world, Json entry) {
    return ok_call(world, "events", "PutEvents", {{"Entries", Json::array({std::move(entry)})}});
}

// entry_error is the response's first entry.
Json entry_error(evb::World& world, Json entry) {
    const Json out = put(world, std::move(entry));
    CHECK(out["FailedEntryCount"] == 1);
    return out["Entries"][0];
}

}  // namespace

TEST_CASE("PutEvents returns one EventId per accepted entry") {
    evb::World world;
    const Json out = ok_call(world, "events", "PutEvents",
                             {{"Entries", Json::array({order_entry("default"), order_entry("default")})}});
    CHECK(out["FailedEntryCount"] == 0);
    REQUIRE(out["Entries"].size() == 2);
    CHECK(evb::test::keys(out["Entries"][0]) == std::vector<std::string>{"EventId"});
    CHECK(out["Entries"][0]["EventId"] != out["Entries"][1]["EventId"]);
    CHECK(world.metrics().buses.at("default").events_in == 2);
}

TEST_CASE("PutEvents reports each bad entry with AWS's code and message, and accepts the others") {
    evb::World world;
    Json no_source = order_entry("default");
    no_source.erase("Source");
    CHECK(entry_error(world, no_source) ==
          Json{{"ErrorCode", "InvalidArgument"},
               {"ErrorMessage", "Parameter Source is not valid. Reason: Source is a required argument."}});
    Json no_type = order_entry("default");
    no_type.erase("DetailType");
    CHECK(entry_error(world, no_type)["ErrorMessage"] ==
          "Parameter DetailType is not valid. Reason: DetailType is a required argument.");
    Json no_detail = order_entry("default");
    no_detail.erase("Detail");
    CHECK(entry_error(world, no_detail)["ErrorMessage"] ==
          "Parameter Detail is not valid. Reason: Detail is a required argument.");
    Json bad_detail = order_entry("default");
    bad_detail["Detail"] = "{not json";
    CHECK(entry_error(world, bad_detail) ==
          Json{{"ErrorCode", "MalformedDetail"}, {"ErrorMessage", "Detail is malformed."}});
    Json array_detail = order_entry("default");
    array_detail["Detail"] = "[1]";
    CHECK(entry_error(world, array_detail)["ErrorCode"] == "MalformedDetail");
    Json aws_source = order_entry("default");
    aws_source["Source"] = "aws.ec2";
    CHECK(entry_error(world, aws_source) == Json{{"ErrorCode", "NotAuthorizedForSourceException"},
                                                 {"ErrorMessage", "Not authorized for the source."}});
    CHECK(entry_error(world, order_entry("ghost"))["ErrorMessage"] == "Event bus ghost does not exist.");
    const Json mixed = ok_call(world, "events", "PutEvents",
                               {{"Entries", Json::array({no_source, order_entry("default")})}});
    CHECK(mixed["FailedEntryCount"] == 1);
    CHECK(mixed["Entries"][1].contains("EventId"));
}

TEST_CASE("PutEvents takes 1 to 10 entries") {
    evb::World world;
    Json eleven = Json::array();
    for (int i = 0; i < 11; ++i)
        eleven.push_back(order_entry("default"));
    const auto e = error_of(world, "events", "PutEvents", {{"Entries", eleven}});
    CHECK(e.code == "ValidationException");
    CHECK(
        e.message.find(
            "at 'entries' failed to satisfy constraint: Member must have length less than or equal to 10") !=
        std::string::npos);
    CHECK(error_of(world, "events", "PutEvents", {{"Entries", Json::array()}}).code == "ValidationException");
    CHECK(error_of(world, "events", "PutEvents", Json::object()).code == "ValidationException");
}

TEST_CASE("PutEvents refuses more than 256 KB of entries") {
    evb::World world;
    Json big = order_entry("default");
    big["Detail"] = Json{{"blob", std::string(evb::kMaxPutEventsBytes, 'x')}}.dump();
    CHECK(error_of(world, "events", "PutEvents", {{"Entries", Json::array({big})}}).message ==
          "Total size of the entries in the request is over the limit.");
}

TEST_CASE("PutEvents uses the entry's Time and Resources in the envelope") {
    evb::World world;
    evb::test::make_bus_with_log_target(world, "default", "all", R"({"source":["Order Service"]})", "/g");
    Json entry = order_entry("default");
    entry["Time"] = "2020-08-16T09:09:11.789Z";
    entry["Resources"] = {"arn:aws:s3:::bucket"};
    put(world, entry);
    const Json logged = ok_call(world, "logs", "FilterLogEvents", {{"logGroupName", "/g"}})["events"][0];
    const Json event = Json::parse(logged["message"].get<std::string>());
    CHECK(event["time"] == "2020-08-16T09:09:11Z");
    CHECK(event["resources"] == Json{"arn:aws:s3:::bucket"});
    CHECK(logged["timestamp"] == 1597568951000);
    Json bad_time = order_entry("default");
    bad_time["Time"] = "yesterday";
    CHECK(entry_error(world, bad_time)["ErrorCode"] == "InvalidArgument");
}

TEST_CASE("TestEventPattern answers Result true or false") {
    evb::World world;
    const std::string event =
        R"({"id":"1","account":"123456789012","source":"Order Service","time":"2020-08-16T09:09:11Z",)"
        R"("region":"us-east-1","resources":[],"detail-type":"New Order","detail":{"price":100}})";
    CHECK(ok_call(world, "events", "TestEventPattern",
                  {{"EventPattern", R"({"source":["Order Service"]})"}, {"Event", event}}) ==
          Json{{"Result", true}});
    CHECK(ok_call(world, "events", "TestEventPattern",
                  {{"EventPattern", R"({"detail":{"price":[{"numeric":[">",500]}]}})"}, {"Event", event}}) ==
          Json{{"Result", false}});
}

TEST_CASE("TestEventPattern reports invalid patterns and events") {
    evb::World world;
    CHECK(error_of(world, "events", "TestEventPattern",
                   {{"EventPattern", "{\"source\":\"x\"}"}, {"Event", "{}"}})
              .code == "InvalidEventPatternException");
    CHECK(error_of(world, "events", "TestEventPattern",
                   {{"EventPattern", R"({"source":["x"]})"}, {"Event", "{}"}})
              .code == "ValidationException");
    CHECK(error_of(world, "events", "TestEventPattern", Json::object())
              .message.find("Member must not be null") != std::string::npos);
}

TEST_CASE("a Detail nested deeper than 1000 levels is malformed, even 100000 levels deep") {
    evb::World world;
    Json deep = order_entry("default");
    deep["Detail"] = evb::test::deep_arrays(100000);
    CHECK(entry_error(world, deep)["ErrorCode"] == "MalformedDetail");
    deep["Detail"] = evb::test::deep_objects(30000);  // 30000 levels keep the entry under PutEvents' 256 KB
    CHECK(entry_error(world, deep)["ErrorCode"] == "MalformedDetail");
}
