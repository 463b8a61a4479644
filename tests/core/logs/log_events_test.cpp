#include "evb/logs/service.hpp"
#include "evb/world/world.hpp"

#include "../test_support.hpp"

using evb::Json;
using evb::test::error_of;
using evb::test::ok_call;

namespace {

// world_with_stream has group /g with stream s.
evb::World world_with_stream() {
    evb::World world;
    ok_call(world, "logs", "CreateLogGroup", {{"logGroupName", "/g"}});
    ok_call(world, "logs", "CreateLogStream", {{"logGroupName", "/g"}, {"logStreamName", "s"}});
    return world;
}

// put_messages writes messages one millisecond apart, ending now.
Json put_messages(evb::World& world, const std::vector<std::string>& messages) {
    Json events = Json::array();
    for (std::size_t i = 0; i < messages.size(); ++i) {
        events.push_back({{"timestamp", world.now_ms() - static_cast<std::int64_t>(messages.size() - i)},
                          {"message", messages[i]}});
    }
    return ok_call(world, "logs", "PutLogEvents",
                   {{"logGroupName", "/g"}, {"logStreamName", "s"}, {"logEvents", events}});
}

Json get(evb::World& world, Json extra = Json::object()) {
    Json request = {{"logGroupName", "/g"}, {"logStreamName", "s"}};
    request.update(extra);
    return ok_call(world, "logs", "GetLogEvents", request);
}

}  // namespace

TEST_CASE("PutLogEvents stores events and returns a 56-digit sequence token") {
    evb::World world = world_with_stream();
    const Json out = put_messages(world, {"one", "two"});
    CHECK(out["nextSequenceToken"].get<std::string>().size() == 56);
    const Json got = get(world);
    REQUIRE(got["events"].size() == 2);
    CHECK(evb::test::keys(got["events"][0]) ==
          std::vector<std::string>{"timestamp", "message", "ingestionTime"});
    CHECK(got["events"][1]["message"] == "two");
    const Json stream =
        ok_call(world, "logs", "DescribeLogStreams", {{"logGroupName", "/g"}})["logStreams"][0];
    CHECK(stream["firstEventTimestamp"] == world.now_ms() - 2);
    CHECK(stream["lastIngestionTime"] == world.now_ms());
}

TEST_CASE("PutLogEvents enforces chronological order, the 24-hour span and non-empty batches") {
    evb::World world = world_with_stream();
    const std::int64_t now = world.now_ms();
    CHECK(error_of(world, "logs", "PutLogEvents",
                   {{"logGroupName", "/g"},
                    {"logStreamName", "s"},
                    {"logEvents", Json::array({{{"timestamp", now}, {"message", "a"}},
                                               {{"timestamp", now - 1}, {"message", "b"}}})}})
              .message == "Log events in a single PutLogEvents request must be in chronological order.");
    CHECK(error_of(world, "logs", "PutLogEvents",
                   {{"logGroupName", "/g"},
                    {"logStreamName", "s"},
                    {"logEvents", Json::array({{{"timestamp", now - 90000000}, {"message", "a"}},
                                               {{"timestamp", now}, {"message", "b"}}})}})
              .code == "InvalidParameterException");
    CHECK(error_of(world, "logs", "PutLogEvents",
                   {{"logGroupName", "/g"}, {"logStreamName", "s"}, {"logEvents", Json::array()}})
              .code == "InvalidParameterException");
    CHECK(error_of(world, "logs", "PutLogEvents",
                   {{"logGroupName", "/g"},
                    {"logStreamName", "x"},
                    {"logEvents", Json::array({{{"timestamp", now}, {"message", "a"}}})}})
              .message == "The specified log stream does not exist.");
}

TEST_CASE("PutLogEvents rejects too old and too new events and reports their indexes") {
    evb::World world = world_with_stream();
    const std::int64_t now = world.now_ms();
    const std::int64_t day = 86400000;
    const Json out =
        ok_call(world, "logs", "PutLogEvents",
                {{"logGroupName", "/g"},
                 {"logStreamName", "s"},
                 {"logEvents", Json::array({{{"timestamp", now - 15 * day}, {"message", "old"}},
                                            {{"timestamp", now - 15 * day + 1}, {"message", "old2"}}})}});
    CHECK(out["rejectedLogEventsInfo"] == Json{{"tooOldLogEventEndIndex", 1}});
    const Json future =
        ok_call(world, "logs", "PutLogEvents",
                {{"logGroupName", "/g"},
                 {"logStreamName", "s"},
                 {"logEvents", Json::array({{{"timestamp", now}, {"message", "ok"}},
                                            {{"timestamp", now + 3 * 3600000}, {"message", "new"}}})}});
    CHECK(future["rejectedLogEventsInfo"] == Json{{"tooNewLogEventStartIndex", 1}});
    CHECK(get(world)["events"].size() == 1);
}

TEST_CASE("GetLogEvents pages forward from the head and backward from the tail with f/ and b/ tokens") {
    evb::World world = world_with_stream();
    put_messages(world, {"1", "2", "3", "4", "5"});
    const Json head = get(world, {{"startFromHead", true}, {"limit", 2}});
    CHECK(head["events"][0]["message"] == "1");
    CHECK(head["nextForwardToken"].get<std::string>().rfind("f/", 0) == 0);
    const Json next = get(world, {{"nextToken", head["nextForwardToken"]}, {"limit", 2}});
    CHECK(next["events"][0]["message"] == "3");
    const Json tail = get(world, {{"limit", 2}});
    CHECK(tail["events"][0]["message"] == "4");
    const Json back = get(world, {{"nextToken", tail["nextBackwardToken"]}, {"limit", 2}});
    CHECK(back["events"][0]["message"] == "2");
    const Json end = get(world, {{"nextToken", tail["nextForwardToken"]}});
    CHECK(end["events"].empty());
    CHECK(end["nextForwardToken"] == tail["nextForwardToken"]);
    CHECK(error_of(world, "logs", "GetLogEvents",
                   {{"logGroupName", "/g"}, {"logStreamName", "s"}, {"nextToken", "f/1"}})
              .code == "InvalidParameterException");
}

TEST_CASE("GetLogEvents keeps events in from startTime up to, not including, endTime") {
    evb::World world = world_with_stream();
    put_messages(world, {"1", "2", "3"});
    const std::int64_t now = world.now_ms();
    const Json got = get(world, {{"startTime", now - 2}, {"endTime", now - 1}});
    REQUIRE(got["events"].size() == 1);
    CHECK(got["events"][0]["message"] == "2");
}

TEST_CASE("FilterLogEvents finds terms and JSON conditions across streams") {
    evb::World world = world_with_stream();
    put_messages(
        world, {R"({"detail":{"price":50}})", R"({"detail":{"price":150}})", "ERROR disk full", "INFO fine"});
    const auto messages = [&](const std::string& pattern) {
        Json out =
            ok_call(world, "logs", "FilterLogEvents", {{"logGroupName", "/g"}, {"filterPattern", pattern}});
        std::vector<std::string> found;
        for (const auto& e : out["events"])
            found.push_back(e["message"]);
        return found;
    };
    CHECK(messages("{ $.detail.price > 100 }") == std::vector<std::string>{R"({"detail":{"price":150}})"});
    CHECK(messages("ERROR") == std::vector<std::string>{"ERROR disk full"});
    CHECK(messages("").size() == 4);
    const Json one =
        ok_call(world, "logs", "FilterLogEvents", {{"logGroupName", "/g"}, {"filterPattern", "ERROR"}});
    CHECK(evb::test::keys(one["events"][0]) ==
          std::vector<std::string>{"logStreamName", "timestamp", "message", "ingestionTime", "eventId"});
    CHECK(evb::test::keys(one) == std::vector<std::string>{"events", "searchedLogStreams"});
    CHECK(error_of(world, "logs", "FilterLogEvents", {{"logGroupName", "/g"}, {"filterPattern", "{ $.a > }"}})
              .code == "InvalidParameterException");
    CHECK(error_of(world, "logs", "FilterLogEvents",
                   {{"logGroupName", "/g"}, {"logStreamNames", {"s"}}, {"logStreamNamePrefix", "s"}})
              .code == "InvalidParameterException");
}

TEST_CASE("FilterLogEvents limits to named streams and pages") {
    evb::World world = world_with_stream();
    ok_call(world, "logs", "CreateLogStream", {{"logGroupName", "/g"}, {"logStreamName", "other"}});
    put_messages(world, {"a", "b", "c"});
    CHECK(ok_call(world, "logs", "FilterLogEvents",
                  {{"logGroupName", "/g"}, {"logStreamNames", {"other"}}})["events"]
              .empty());
    const Json page = ok_call(world, "logs", "FilterLogEvents", {{"logGroupName", "/g"}, {"limit", 2}});
    CHECK(page["events"].size() == 2);
    const Json rest = ok_call(world, "logs", "FilterLogEvents",
                              {{"logGroupName", "/g"}, {"limit", 2}, {"nextToken", page["nextToken"]}});
    CHECK(rest["events"].size() == 1);
}
