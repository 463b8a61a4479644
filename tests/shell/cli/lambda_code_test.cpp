// Tests for shell/src/cli/lambda_code.cpp: reading what a tutorial-style Python handler does.
#include "../../../shell/src/cli/lambda_code.hpp"
#include "../../../shell/src/archive/zip_archive.hpp"
#include "evb/workspace.hpp"

#include <doctest/doctest.h>

using evb::Json;

TEST_CASE("the tutorial's handler puts its order on manual-order-bus and returns 200") {
    auto behavior = evb::cli::behavior_from_python(evb::tutorial_lambda_source());
    REQUIRE(behavior);
    const Json& entry = (*behavior)["putEvents"][0];
    CHECK(entry["Source"] == "Order Service");
    CHECK(entry["DetailType"] == "New Order");
    CHECK(entry["EventBusName"] == "manual-order-bus");
    CHECK(entry["Detail"]["customer"]["address"] == "galaxy far far away");
    CHECK(entry["Detail"]["price"] == 100);
    CHECK((*behavior)["returns"] == Json{{"statusCode", 200}, {"body", "\"Hello from Lambda!\""}});
}

TEST_CASE("a handler edited for another bus sends there") {
    std::string source(evb::tutorial_lambda_source());
    source.replace(source.find("'manual-order-bus'"), 18, "'my-bus'");
    auto behavior = evb::cli::behavior_from_python(source);
    REQUIRE(behavior);
    CHECK((*behavior)["putEvents"][0]["EventBusName"] == "my-bus");
}

TEST_CASE("the handler is found in the zip by its module name") {
    auto archive = evb::cli::build_zip({{"lambda_function.py", std::string(evb::tutorial_lambda_source())}});
    CHECK(evb::cli::behavior_from_zip(archive.bytes, "lambda_function.lambda_handler"));
    CHECK_FALSE(evb::cli::behavior_from_zip(archive.bytes, "other.handler"));
}

TEST_CASE("code it cannot read gives no behaviour") {
    CHECK_FALSE(evb::cli::behavior_from_python("print('hi')"));
    CHECK_FALSE(evb::cli::behavior_from_zip("garbage", "lambda_function.lambda_handler"));
}
