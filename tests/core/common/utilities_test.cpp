// Small building blocks: time formats, ARNs, ids, SHA-256, base64 and validation messages.
#include "evb/common/arn.hpp"
#include "evb/common/base64.hpp"
#include "evb/common/ids.hpp"
#include "evb/common/sha256.hpp"
#include "evb/common/time_format.hpp"
#include "evb/common/validation.hpp"

#include <doctest/doctest.h>

#include <cstdio>
#include <string>

namespace {

std::string hex(const std::array<std::uint8_t, 32>& digest) {
    std::string out;
    char buffer[3];
    for (auto b : digest)
        std::snprintf(buffer, sizeof buffer, "%02x", b), out += buffer;
    return out;
}

}  // namespace

TEST_CASE("times print the way each AWS service prints them") {
    const std::int64_t t = 1597568274443;  // 2020-08-16T08:57:54.443Z
    CHECK(evb::event_time(t) == "2020-08-16T08:57:54Z");
    CHECK(evb::lambda_time(t) == "2020-08-16T08:57:54.443+0000");
    CHECK(evb::cli_time(t) == "2020-08-16T08:57:54.443000+00:00");
    CHECK(evb::cli_time(1597568274000) == "2020-08-16T08:57:54+00:00");
    CHECK(evb::date_path(t) == "2020/08/16");
    CHECK(evb::to_civil(t).weekday == 0);
    CHECK(evb::event_time(0) == "1970-01-01T00:00:00Z");
}

TEST_CASE("ISO 8601 times and epoch-second numbers parse to milliseconds") {
    CHECK(evb::parse_iso8601("2020-08-16T08:57:54.443Z") == 1597568274443);
    CHECK(evb::parse_iso8601("2020-08-16T10:57:54+02:00") == 1597568274000);
    CHECK(evb::parse_iso8601("2020-08-16T08:57:54") == 1597568274000);
    CHECK_FALSE(evb::parse_iso8601("2020-02-30T00:00:00Z").has_value());
    CHECK_FALSE(evb::parse_iso8601("yesterday").has_value());
    CHECK(evb::parse_timestamp(evb::Json(1597568274)) == 1597568274000);
    CHECK(evb::parse_timestamp(evb::Json(1597568274.5)) == 1597568274500);
    CHECK_FALSE(evb::parse_timestamp(evb::Json(true)).has_value());
    CHECK_FALSE(evb::parse_timestamp(evb::Json(1e300)).has_value());
}

TEST_CASE("ARNs are formed and parsed as AWS does") {
    CHECK(evb::rule_arn("us-east-1", "1", "default", "r") == "arn:aws:events:us-east-1:1:rule/r");
    CHECK(evb::rule_arn("us-east-1", "1", "b", "r") == "arn:aws:events:us-east-1:1:rule/b/r");
    CHECK(evb::iam_arn("1", "role", "/service-role/", "x") == "arn:aws:iam::1:role/service-role/x");
    CHECK(evb::iam_arn("1", "policy", "/", "p") == "arn:aws:iam::1:policy/p");
    CHECK(evb::log_stream_arn("r", "1", "/g", "s") == "arn:aws:logs:r:1:log-group:/g:log-stream:s");
    CHECK(evb::assumed_role_arn("1", "role", "fn") == "arn:aws:sts::1:assumed-role/role/fn");
    auto arn = evb::parse_arn("arn:aws:logs:us-east-1:1:log-group:/g:*");
    REQUIRE(arn.has_value());
    CHECK(arn->service == "logs");
    CHECK(arn->resource == "log-group:/g:*");
    CHECK_FALSE(evb::parse_arn("arn:aws:logs").has_value());
    CHECK(evb::bus_name_of("arn:aws:events:us-east-1:1:event-bus/orders") == "orders");
    CHECK(evb::bus_name_of("orders") == "orders");
    CHECK(evb::function_name_of("arn:aws:lambda:us-east-1:1:function:f:$LATEST") == "f");
    CHECK(evb::function_name_of("1:function:f") == "f");
}

TEST_CASE("the id source is seeded and shapes ids as AWS does") {
    evb::IdSource a(1), b(1), c(2);
    const std::string uuid = a.uuid();
    CHECK(uuid == b.uuid());
    CHECK(uuid != c.uuid());
    CHECK(uuid.size() == 36);
    CHECK(uuid[14] == '4');
    CHECK(a.digits(56).size() == 56);
    CHECK(a.upper_alnum(17).find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") == std::string::npos);
    CHECK(evb::name_uuid("x") == evb::name_uuid("x"));
    CHECK(evb::name_uuid("x")[14] == '3');
    for (int i = 0; i < 100; ++i) {
        const auto v = a.uniform(3, 5);
        CHECK((v >= 3 && v <= 5));
    }
}

TEST_CASE("SHA-256 and base64 agree with their standards' test vectors") {
    CHECK(hex(evb::sha256("")) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(hex(evb::sha256("abc")) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(hex(evb::sha256(std::string(1000, 'a'))) ==
          "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3");
    CHECK(evb::base64_encode("foobar") == "Zm9vYmFy");
    CHECK(evb::base64_encode("fo") == "Zm8=");
    CHECK(evb::base64_decode("Zm9vYg==") == "foob");
    CHECK(evb::base64_decode("Zm9vYg") == "foob");
    CHECK_FALSE(evb::base64_decode("Zm9v!").has_value());
}

TEST_CASE("validation messages count and join failures as AWS does") {
    evb::Validation v;
    v.not_null("Name");
    v.length("", "EventBusName", 1, 10);
    CHECK(
        v.error().message ==
        "2 validation errors detected: Value null at 'name' failed to satisfy constraint: Member must not be "
        "null; Value '' at 'eventBusName' failed to satisfy constraint: Member must have length greater than "
        "or equal to 1");
    CHECK(v.error("ValidationError").code == "ValidationError");
}
