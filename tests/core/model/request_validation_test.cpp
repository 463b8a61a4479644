// The server side of request validation: every World::call is checked against AWS's model of its operation
// before the service runs, with AWS's texts, whoever calls (the page, an embed, the shell).
#include "evb/model/request_validation.hpp"

#include "../test_support.hpp"

#include <doctest/doctest.h>

#include <string>

using evb::Json;
using evb::test::error_of;
using evb::test::ok_call;

namespace {

constexpr const char* kPattern = R"({"source":["shop"]})";

std::string message_of(const char* service, const char* operation, const Json& request) {
    auto error = evb::model::validate_request(service, operation, request);
    return error ? error->message : std::string("(passed)");
}

}  // namespace

TEST_CASE("a missing required member is reported as null") {
    CHECK(message_of("events", "CreateEventBus", Json::object()) ==
          "1 validation error detected: Value null at 'name' failed to satisfy constraint: Member must not "
          "be null");
    CHECK(message_of("events", "CreateEventBus", {{"Name", nullptr}}) ==
          "1 validation error detected: Value null at 'name' failed to satisfy constraint: Member must not "
          "be null");
}

TEST_CASE("a string longer than its maximum length fails") {
    CHECK(message_of("events", "PutRule", {{"Name", "r"}, {"Description", std::string(513, 'd')}}) ==
          "1 validation error detected: Value '" + std::string(513, 'd') +
              "' at 'description' failed to satisfy constraint: Member must have length less than or equal "
              "to 512");
    CHECK(message_of("events", "PutRule", {{"Name", "r"}, {"Description", std::string(512, 'd')}}) ==
          "(passed)");
}

TEST_CASE("a string breaking its pattern fails with the model's pattern") {
    CHECK(message_of("events", "PutRule", {{"Name", "abc!"}, {"EventPattern", kPattern}}) ==
          "1 validation error detected: Value 'abc!' at 'name' failed to satisfy constraint: Member must "
          "satisfy "
          "regular expression pattern: [\\.\\-_A-Za-z0-9]+");
}

TEST_CASE("an empty string breaks both its pattern and its minimum length, pattern first") {
    CHECK(
        message_of("events", "CreateEventBus", {{"Name", ""}}) ==
        "2 validation errors detected: Value '' at 'name' failed to satisfy constraint: Member must satisfy "
        "regular expression pattern: [/\\.\\-_A-Za-z0-9]+; Value '' at 'name' failed to satisfy constraint: "
        "Member must have length greater than or equal to 1");
}

TEST_CASE("a value outside an enum fails with the model's values") {
    CHECK(
        message_of("lambda", "Invoke", {{"FunctionName", "f"}, {"InvocationType", "Sync"}}) ==
        "1 validation error detected: Value 'Sync' at 'invocationType' failed to satisfy constraint: Member "
        "must satisfy enum value set: [Event, RequestResponse, DryRun]");
}

TEST_CASE("enums AWS has extended since the pinned models are left to the services") {
    CHECK(message_of("events", "PutRule",
                     {{"Name", "r"}, {"State", "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS"}}) ==
          "(passed)");
    CHECK(message_of("lambda", "CreateFunction",
                     {{"FunctionName", "f"},
                      {"Role", "arn:aws:iam::123456789012:role/r"},
                      {"Code", Json::object()},
                      {"Runtime", "python3.12"}}) == "(passed)");
}

TEST_CASE("numbers outside their range fail, printed quoted as AWS prints them") {
    CHECK(message_of("events", "ListRules", {{"Limit", 0}}) ==
          "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member must have "
          "value "
          "greater than or equal to 1");
    CHECK(message_of("events", "ListRules", {{"Limit", 101}}) ==
          "1 validation error detected: Value '101' at 'limit' failed to satisfy constraint: Member must "
          "have value "
          "less than or equal to 100");
    CHECK(message_of("lambda", "CreateFunction",
                     {{"FunctionName", "f"},
                      {"Role", "arn:aws:iam::123456789012:role/r"},
                      {"Code", Json::object()},
                      {"MemorySize", 64}})
              .find("Value '64' at 'memorySize' failed to satisfy constraint: Member must have value greater "
                    "than "
                    "or equal to 128") != std::string::npos);
}

TEST_CASE("several failures are counted and joined in the model's member order") {
    CHECK(message_of("events", "PutRule",
                     {{"Name", "a!"}, {"Description", std::string(513, 'd')}, {"Limit", 1}}) ==
          "2 validation errors detected: Value 'a!' at 'name' failed to satisfy constraint: Member must "
          "satisfy "
          "regular expression pattern: [\\.\\-_A-Za-z0-9]+; Value '" +
              std::string(513, 'd') +
              "' at 'description' failed to satisfy constraint: Member must have length less than or equal "
              "to 512");
}

TEST_CASE("members of list elements are named by their 1-based position") {
    const Json request = {
        {"Rule", "r"},
        {"Targets", Json::array({{{"Id", "ok"}, {"Arn", "arn:aws:logs:us-east-1:1:log-group:g"}},
                                 {{"Id", "bad id!"}, {"Arn", "arn:x"}}})}};
    CHECK(
        message_of("events", "PutTargets", request) ==
        "1 validation error detected: Value 'bad id!' at 'targets.2.member.id' failed to satisfy constraint: "
        "Member must satisfy regular expression pattern: [\\.\\-_A-Za-z0-9]+");
    const Json nested = {
        {"Rule", "r"},
        {"Targets", Json::array({{{"Id", "t"}, {"Arn", "arn:x"}, {"InputTransformer", Json::object()}}})}};
    CHECK(message_of("events", "PutTargets", nested) ==
          "1 validation error detected: Value null at 'targets.1.member.inputTransformer.inputTemplate' "
          "failed to "
          "satisfy constraint: Member must not be null");
}

TEST_CASE("a list's own length is checked, shown as Java prints a list") {
    CHECK(
        message_of("events", "PutEvents", {{"Entries", Json::array()}}) ==
        "1 validation error detected: Value '[]' at 'entries' failed to satisfy constraint: Member must have "
        "length greater than or equal to 1");
    CHECK(message_of("events", "RemoveTargets", {{"Rule", "r"}, {"Ids", Json::array({"a", "b!"})}}) ==
          "1 validation error detected: Value '[a, b!]' at 'ids' failed to satisfy constraint: Member must "
          "satisfy constraint: [Member must have length less than or equal to 64, Member must have length "
          "greater than or equal to 1, Member must satisfy regular expression pattern: [\\.\\-_A-Za-z0-9]+]");
}

TEST_CASE("map keys breaking their pattern fail once, a sensitive map without its value") {
    CHECK(
        message_of("lambda", "CreateFunction",
                   {{"FunctionName", "f"},
                    {"Role", "arn:aws:iam::123456789012:role/r"},
                    {"Code", Json::object()},
                    {"Environment", {{"Variables", {{"A", "1"}, {"OK_NAME", "2"}}}}}}) ==
        "1 validation error detected: Value at 'environment.variables' failed to satisfy constraint: Map "
        "keys "
        "must satisfy constraint: [Member must satisfy regular expression pattern: [a-zA-Z]([a-zA-Z0-9_])+]");
}

TEST_CASE("a member of the wrong JSON type is a SerializationException naming the top-level member") {
    auto error = evb::model::validate_request("events", "PutRule", {{"Name", 5}});
    REQUIRE(error);
    CHECK(error->code == "SerializationException");
    CHECK(error->message == "Unexpected type for member 'Name'.");
    error = evb::model::validate_request(
        "events", "PutTargets", {{"Rule", "r"}, {"Targets", Json::array({{{"Id", 1}, {"Arn", "a"}}})}});
    REQUIRE(error);
    CHECK(error->message == "Unexpected type for member 'Targets'.");
    CHECK(evb::model::validate_request("events", "PutRule", Json::array())->message ==
          "Request body must be a JSON object.");
}

TEST_CASE("blobs and documents take any JSON value, timestamps numbers or text") {
    CHECK(message_of("lambda", "Invoke", {{"FunctionName", "f"}, {"Payload", {{"order", 1}}}}) == "(passed)");
    CHECK(message_of("events", "PutEvents",
                     {{"Entries", Json::array({{{"Source", "s"}, {"Time", 1700000000}},
                                               {{"Time", "2026-01-01"}}})}}) == "(passed)");
}

TEST_CASE("each service answers with its own error code") {
    CHECK(evb::model::validation_error_code("events") == "ValidationException");
    CHECK(evb::model::validation_error_code("lambda") == "ValidationException");
    CHECK(evb::model::validation_error_code("logs") == "InvalidParameterException");
    CHECK(evb::model::validation_error_code("iam") == "ValidationError");
}

TEST_CASE("an unknown service or operation is not this check's business") {
    CHECK_FALSE(evb::model::validate_request("route53", "ListHostedZones", Json::object()));
    CHECK_FALSE(evb::model::validate_request("events", "Nope", Json::object()));
}

TEST_CASE("a page-style call to events meets the server's error before the service runs") {
    evb::World world;
    const auto error = error_of(world, "events", "PutRule", {{"Name", "abc!"}, {"EventPattern", kPattern}});
    CHECK(error.code == "ValidationException");
    CHECK(error.message ==
          "1 validation error detected: Value 'abc!' at 'name' failed to satisfy constraint: Member must "
          "satisfy "
          "regular expression pattern: [\\.\\-_A-Za-z0-9]+");
    CHECK(error_of(world, "events", "PutRule", {{"Name", "r"}, {"ScheduleExpression", std::string(257, 'x')}})
              .message.find(
                  "at 'scheduleExpression' failed to satisfy constraint: Member must have length less "
                  "than or equal to 256") != std::string::npos);
    CHECK(ok_call(world, "events", "ListRules")["Rules"].empty());
}

TEST_CASE("a page-style call to logs meets InvalidParameterException") {
    evb::World world;
    const auto error = error_of(world, "logs", "CreateLogGroup", {{"logGroupName", "a!"}});
    CHECK(error.code == "InvalidParameterException");
    CHECK(
        error.message ==
        "1 validation error detected: Value 'a!' at 'logGroupName' failed to satisfy constraint: Member must "
        "satisfy regular expression pattern: [\\.\\-_/#A-Za-z0-9]+");
    CHECK(error_of(world, "logs", "DescribeLogStreams", {{"logGroupName", "/g"}, {"limit", 51}}).message ==
          "1 validation error detected: Value '51' at 'limit' failed to satisfy constraint: Member must have "
          "value "
          "less than or equal to 50");
}

TEST_CASE("a page-style call to lambda meets ValidationException") {
    evb::World world;
    const auto error = error_of(world, "lambda", "CreateFunction",
                                {{"FunctionName", "f"}, {"Role", "lambdarole"}, {"Code", Json::object()}});
    CHECK(error.code == "ValidationException");
    CHECK(
        error.message ==
        "1 validation error detected: Value 'lambdarole' at 'role' failed to satisfy constraint: Member must "
        "satisfy regular expression pattern: "
        "arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+");
}

TEST_CASE("a page-style call to iam meets ValidationError") {
    evb::World world;
    const auto error = error_of(world, "iam", "CreateRole",
                                {{"RoleName", std::string(65, 'r')}, {"AssumeRolePolicyDocument", "{}"}});
    CHECK(error.code == "ValidationError");
    CHECK(error.message ==
          "1 validation error detected: Value '" + std::string(65, 'r') +
              "' at 'roleName' failed to satisfy constraint: Member must have length less than or "
              "equal to 64");
}

TEST_CASE("an operation that is not emulated is validated before it is refused") {
    evb::World world;
    const auto error = error_of(world, "events", "CreateArchive", {{"ArchiveName", "a!"}});
    CHECK(error.code == "ValidationException");
    CHECK(error.message.find(
              "Value null at 'eventSourceArn' failed to satisfy constraint: Member must not be null") !=
          std::string::npos);
}

TEST_CASE("a read-only world refuses a change before validating it") {
    evb::World world;
    world.set_read_only(true);
    CHECK(error_of(world, "events", "PutRule", {{"Name", "abc!"}}).code == "AccessDeniedException");
}
