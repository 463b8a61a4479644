// IAM set-up shared by the IAM and Lambda suites: a Lambda-trusting role and its policies.
#pragma once

#include "../test_support.hpp"

namespace evb::test {

// lambda_trust is a trust policy that lets Lambda assume a role.
inline std::string lambda_trust() {
    return R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]})";
}

// make_role creates role NAME (trusting Lambda) with the given AWS managed policies attached.
inline std::string make_role(World& world, const std::string& name,
                             std::initializer_list<const char*> managed) {
    const Json role = ok_call(world, "iam", "CreateRole",
                              {{"RoleName", name}, {"AssumeRolePolicyDocument", lambda_trust()}});
    for (const char* policy : managed) {
        ok_call(world, "iam", "AttachRolePolicy",
                {{"RoleName", name}, {"PolicyArn", std::string("arn:aws:iam::aws:policy/") + policy}});
    }
    return role["Role"]["Arn"];
}

}  // namespace evb::test
