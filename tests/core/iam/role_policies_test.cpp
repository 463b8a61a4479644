#include "evb/iam/service.hpp"
#include "evb/world/world.hpp"

#include "iam_test_support.hpp"

using evb::Json;
using evb::test::error_of;
using evb::test::ok_call;

TEST_CASE("AttachRolePolicy attaches managed policies that ListAttachedRolePolicies lists in order") {
    evb::World world;
    evb::test::make_role(world, "r", {"AmazonEventBridgeFullAccess", "CloudWatchLogsFullAccess"});
    ok_call(world, "iam", "AttachRolePolicy",
            {{"RoleName", "r"}, {"PolicyArn", "arn:aws:iam::aws:policy/AmazonEventBridgeFullAccess"}});
    CHECK(ok_call(world, "iam", "ListAttachedRolePolicies", {{"RoleName", "r"}}) ==
          Json{{"AttachedPolicies",
                Json::array({{{"PolicyName", "AmazonEventBridgeFullAccess"},
                              {"PolicyArn", "arn:aws:iam::aws:policy/AmazonEventBridgeFullAccess"}},
                             {{"PolicyName", "CloudWatchLogsFullAccess"},
                              {"PolicyArn", "arn:aws:iam::aws:policy/CloudWatchLogsFullAccess"}}})}});
}

TEST_CASE("AttachRolePolicy reports missing roles, missing policies and bad ARNs") {
    evb::World world;
    evb::test::make_role(world, "r", {});
    CHECK(error_of(world, "iam", "AttachRolePolicy",
                   {{"RoleName", "x"}, {"PolicyArn", "arn:aws:iam::aws:policy/CloudWatchLogsFullAccess"}})
              .message == "The role with name x cannot be found.");
    const auto missing = error_of(world, "iam", "AttachRolePolicy",
                                  {{"RoleName", "r"}, {"PolicyArn", "arn:aws:iam::aws:policy/Nope"}});
    CHECK(missing.code == "NoSuchEntity");
    CHECK(missing.message == "Policy arn:aws:iam::aws:policy/Nope does not exist or is not attachable.");
    CHECK(error_of(world, "iam", "AttachRolePolicy",
                   {{"RoleName", "r"}, {"PolicyArn", "not-an-arn-but-long-enough"}})
              .code == "InvalidInput");
}

TEST_CASE("a role holds at most 10 managed policies") {
    evb::World world;
    evb::test::make_role(world, "r", {});
    for (int i = 0; i < 11; ++i) {
        const std::string name = "p" + std::to_string(i);
        const Json p = ok_call(
            world, "iam", "CreatePolicy",
            {{"PolicyName", name},
             {"PolicyDocument", R"({"Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]})"}});
        {
            auto result =
                world.call("iam", "AttachRolePolicy", {{"RoleName", "r"}, {"PolicyArn", p["Policy"]["Arn"]}});
            CHECK(result.ok() == (i < 10));
            if (!result.ok()) CHECK(result.error().code == "LimitExceeded");
        }
    }
}

TEST_CASE("DetachRolePolicy of a policy that is not attached is NoSuchEntity") {
    evb::World world;
    evb::test::make_role(world, "r", {});
    CHECK(error_of(world, "iam", "DetachRolePolicy",
                   {{"RoleName", "r"}, {"PolicyArn", "arn:aws:iam::aws:policy/CloudWatchLogsFullAccess"}})
              .message == "Policy arn:aws:iam::aws:policy/CloudWatchLogsFullAccess was not found.");
}

TEST_CASE("PutRolePolicy stores an inline policy that GetRolePolicy and ListRolePolicies return") {
    evb::World world;
    evb::test::make_role(world, "r", {});
    const std::string doc =
        R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"events:PutEvents","Resource":"*"}]})";
    ok_call(world, "iam", "PutRolePolicy",
            {{"RoleName", "r"}, {"PolicyName", "put"}, {"PolicyDocument", doc}});
    CHECK(ok_call(world, "iam", "GetRolePolicy", {{"RoleName", "r"}, {"PolicyName", "put"}}) ==
          Json{{"RoleName", "r"}, {"PolicyName", "put"}, {"PolicyDocument", Json::parse(doc)}});
    CHECK(ok_call(world, "iam", "ListRolePolicies", {{"RoleName", "r"}}) == Json{{"PolicyNames", {"put"}}});
    CHECK(error_of(world, "iam", "GetRolePolicy", {{"RoleName", "r"}, {"PolicyName", "x"}}).message ==
          "The role policy with name x cannot be found.");
    CHECK(error_of(world, "iam", "DeleteRolePolicy", {{"RoleName", "r"}, {"PolicyName", "x"}}).code ==
          "NoSuchEntity");
}

TEST_CASE("PutRolePolicy checks the policy grammar") {
    evb::World world;
    evb::test::make_role(world, "r", {});
    const auto put = [&](const char* doc) {
        return error_of(world, "iam", "PutRolePolicy",
                        {{"RoleName", "r"}, {"PolicyName", "p"}, {"PolicyDocument", doc}});
    };
    CHECK(put("{bad").message == "This policy contains invalid Json");
    CHECK(put(R"({"Version":"2012-10-17"})").message == "Syntax errors in policy.");
    CHECK(put(R"({"Statement":[{"Action":"s3:*","Resource":"*"}]})").message ==
          "Missing required field Effect");
    CHECK(put(R"({"Statement":[{"Effect":"Allow","Resource":"*"}]})").message ==
          "Policy statement must contain actions.");
    CHECK(
        put(R"({"Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*","Principal":"*"}]})").message ==
        "Policy document should not specify a principal.");
    CHECK(put(R"({"Statement":[{"Effect":"Maybe","Action":"s3:*","Resource":"*"}]})").code ==
          "MalformedPolicyDocument");
}

TEST_CASE("PutRolePolicy refuses a role policy nested 60000 levels deep as invalid JSON") {
    evb::World world;
    evb::test::make_role(world, "r", {});
    const std::string deep =
        R"({"Version":"2012-10-17","Statement":)" + std::string(60000, '[') + std::string(60000, ']') + "}";
    const auto error = error_of(world, "iam", "PutRolePolicy",
                                {{"RoleName", "r"}, {"PolicyName", "p"}, {"PolicyDocument", deep}});
    CHECK(error.code == "MalformedPolicyDocument");
    CHECK(error.message == "This policy contains invalid Json");
}

TEST_CASE("PutRolePolicy holds a role's inline policies together to IAM's 10240 characters") {
    evb::World world;
    evb::test::make_role(world, "r", {});
    auto policy = [](std::size_t sid_length) {
        return R"({"Version":"2012-10-17","Statement":[{"Sid":")" + std::string(sid_length, 'x') +
               R"(","Effect":"Allow","Action":"events:PutEvents","Resource":"*"}]})";
    };
    ok_call(world, "iam", "PutRolePolicy",
            {{"RoleName", "r"}, {"PolicyName", "a"}, {"PolicyDocument", policy(6000)}});
    ok_call(world, "iam", "PutRolePolicy",
            {{"RoleName", "r"}, {"PolicyName", "a"}, {"PolicyDocument", policy(6001)}});
    const auto error = error_of(world, "iam", "PutRolePolicy",
                                {{"RoleName", "r"}, {"PolicyName", "b"}, {"PolicyDocument", policy(5000)}});
    CHECK(error.code == "LimitExceeded");
    CHECK(error.message == "Maximum policy size of 10240 bytes exceeded for role r");
    ok_call(world, "iam", "PutRolePolicy",
            {{"RoleName", "r"}, {"PolicyName", "b"}, {"PolicyDocument", policy(100)}});
}
