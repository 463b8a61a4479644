#include "evb/logs/service.hpp"
#include "evb/world/world.hpp"

#include "../test_support.hpp"

using evb::Json;
using evb::test::error_of;
using evb::test::ok_call;

TEST_CASE("CreateLogGroup creates a group DescribeLogGroups shows with AWS's fields") {
    evb::World world;
    CHECK(ok_call(world, "logs", "CreateLogGroup", {{"logGroupName", "/aws/events/x"}}) == Json::object());
    const Json groups = ok_call(world, "logs", "DescribeLogGroups");
    REQUIRE(groups["logGroups"].size() == 1);
    const Json& g = groups["logGroups"][0];
    CHECK(evb::test::keys(g) == std::vector<std::string>{"logGroupName", "creationTime", "metricFilterCount",
                                                         "arn", "storedBytes", "logGroupClass",
                                                         "logGroupArn"});
    CHECK(g["arn"] == "arn:aws:logs:us-east-1:123456789012:log-group:/aws/events/x:*");
    CHECK(g["logGroupArn"] == "arn:aws:logs:us-east-1:123456789012:log-group:/aws/events/x");
    CHECK(g["creationTime"] == 1700000000000);
}

TEST_CASE("CreateLogGroup refuses duplicates and bad names") {
    evb::World world;
    ok_call(world, "logs", "CreateLogGroup", {{"logGroupName", "/g"}});
    const auto dup = error_of(world, "logs", "CreateLogGroup", {{"logGroupName", "/g"}});
    CHECK(dup.code == "ResourceAlreadyExistsException");
    CHECK(dup.message == "The specified log group already exists");
    CHECK(error_of(world, "logs", "CreateLogGroup", {{"logGroupName", "bad name"}}).code ==
          "InvalidParameterException");
    CHECK(error_of(world, "logs", "CreateLogGroup", Json::object()).message ==
          "1 validation error detected: Value null at 'logGroupName' failed to satisfy constraint: Member "
          "must not be null");
}

TEST_CASE("DeleteLogGroup deletes, and a missing group is ResourceNotFoundException") {
    evb::World world;
    ok_call(world, "logs", "CreateLogGroup", {{"logGroupName", "/g"}});
    ok_call(world, "logs", "DeleteLogGroup", {{"logGroupName", "/g"}});
    const auto e = error_of(world, "logs", "DeleteLogGroup", {{"logGroupName", "/g"}});
    CHECK(e.code == "ResourceNotFoundException");
    CHECK(e.message == "The specified log group does not exist.");
}

TEST_CASE("DescribeLogGroups filters by prefix and pages") {
    evb::World world;
    for (const char* g : {"/aws/events/a", "/aws/events/b", "/aws/lambda/f"})
        ok_call(world, "logs", "CreateLogGroup", {{"logGroupName", g}});
    CHECK(ok_call(world, "logs", "DescribeLogGroups", {{"logGroupNamePrefix", "/aws/events"}})["logGroups"]
              .size() == 2);
    const Json page = ok_call(world, "logs", "DescribeLogGroups", {{"limit", 2}});
    CHECK(page["logGroups"].size() == 2);
    const Json rest =
        ok_call(world, "logs", "DescribeLogGroups", {{"limit", 2}, {"nextToken", page["nextToken"]}});
    CHECK(rest["logGroups"].size() == 1);
    CHECK(error_of(world, "logs", "DescribeLogGroups", {{"nextToken", "x"}}).code ==
          "InvalidParameterException");
}
