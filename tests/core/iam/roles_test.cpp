#include "evb/iam/service.hpp"
#include "evb/world/world.hpp"

#include "iam_test_support.hpp"

using evb::Json;
using evb::test::error_of;
using evb::test::lambda_trust;
using evb::test::ok_call;

TEST_CASE("CreateRole returns the role as the CLI prints it, trust policy decoded") {
    evb::World world;
    const Json role = ok_call(world, "iam", "CreateRole",
                              {{"RoleName", "r"},
                               {"Path", "/service-role/"},
                               {"AssumeRolePolicyDocument", lambda_trust()}})["Role"];
    CHECK(evb::test::keys(role) == std::vector<std::string>{"Path", "RoleName", "RoleId", "Arn", "CreateDate",
                                                            "AssumeRolePolicyDocument"});
    CHECK(role["Arn"] == "arn:aws:iam::123456789012:role/service-role/r");
    CHECK(role["RoleId"].get<std::string>().rfind("AROA", 0) == 0);
    CHECK(role["RoleId"].get<std::string>().size() == 21);
    CHECK(role["AssumeRolePolicyDocument"]["Statement"][0]["Principal"]["Service"] == "lambda.amazonaws.com");
    CHECK(role["CreateDate"] == "2023-11-14T22:13:20+00:00");
}

TEST_CASE("CreateRole refuses duplicates, bad names, bad paths and malformed trust policies") {
    evb::World world;
    ok_call(world, "iam", "CreateRole", {{"RoleName", "r"}, {"AssumeRolePolicyDocument", lambda_trust()}});
    const auto dup = error_of(world, "iam", "CreateRole",
                              {{"RoleName", "r"}, {"AssumeRolePolicyDocument", lambda_trust()}});
    CHECK(dup.code == "EntityAlreadyExists");
    CHECK(dup.message == "Role with name r already exists.");
    CHECK(error_of(world, "iam", "CreateRole",
                   {{"RoleName", "a b"}, {"AssumeRolePolicyDocument", lambda_trust()}})
              .code == "ValidationError");
    CHECK(
        error_of(world, "iam", "CreateRole",
                 {{"RoleName", "p"}, {"Path", "service-role"}, {"AssumeRolePolicyDocument", lambda_trust()}})
            .code == "ValidationError");
    const auto bad =
        error_of(world, "iam", "CreateRole", {{"RoleName", "x"}, {"AssumeRolePolicyDocument", "{nope"}});
    CHECK(bad.code == "MalformedPolicyDocument");
    CHECK(bad.message == "This policy contains invalid Json");
    CHECK(error_of(world, "iam", "CreateRole", {{"RoleName", "x"}}).message ==
          "1 validation error detected: Value null at 'assumeRolePolicyDocument' failed to satisfy "
          "constraint: Member must not be null");
}

TEST_CASE("GetRole adds MaxSessionDuration and RoleLastUsed, a missing role is NoSuchEntity") {
    evb::World world;
    ok_call(world, "iam", "CreateRole",
            {{"RoleName", "r"}, {"AssumeRolePolicyDocument", lambda_trust()}, {"Description", "d"}});
    const Json role = ok_call(world, "iam", "GetRole", {{"RoleName", "r"}})["Role"];
    CHECK(role["Description"] == "d");
    CHECK(role["MaxSessionDuration"] == 3600);
    CHECK(role["RoleLastUsed"] == Json::object());
    const auto e = error_of(world, "iam", "GetRole", {{"RoleName", "nope"}});
    CHECK(e.code == "NoSuchEntity");
    CHECK(e.message == "The role with name nope cannot be found.");
}

TEST_CASE("ListRoles lists roles by path prefix") {
    evb::World world;
    ok_call(world, "iam", "CreateRole", {{"RoleName", "a"}, {"AssumeRolePolicyDocument", lambda_trust()}});
    ok_call(world, "iam", "CreateRole",
            {{"RoleName", "b"}, {"Path", "/service-role/"}, {"AssumeRolePolicyDocument", lambda_trust()}});
    CHECK(ok_call(world, "iam", "ListRoles")["Roles"].size() == 2);
    CHECK(ok_call(world, "iam", "ListRoles", {{"PathPrefix", "/service-role/"}})["Roles"].size() == 1);
}

TEST_CASE("DeleteRole refuses a role with policies and deletes a bare one") {
    evb::World world;
    evb::test::make_role(world, "r", {"CloudWatchLogsFullAccess"});
    CHECK(error_of(world, "iam", "DeleteRole", {{"RoleName", "r"}}).message ==
          "Cannot delete entity, must detach all policies first.");
    ok_call(world, "iam", "DetachRolePolicy",
            {{"RoleName", "r"}, {"PolicyArn", "arn:aws:iam::aws:policy/CloudWatchLogsFullAccess"}});
    ok_call(world, "iam", "PutRolePolicy",
            {{"RoleName", "r"},
             {"PolicyName", "p"},
             {"PolicyDocument", R"({"Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*"}})"}});
    CHECK(error_of(world, "iam", "DeleteRole", {{"RoleName", "r"}}).message ==
          "Cannot delete entity, must delete policies first.");
    ok_call(world, "iam", "DeleteRolePolicy", {{"RoleName", "r"}, {"PolicyName", "p"}});
    ok_call(world, "iam", "DeleteRole", {{"RoleName", "r"}});
    CHECK(error_of(world, "iam", "DeleteRole", {{"RoleName", "r"}}).code == "NoSuchEntity");
}

TEST_CASE("CreateRole refuses a trust policy nested 60000 levels deep as invalid JSON") {
    evb::World world;
    const std::string deep =
        R"({"Version":"2012-10-17","Statement":)" + std::string(60000, '[') + std::string(60000, ']') + "}";
    const auto error =
        error_of(world, "iam", "CreateRole", {{"RoleName", "deep"}, {"AssumeRolePolicyDocument", deep}});
    CHECK(error.code == "MalformedPolicyDocument");
    CHECK(error.message == "This policy contains invalid Json");
}

TEST_CASE("CreateRole holds trust policies to IAM's 2048 characters, whitespace not counted") {
    evb::World world;
    auto trust_with_sid = [](std::size_t sid_length, std::size_t spaces) {
        return R"({"Version":"2012-10-17",)" + std::string(spaces, ' ') + R"("Statement":[{"Sid":")" +
               std::string(sid_length, 'x') +
               R"(","Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]})";
    };
    const std::size_t base = trust_with_sid(0, 0).size();
    ok_call(world, "iam", "CreateRole",
            {{"RoleName", "fits"}, {"AssumeRolePolicyDocument", trust_with_sid(2048 - base, 5000)}});
    const auto error =
        error_of(world, "iam", "CreateRole",
                 {{"RoleName", "big"}, {"AssumeRolePolicyDocument", trust_with_sid(2049 - base, 0)}});
    CHECK(error.code == "LimitExceeded");
    CHECK(error.message == "Cannot exceed quota for ACLSizePerRole: 2048");
    CHECK(error.status == 409);
}
