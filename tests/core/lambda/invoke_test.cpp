#include "evb/lambda/service.hpp"
#include "evb/world/world.hpp"

#include "lambda_test_support.hpp"

using evb::Json;
using evb::test::error_of;
using evb::test::log_messages;
using evb::test::ok_call;

namespace {

// world_with_function has function f (basic execution role) with a behaviour.
evb::World world_with_function(const Json& behavior) {
    evb::World world;
    const std::string role = evb::test::make_role(world, "r", {"service-role/AWSLambdaBasicExecutionRole"});
    evb::test::make_function(world, "f", role, behavior);
    return world;
}

}  // namespace

TEST_CASE("Invoke returns StatusCode, ExecutedVersion and the payload the behaviour returns") {
    evb::World world = world_with_function(Json{{"returns", {{"statusCode", 200}, {"seq", "${seq}"}}}});
    const Json out = ok_call(world, "lambda", "Invoke", {{"FunctionName", "f"}});
    CHECK(evb::test::keys(out) == std::vector<std::string>{"StatusCode", "ExecutedVersion", "Payload"});
    CHECK(out["StatusCode"] == 200);
    CHECK(out["Payload"] == R"({"statusCode":200,"seq":1})");
    CHECK(ok_call(world, "lambda", "Invoke", {{"FunctionName", "f"}})["Payload"] ==
          R"({"statusCode":200,"seq":2})");
}

TEST_CASE("Invoke with LogType Tail returns the base64 of the invocation's log lines") {
    evb::World world = world_with_function(Json{{"logs", {"hello ${event.name}"}}});
    const Json out = ok_call(world, "lambda", "Invoke",
                             {{"FunctionName", "f"}, {"LogType", "Tail"}, {"Payload", R"({"name":"Jane"})"}});
    const std::string tail = *evb::base64_decode(out["LogResult"].get<std::string>());
    CHECK(tail.find("\nhello Jane\nEND RequestId: ") != std::string::npos);
}

TEST_CASE(
    "Invoke writes START, lines, END and REPORT to /aws/lambda/NAME; only a cold start reports Init "
    "Duration") {
    evb::World world = world_with_function(Json{{"logs", {"working"}}});
    ok_call(world, "lambda", "Invoke", {{"FunctionName", "f"}});
    ok_call(world, "lambda", "Invoke", {{"FunctionName", "f"}});
    const auto messages = log_messages(world, "/aws/lambda/f");
    REQUIRE(messages.size() == 8);
    CHECK(messages[0].rfind("START RequestId: ", 0) == 0);
    CHECK(messages[1] == "working\n");
    CHECK(messages[3].find("Init Duration: ") != std::string::npos);
    CHECK(messages[7].find("Init Duration: ") == std::string::npos);
    CHECK(ok_call(world, "logs", "DescribeLogStreams", {{"logGroupName", "/aws/lambda/f"}})["logStreams"]
              .size() == 1);
}

TEST_CASE("an environment idle for 15 minutes goes cold and starts a new log stream") {
    evb::World world = world_with_function(Json::object());
    ok_call(world, "lambda", "Invoke", {{"FunctionName", "f"}});
    world.advance_ms(16 * 60000);
    ok_call(world, "lambda", "Invoke", {{"FunctionName", "f"}});
    CHECK(ok_call(world, "logs", "DescribeLogStreams", {{"logGroupName", "/aws/lambda/f"}})["logStreams"]
              .size() == 2);
}

TEST_CASE("the REPORT line uses the behaviour's fixed numbers and bills whole milliseconds") {
    evb::World world = world_with_function(
        Json{{"durationMs", 1056.12}, {"initDurationMs", 190.34}, {"maxMemoryUsedMb", 67}});
    const Json out = ok_call(world, "lambda", "Invoke", {{"FunctionName", "f"}, {"LogType", "Tail"}});
    const std::string tail = *evb::base64_decode(out["LogResult"].get<std::string>());
    CHECK(tail.find("\tDuration: 1056.12 ms\tBilled Duration: 1057 ms\tMemory Size: 128 MB\tMax Memory Used: "
                    "67 MB\tInit Duration: 190.34 ms\t\n") != std::string::npos);
}

TEST_CASE("a failing behaviour returns FunctionError Unhandled and logs the error") {
    evb::World world = world_with_function(
        Json{{"failure", {{"errorType", "ValueError"}, {"errorMessage", "bad order ${seq}"}, {"every", 2}}}});
    CHECK_FALSE(ok_call(world, "lambda", "Invoke", {{"FunctionName", "f"}}).contains("FunctionError"));
    const Json out = ok_call(world, "lambda", "Invoke", {{"FunctionName", "f"}});
    CHECK(out["FunctionError"] == "Unhandled");
    const Json payload = Json::parse(out["Payload"].get<std::string>());
    CHECK(evb::test::keys(payload) ==
          std::vector<std::string>{"errorMessage", "errorType", "requestId", "stackTrace"});
    CHECK(payload["errorMessage"] == "bad order 2");
    const auto messages = log_messages(world, "/aws/lambda/f");
    CHECK(std::any_of(messages.begin(), messages.end(), [](const std::string& m) {
        return m.rfind("[ERROR] ValueError: bad order 2", 0) == 0;
    }));
}

TEST_CASE("Invoke of type Event answers 202, DryRun 204") {
    evb::World world = world_with_function(Json::object());
    CHECK(ok_call(world, "lambda", "Invoke",
                  {{"FunctionName", "f"}, {"InvocationType", "Event"}})["StatusCode"] == 202);
    CHECK(ok_call(world, "lambda", "Invoke", {{"FunctionName", "f"}, {"InvocationType", "DryRun"}}) ==
          Json{{"StatusCode", 204}});
    CHECK(world.account().lambda.functions.at("f").invocations == 1);
}

TEST_CASE("Invoke reports missing functions, bad payloads and bad enums") {
    evb::World world = world_with_function(Json::object());
    CHECK(error_of(world, "lambda", "Invoke", {{"FunctionName", "nope"}}).code ==
          "ResourceNotFoundException");
    CHECK(error_of(world, "lambda", "Invoke", {{"FunctionName", "f"}, {"Payload", "{nope"}}).code ==
          "InvalidRequestContentException");
    CHECK(error_of(world, "lambda", "Invoke", {{"FunctionName", "f"}, {"InvocationType", "Later"}}).code ==
          "ValidationException");
    CHECK(error_of(world, "lambda", "Invoke", {{"FunctionName", "f"}, {"LogType", "All"}}).code ==
          "ValidationException");
}

TEST_CASE("a role without logs permissions runs the function but writes no logs") {
    evb::World world;
    const std::string role = evb::test::make_role(world, "bare", {});
    evb::test::make_function(world, "f", role, Json{{"logs", {"x"}}});
    const Json out = ok_call(world, "lambda", "Invoke", {{"FunctionName", "f"}, {"LogType", "Tail"}});
    CHECK(out.contains("LogResult"));
    CHECK(world.account().logs.groups.count("/aws/lambda/f") == 0);
}
