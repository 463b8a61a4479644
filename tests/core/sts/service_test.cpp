// Tests for core/src/sts/service.cpp: the caller is the account's root user, whichever account the world
// is, so scripts that read their account id from get-caller-identity build the ARNs the world uses.
#include "evb/world/world.hpp"

#include <doctest/doctest.h>

TEST_CASE("get-caller-identity names the world's account and its root user") {
    evb::WorldConfig config;
    config.account_id = "111122223333";
    evb::World world(config);
    evb::ApiResult r = world.call("sts", "GetCallerIdentity", evb::Json::object());
    REQUIRE(r.ok());
    CHECK(r.body() == evb::Json{{"UserId", "111122223333"},
                                {"Account", "111122223333"},
                                {"Arn", "arn:aws:iam::111122223333:root"}});
}

TEST_CASE("get-caller-identity is a read: a read-only world answers it") {
    evb::World world;
    world.set_read_only(true);
    CHECK(world.call("sts", "GetCallerIdentity", evb::Json::object()).ok());
}
