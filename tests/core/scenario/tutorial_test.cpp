// Replays the seed tutorial (account 803943555226) and checks every response against the JSON the
// tutorial prints: the same field names in the same order, recursively.
#include "evb/common/base64.hpp"
#include "evb/scenario/tutorial_example.hpp"
#include "evb/world/world.hpp"

#include "../test_support.hpp"

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

using evb::Json;
using evb::test::ok_call;

namespace {

// shape describes a JSON value's structure: object keys in order, the first array element, scalar kinds.
std::string shape(const Json& value) {
    if (value.is_object()) {
        std::string out = "{";
        for (const auto& [key, item] : value.items())
            out += key + ":" + shape(item) + ",";
        return out + "}";
    }
    if (value.is_array()) return value.empty() ? "[]" : "[" + shape(value[0]) + "]";
    if (value.is_string()) return "s";
    if (value.is_number()) return "n";
    if (value.is_boolean()) return "b";
    return "null";
}

// seed_text reads the tutorial.
std::string seed_text() {
    for (const auto& entry : std::filesystem::directory_iterator(std::string(EVB_SHARED_DIR) + "/seed")) {
        if (entry.path().extension() == ".txt") {
            std::ifstream in(entry.path());
            std::stringstream text;
            text << in.rdbuf();
            return text.str();
        }
    }
    return "";
}

// seed_outputs maps each "aws ..." command of the tutorial (words up to the first option) to the JSON it
// printed; a command printed twice keeps both, in order.
std::multimap<std::string, Json> seed_outputs() {
    std::multimap<std::string, Json> outputs;
    std::istringstream lines(seed_text());
    std::string line, command, block;
    int depth = 0;
    while (std::getline(lines, line)) {
        if (const auto at = line.find("$ aws "); at != std::string::npos) {
            std::istringstream words(line.substr(at + 2));
            std::string w1, w2, w3;
            words >> w1 >> w2 >> w3;
            command = w2 + " " + w3;
            continue;
        }
        if (command.empty()) continue;
        if (depth == 0 && line.rfind("{", 0) != 0) continue;
        for (char c : line)
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
        block += line + "\n";
        if (depth == 0) {
            outputs.emplace(command, Json::parse(block));
            block.clear();
            command.clear();
        }
    }
    return outputs;
}

// expected returns the n-th output the tutorial printed for a command.
Json expected(const std::multimap<std::string, Json>& outputs, const std::string& command, int n = 0) {
    auto range = outputs.equal_range(command);
    for (auto it = range.first; it != range.second; ++it, --n) {
        if (n == 0) return it->second;
    }
    FAIL("the tutorial has no output for " << command);
    return Json();
}

const std::string kAccount = "803943555226";

// tutorial_world is a fresh world in the tutorial's account.
evb::World tutorial_world() {
    return evb::World(evb::WorldConfig{"us-east-1", kAccount, 42, 1597568000000});
}

}  // namespace

TEST_CASE("the tutorial's outputs are found in the seed") {
    const auto outputs = seed_outputs();
    CHECK(outputs.count("events create-event-bus") == 1);
    CHECK(outputs.count("logs describe-log-streams") == 2);
    CHECK(outputs.count("lambda create-function") == 1);
}

TEST_CASE("replaying the tutorial gives responses shaped exactly as the tutorial's") {
    const auto seed = seed_outputs();
    evb::World world = tutorial_world();
    const auto steps = evb::tutorial_requests(world.region(), world.account_id());
    auto run = [&](std::size_t i) {
        return ok_call(world, steps[i]["service"].get<std::string>(),
                       steps[i]["operation"].get<std::string>(), steps[i]["request"]);
    };

    const Json bus = run(0);
    CHECK(bus == expected(seed, "events create-event-bus"));
    // AWS has added CreationTime and LastModifiedTime to ListEventBuses' entries since the tutorial was
    // recorded (its EventBus shape, API reference); apart from them the shape is the tutorial's.
    Json buses = ok_call(world, "events", "ListEventBuses");
    for (auto& entry : buses["EventBuses"]) {
        CHECK(entry["CreationTime"] == "2020-08-16T08:53:20+00:00");
        CHECK(entry["LastModifiedTime"] == entry["CreationTime"]);
        entry.erase("CreationTime");
        entry.erase("LastModifiedTime");
    }
    CHECK(shape(buses) == shape(expected(seed, "events list-event-buses")));
    CHECK(buses["EventBuses"][1]["Arn"] == expected(seed, "events list-event-buses")["EventBuses"][1]["Arn"]);

    const Json rule = run(1);
    CHECK(rule == expected(seed, "events put-rule"));
    const Json rules = ok_call(world, "events", "ListRules", {{"EventBusName", "manual-order-bus"}});
    CHECK(rules == expected(seed, "events list-rules"));

    for (std::size_t i = 2; i < steps.size() - 1; ++i)
        run(i);
    const Json attached =
        ok_call(world, "iam", "ListAttachedRolePolicies", {{"RoleName", "myManualOrder-role-hcqiducd"}});
    CHECK(attached == expected(seed, "iam list-attached-role-policies"));

    const Json created = run(steps.size() - 1);
    CHECK(shape(created) == shape(expected(seed, "lambda create-function")));
    CHECK(created["FunctionArn"] == expected(seed, "lambda create-function")["FunctionArn"]);
    CHECK(created["Role"] == expected(seed, "lambda create-function")["Role"]);
    const Json functions = ok_call(world, "lambda", "ListFunctions");
    CHECK(shape(functions) == shape(expected(seed, "lambda list-functions")));

    const Json before =
        ok_call(world, "logs", "DescribeLogStreams", {{"logGroupName", "/aws/events/manual-order-cw"}});
    CHECK(before == expected(seed, "logs describe-log-streams", 0));

    world.advance_ms(1000);
    const Json invoked =
        ok_call(world, "lambda", "Invoke", {{"FunctionName", "manual-order-function"}, {"LogType", "Tail"}});
    CHECK(evb::test::keys(invoked) ==
          std::vector<std::string>{"StatusCode", "LogResult", "ExecutedVersion", "Payload"});
    CHECK(invoked["Payload"] == R"({"statusCode":200,"body":"\"Hello from Lambda!\""})");

    const Json after =
        ok_call(world, "logs", "DescribeLogStreams", {{"logGroupName", "/aws/events/manual-order-cw"}});
    CHECK(shape(after) == shape(expected(seed, "logs describe-log-streams", 1)));
    const std::string arn = after["logStreams"][0]["arn"];
    CHECK(arn.rfind("arn:aws:logs:us-east-1:803943555226:log-group:/aws/events/manual-order-cw:log-stream:",
                    0) == 0);
}

TEST_CASE("the tutorial's invoke tail holds START, END and a REPORT with Init Duration") {
    evb::World world = tutorial_world();
    REQUIRE_FALSE(evb::install_tutorial_example(world).has_value());
    const Json invoked =
        ok_call(world, "lambda", "Invoke", {{"FunctionName", "manual-order-function"}, {"LogType", "Tail"}});
    const std::string tail = *evb::base64_decode(invoked["LogResult"].get<std::string>());
    std::istringstream lines(tail);
    std::string start, end, report;
    std::getline(lines, start);
    std::getline(lines, end);
    std::getline(lines, report);
    CHECK(start.rfind("START RequestId: ", 0) == 0);
    CHECK(start.find(" Version: $LATEST") != std::string::npos);
    const std::string id = start.substr(17, 36);
    CHECK(end == "END RequestId: " + id);
    CHECK(report.rfind("REPORT RequestId: " + id + "\tDuration: ", 0) == 0);
    for (const char* part :
         {"\tBilled Duration: ", " ms\tMemory Size: 128 MB\tMax Memory Used: ", " MB\tInit Duration: "}) {
        CHECK(report.find(part) != std::string::npos);
    }
}

TEST_CASE("the tutorial's log event is the order's full envelope on manual-order-bus") {
    evb::World world = tutorial_world();
    REQUIRE_FALSE(evb::install_tutorial_example(world).has_value());
    ok_call(world, "lambda", "Invoke", {{"FunctionName", "manual-order-function"}});
    const Json events =
        ok_call(world, "logs", "FilterLogEvents", {{"logGroupName", "/aws/events/manual-order-cw"}});
    REQUIRE(events["events"].size() == 1);
    const Json event = Json::parse(events["events"][0]["message"].get<std::string>());
    CHECK(evb::test::keys(event) == std::vector<std::string>{"version", "id", "detail-type", "source",
                                                             "account", "time", "region", "resources",
                                                             "detail"});
    CHECK(event["source"] == "Order Service");
    CHECK(event["detail-type"] == "New Order");
    CHECK(event["account"] == kAccount);
    CHECK(event["detail"]["customer"]["name"] == "Jane Doe");
    CHECK(events["events"][0]["eventId"] == event["id"]);
}

TEST_CASE("the tutorial's function logs to /aws/lambda/manual-order-function in a Lambda-named stream") {
    evb::World world = tutorial_world();
    REQUIRE_FALSE(evb::install_tutorial_example(world).has_value());
    ok_call(world, "lambda", "Invoke", {{"FunctionName", "manual-order-function"}});
    const Json streams =
        ok_call(world, "logs", "DescribeLogStreams", {{"logGroupName", "/aws/lambda/manual-order-function"}});
    REQUIRE(streams["logStreams"].size() == 1);
    const std::string name = streams["logStreams"][0]["logStreamName"];
    CHECK(name.rfind("2020/08/16/[$LATEST]", 0) == 0);
    CHECK(name.size() == std::string("2020/08/16/[$LATEST]").size() + 32);
}
