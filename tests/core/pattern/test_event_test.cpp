// Tests for test_event.cpp: TestEventPattern's check of its Event parameter.
#include <doctest/doctest.h>

#include "evb/pattern/event_pattern.hpp"

namespace {

constexpr const char* kEnvelope =
    R"({"id": "1", "account": "123456789012", "source": "s", "time": "2022-07-13T13:48:01Z", "region": "us-east-2",)"
    R"( "detail-type": "t")";

}  // namespace

TEST_CASE("check_test_event accepts an object with the envelope fields") {
    CHECK_FALSE(evb::check_test_event(std::string(kEnvelope) + "}"));
    CHECK_FALSE(evb::check_test_event(std::string(kEnvelope) + R"(, "detail": {"a": [1, {"b": 2}]}})"));
}

TEST_CASE("check_test_event accepts envelope fields of any type, as AWS does") {
    const std::string event = R"({"id": 1, "account": null, "source": [], "time": {}, "region": true,)"
                              R"( "detail-type": ["EC2 Instance State-change Notification"]})";
    CHECK_FALSE(evb::check_test_event(event));
}

TEST_CASE("check_test_event rejects non-objects, invalid JSON and missing envelope fields") {
    for (const char* event : {"plain string", R"(["plain string"])", R"({"testEvent": "value"})", "",
                              R"({"id": "1", "account": "1", "source": "s", "time": "t", "region": "r"})"}) {
        CAPTURE(event);
        const auto error = evb::check_test_event(event);
        REQUIRE(error);
        CHECK(error->code == "ValidationException");
        CHECK(error->message == "Parameter Event is not valid.");
    }
    CHECK(evb::check_test_event(std::string(kEnvelope) + "} trailing"));
    CHECK(evb::check_test_event(std::string(kEnvelope) + ", \"x\": [1,]}"));
}
