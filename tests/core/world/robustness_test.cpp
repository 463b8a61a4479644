// Every operation, fed malformed requests, answers with an AWS error or a response: never a crash, and
// never InternalFailure (which would mean an exception escaped an operation).
#include "evb/events/service.hpp"
#include "evb/iam/service.hpp"
#include "evb/lambda/service.hpp"
#include "evb/logs/service.hpp"
#include "evb/scenario/tutorial_example.hpp"
#include "evb/world/world.hpp"

#include <doctest/doctest.h>

using evb::Json;

namespace {

const char* const kMembers[] = {"Name",           "EventBusName",
                                "Rule",           "Targets",
                                "Entries",        "EventPattern",
                                "Event",          "ScheduleExpression",
                                "State",          "Ids",
                                "NamePrefix",     "Limit",
                                "NextToken",      "TargetArn",
                                "logGroupName",   "logStreamName",
                                "logEvents",      "filterPattern",
                                "nextToken",      "limit",
                                "startTime",      "logStreamNames",
                                "orderBy",        "FunctionName",
                                "Code",           "Payload",
                                "Role",           "Runtime",
                                "Handler",        "Behavior",
                                "ZipFile",        "InvocationType",
                                "LogType",        "RoleName",
                                "PolicyArn",      "PolicyName",
                                "PolicyDocument", "AssumeRolePolicyDocument",
                                "Path",           "MaxItems",
                                "Marker"};

// garbage lists values of every JSON kind, including ones shaped almost right.
std::vector<Json> garbage() {
    return {Json(),
            Json(-1),
            Json(1.5),
            Json(true),
            Json(""),
            Json("x"),
            Json("{"),
            Json::array(),
            Json::array({Json()}),
            Json::array({1}),
            Json::object(),
            Json{{"a", 1}},
            Json::array({Json::object()}),
            Json::array({Json{{"Id", 1}, {"Arn", Json::array()}}}),
            Json::array({Json{{"Source", 1}, {"Detail", Json::object()}}}),
            Json::array({Json{{"timestamp", "x"}, {"message", 1}}}),
            Json{{"ZipFile", 5}},
            Json(std::string(300000, 'a')),
            Json("\xff\xfe")};
}

// all_operations pairs every service name with its operations.
std::vector<std::pair<std::string, std::string>> all_operations() {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& op : evb::events_operations())
        out.emplace_back("events", std::string(op.name));
    for (const auto& op : evb::logs_operations())
        out.emplace_back("logs", std::string(op.name));
    for (const auto& op : evb::lambda_operations())
        out.emplace_back("lambda", std::string(op.name));
    for (const auto& op : evb::iam_operations())
        out.emplace_back("iam", std::string(op.name));
    return out;
}

}  // namespace

TEST_CASE("no operation fails internally on malformed requests") {
    evb::World world(evb::WorldConfig{.account_id = "803943555226"});
    REQUIRE_FALSE(evb::install_tutorial_example(world).has_value());
    const auto values = garbage();
    for (const auto& [service, op] : all_operations()) {
        for (const Json& whole : values) {
            CAPTURE(service);
            CAPTURE(op);
            const auto result = world.call(service, op, whole);
            CHECK((result.ok() || result.error().code != "InternalFailure"));
        }
        for (const char* member : kMembers) {
            for (const Json& value : values) {
                const auto result = world.call(service, op,
                                               Json{{member, value},
                                                    {"Name", "manual-order-rule"},
                                                    {"EventBusName", "manual-order-bus"},
                                                    {"Rule", "manual-order-rule"},
                                                    {"FunctionName", "manual-order-function"}});
                if (!result.ok() && result.error().code == "InternalFailure") {
                    FAIL_CHECK(service
                               << " " << op << " " << member << "="
                               << value.dump(-1, ' ', false, Json::error_handler_t::replace).substr(0, 80)
                               << ": " << result.error().message);
                }
            }
        }
    }
}
