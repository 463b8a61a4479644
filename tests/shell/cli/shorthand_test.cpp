// Tests for shell/src/cli/shorthand.cpp: the AWS CLI's shorthand syntax and its error texts.
#include "../../../shell/src/cli/shorthand.hpp"
#include "../../../shell/src/cli/param_values.hpp"

#include <doctest/doctest.h>

using evb::Json;
using evb::cli::parse_shorthand;

TEST_CASE("shorthand parses key=value pairs in order") {
    auto r = parse_shorthand("Id=1,Arn=arn:aws:logs:us-east-1:1:log-group:/aws/events/x");
    REQUIRE(r.error.empty());
    CHECK(r.value.dump() == R"({"Id":"1","Arn":"arn:aws:logs:us-east-1:1:log-group:/aws/events/x"})");
}

TEST_CASE("shorthand turns a comma-separated value into a list and backtracks before the next key") {
    auto r = parse_shorthand("Key=a,b,c,Other=d");
    REQUIRE(r.error.empty());
    CHECK(r.value.dump() == R"({"Key":["a","b","c"],"Other":"d"})");
}

TEST_CASE("shorthand reads explicit lists and nested hashes") {
    auto r = parse_shorthand("Key2=[a,b],Key3={Inner=x,Deep=[1]}");
    REQUIRE(r.error.empty());
    CHECK(r.value.dump() == R"({"Key2":["a","b"],"Key3":{"Inner":"x","Deep":["1"]}})");
}

TEST_CASE("shorthand values may hold '=', spaces and escaped commas") {
    auto r = parse_shorthand("Input=a=b c,Other=x\\,y");
    REQUIRE(r.error.empty());
    CHECK(r.value.dump() == R"({"Input":"a=b c","Other":"x,y"})");
}

TEST_CASE("shorthand quoted values keep commas and braces") {
    auto r = parse_shorthand("Input='{\"a\":1, \"b\":2}',Id=\"x,y\"");
    REQUIRE(r.error.empty());
    CHECK(r.value.dump() == R"({"Input":"{\"a\":1, \"b\":2}","Id":"x,y"})");
}

TEST_CASE("shorthand reports a missing '=' as the AWS CLI does") {
    auto r = parse_shorthand("Id");
    CHECK(r.error == "Expected: '=', received: 'EOF' for input:\nId\n  ^");
    auto r2 = parse_shorthand("Id=1,Arn=");
    CHECK(r2.value.dump() == R"({"Id":"1","Arn":""})");
    auto r3 = parse_shorthand("Id=1,Arn");
    CHECK(r3.value.dump() == R"({"Id":["1","Arn"]})");
}

TEST_CASE("shorthand reports a duplicated key") {
    auto r = parse_shorthand("Id=1,Id=2");
    CHECK(r.error.find("Second instance of key \"Id\" encountered for input:") == 0);
}

TEST_CASE("shorthand values are coerced to the parameter's shape") {
    auto shape = evb::cli::parse_shape(
        "list<{Id!:string,RetryPolicy:{MaximumRetryAttempts:integer},Flag:boolean,Ids:list<string>}>");
    REQUIRE(shape);
    auto r = parse_shorthand("Id=1,RetryPolicy={MaximumRetryAttempts=3},Flag=true,Ids=x");
    REQUIRE(r.error.empty());
    Json coerced = evb::cli::coerce_to_shape(r.value, *shape->element);
    CHECK(coerced.dump() == R"({"Id":"1","RetryPolicy":{"MaximumRetryAttempts":3},"Flag":true,"Ids":["x"]})");
}

TEST_CASE("timestamps read as epoch seconds") {
    CHECK(evb::cli::parse_timestamp("1597568951") == doctest::Approx(1597568951.0));
    CHECK(*evb::cli::parse_timestamp("2020-08-16T08:09:11Z") == doctest::Approx(1597565351.0));
    CHECK(*evb::cli::parse_timestamp("2020-08-16T10:09:11+02:00") == doctest::Approx(1597565351.0));
    CHECK_FALSE(evb::cli::parse_timestamp("yesterday"));
}
