#include "evb/logs/service.hpp"
#include "evb/world/world.hpp"

#include "../test_support.hpp"

using evb::Json;
using evb::test::error_of;
using evb::test::ok_call;

TEST_CASE("CreateLogStream makes an empty stream described without event fields") {
    evb::World world;
    ok_call(world, "logs", "CreateLogGroup", {{"logGroupName", "/g"}});
    ok_call(world, "logs", "CreateLogStream", {{"logGroupName", "/g"}, {"logStreamName", "s"}});
    const Json s = ok_call(world, "logs", "DescribeLogStreams", {{"logGroupName", "/g"}})["logStreams"][0];
    CHECK(evb::test::keys(s) ==
          std::vector<std::string>{"logStreamName", "creationTime", "arn", "storedBytes"});
    CHECK(s["arn"] == "arn:aws:logs:us-east-1:123456789012:log-group:/g:log-stream:s");
}

TEST_CASE("CreateLogStream refuses duplicates, missing groups and names with : or *") {
    evb::World world;
    ok_call(world, "logs", "CreateLogGroup", {{"logGroupName", "/g"}});
    ok_call(world, "logs", "CreateLogStream", {{"logGroupName", "/g"}, {"logStreamName", "s"}});
    CHECK(error_of(world, "logs", "CreateLogStream", {{"logGroupName", "/g"}, {"logStreamName", "s"}})
              .message == "The specified log stream already exists");
    CHECK(error_of(world, "logs", "CreateLogStream", {{"logGroupName", "/nope"}, {"logStreamName", "s"}})
              .code == "ResourceNotFoundException");
    CHECK(
        error_of(world, "logs", "CreateLogStream", {{"logGroupName", "/g"}, {"logStreamName", "a:b"}}).code ==
        "InvalidParameterException");
}

TEST_CASE("DescribeLogStreams orders by name or by last event time, either direction") {
    evb::World world;
    ok_call(world, "logs", "CreateLogGroup", {{"logGroupName", "/g"}});
    for (const char* s : {"b", "a", "c"})
        ok_call(world, "logs", "CreateLogStream", {{"logGroupName", "/g"}, {"logStreamName", s}});
    const auto put = [&](const char* stream, std::int64_t t) {
        ok_call(world, "logs", "PutLogEvents",
                {{"logGroupName", "/g"},
                 {"logStreamName", stream},
                 {"logEvents", Json::array({{{"timestamp", t}, {"message", "m"}}})}});
    };
    put("a", world.now_ms() - 10), put("b", world.now_ms() - 30), put("c", world.now_ms() - 20);
    const auto names = [](const Json& out) {
        std::string all;
        for (const auto& s : out["logStreams"])
            all += s["logStreamName"].get<std::string>();
        return all;
    };
    CHECK(names(ok_call(world, "logs", "DescribeLogStreams", {{"logGroupName", "/g"}})) == "abc");
    CHECK(names(ok_call(world, "logs", "DescribeLogStreams",
                        {{"logGroupName", "/g"}, {"descending", true}})) == "cba");
    CHECK(names(ok_call(world, "logs", "DescribeLogStreams",
                        {{"logGroupName", "/g"}, {"orderBy", "LastEventTime"}})) == "bca");
    CHECK(error_of(world, "logs", "DescribeLogStreams",
                   {{"logGroupName", "/g"}, {"orderBy", "LastEventTime"}, {"logStreamNamePrefix", "a"}})
              .message == "Cannot order by LastEventTime with a logStreamNamePrefix.");
    CHECK(error_of(world, "logs", "DescribeLogStreams", {{"logGroupName", "/g"}, {"orderBy", "Size"}}).code ==
          "InvalidParameterException");
    CHECK(error_of(world, "logs", "DescribeLogStreams", {{"logGroupName", "/nope"}}).code ==
          "ResourceNotFoundException");
}
