#include "evb/shell.hpp"

#include <doctest/doctest.h>

TEST_CASE("create-event-bus prints the new bus ARN") {
    evb::World world;
    evb::Shell shell(world);
    auto result = shell.run("aws events create-event-bus --name orders");
    CHECK(result.exit_code == 0);
    CHECK(result.out.find("arn:aws:events:us-east-1:123456789012:event-bus/orders") != std::string::npos);
}
