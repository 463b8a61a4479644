#include "evb/iam/policy_evaluator.hpp"
#include "evb/common/wildcard.hpp"
#include "evb/world/world.hpp"

#include "iam_test_support.hpp"

using evb::Decision;
using evb::Json;

namespace {

Decision decide(const char* policy, const char* action, const char* resource) {
    return evb::evaluate_policies({Json::parse(policy)}, action, resource);
}

}  // namespace

TEST_CASE("wildcards match any run with * and one character with ?") {
    CHECK(evb::wildcard_match("events:*", "events:PutEvents"));
    CHECK(evb::wildcard_match("events:Put?vents", "events:PutEvents"));
    CHECK(evb::wildcard_match("*", ""));
    CHECK_FALSE(evb::wildcard_match("events:Put", "events:PutEvents"));
    CHECK(evb::wildcard_match("EVENTS:putevents", "events:PutEvents", true));
    CHECK_FALSE(evb::wildcard_match("EVENTS:putevents", "events:PutEvents"));
}

TEST_CASE("an Allow with a matching action and resource allows, nothing matching is an implicit deny") {
    const char* p =
        R"({"Statement":[{"Effect":"Allow","Action":"events:PutEvents","Resource":"arn:aws:events:*:*:event-bus/orders"}]})";
    CHECK(decide(p, "events:PutEvents", "arn:aws:events:us-east-1:1:event-bus/orders") == Decision::kAllow);
    CHECK(decide(p, "events:putevents", "arn:aws:events:us-east-1:1:event-bus/orders") == Decision::kAllow);
    CHECK(decide(p, "events:PutEvents", "arn:aws:events:us-east-1:1:event-bus/other") ==
          Decision::kImplicitDeny);
    CHECK(decide(p, "events:PutRule", "arn:aws:events:us-east-1:1:event-bus/orders") ==
          Decision::kImplicitDeny);
}

TEST_CASE("an explicit Deny beats any Allow") {
    const char* p = R"({"Statement":[{"Effect":"Allow","Action":"events:*","Resource":"*"},
                                     {"Effect":"Deny","Action":"events:PutEvents","Resource":"*"}]})";
    CHECK(decide(p, "events:PutEvents", "x") == Decision::kExplicitDeny);
    CHECK(decide(p, "events:PutRule", "x") == Decision::kAllow);
}

TEST_CASE("NotAction and NotResource invert their element, statements with conditions do not apply") {
    CHECK(decide(R"({"Statement":{"Effect":"Allow","NotAction":"iam:*","Resource":"*"}})", "events:PutEvents",
                 "x") == Decision::kAllow);
    CHECK(decide(R"({"Statement":{"Effect":"Allow","Action":"*","NotResource":"x"}})", "events:PutEvents",
                 "x") == Decision::kImplicitDeny);
    CHECK(
        decide(
            R"({"Statement":{"Effect":"Allow","Action":"*","Resource":"*","Condition":{"Bool":{"aws:SecureTransport":"true"}}}})",
            "events:PutEvents", "x") == Decision::kImplicitDeny);
}

TEST_CASE("a role's decision combines its attached and inline policies") {
    evb::World world;
    const std::string arn = evb::test::make_role(world, "r", {"CloudWatchLogsFullAccess"});
    const evb::Account& account = world.account();
    CHECK(evb::evaluate_role(account, arn, "logs:PutLogEvents", "arn:aws:logs:x") == Decision::kAllow);
    CHECK(evb::evaluate_role(account, arn, "events:PutEvents", "arn:aws:events:x") ==
          Decision::kImplicitDeny);
    evb::test::ok_call(world, "iam", "PutRolePolicy",
                       {{"RoleName", "r"},
                        {"PolicyName", "p"},
                        {"PolicyDocument",
                         R"({"Statement":{"Effect":"Allow","Action":"events:PutEvents","Resource":"*"}})"}});
    CHECK(evb::evaluate_role(world.account(), arn, "events:PutEvents", "arn:aws:events:x") ==
          Decision::kAllow);
    CHECK(evb::evaluate_role(world.account(), "arn:aws:iam::123456789012:role/ghost", "events:PutEvents",
                             "x") == Decision::kImplicitDeny);
}

TEST_CASE("AccessDeniedException is worded as AWS words it") {
    const auto e = evb::access_denied("arn:aws:sts::1:assumed-role/r/f", "events:PutEvents",
                                      "arn:aws:events:us-east-1:1:event-bus/b", Decision::kImplicitDeny);
    CHECK(e.code == "AccessDeniedException");
    CHECK(e.message ==
          "User: arn:aws:sts::1:assumed-role/r/f is not authorized to perform: events:PutEvents on resource: "
          "arn:aws:events:us-east-1:1:event-bus/b because no identity-based policy allows the "
          "events:PutEvents action");
    CHECK(evb::access_denied("u", "a", "r", Decision::kExplicitDeny).message ==
          "User: u is not authorized to perform: a on resource: r with an explicit deny in an identity-based "
          "policy");
}
