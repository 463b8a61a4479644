#include "evb/iam/service.hpp"
#include "evb/world/world.hpp"

#include "iam_test_support.hpp"

using evb::Json;
using evb::test::error_of;
using evb::test::ok_call;

namespace {
const std::string kDoc =
    R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"logs:*","Resource":"*"}]})";
}

TEST_CASE("CreatePolicy returns the policy with AWS's fields and a customer ARN") {
    evb::World world;
    const Json p =
        ok_call(world, "iam", "CreatePolicy",
                {{"PolicyName", "logs"}, {"Path", "/service-role/"}, {"PolicyDocument", kDoc}})["Policy"];
    CHECK(evb::test::keys(p) == std::vector<std::string>{"PolicyName", "PolicyId", "Arn", "Path",
                                                         "DefaultVersionId", "AttachmentCount",
                                                         "PermissionsBoundaryUsageCount", "IsAttachable",
                                                         "CreateDate", "UpdateDate"});
    CHECK(p["Arn"] == "arn:aws:iam::123456789012:policy/service-role/logs");
    const auto dup = error_of(world, "iam", "CreatePolicy",
                              {{"PolicyName", "logs"}, {"Path", "/service-role/"}, {"PolicyDocument", kDoc}});
    CHECK(dup.code == "EntityAlreadyExists");
    CHECK(dup.message == "A policy called logs already exists. Duplicate names are not allowed.");
}

TEST_CASE("GetPolicy counts attachments and GetPolicyVersion returns the document") {
    evb::World world;
    evb::test::make_role(world, "r", {"CloudWatchLogsFullAccess"});
    const Json p = ok_call(world, "iam", "GetPolicy",
                           {{"PolicyArn", "arn:aws:iam::aws:policy/CloudWatchLogsFullAccess"}})["Policy"];
    CHECK(p["AttachmentCount"] == 1);
    CHECK(p["Description"] == "Provides full access to CloudWatch Logs");
    const Json v =
        ok_call(world, "iam", "GetPolicyVersion",
                {{"PolicyArn", "arn:aws:iam::aws:policy/CloudWatchLogsFullAccess"}, {"VersionId", "v1"}});
    CHECK(v["PolicyVersion"]["Document"]["Statement"][0]["Action"][0] == "logs:*");
    CHECK(error_of(world, "iam", "GetPolicy", {{"PolicyArn", "arn:aws:iam::aws:policy/Nope"}}).code ==
          "NoSuchEntity");
    CHECK(error_of(world, "iam", "GetPolicyVersion",
                   {{"PolicyArn", "arn:aws:iam::aws:policy/CloudWatchLogsFullAccess"}, {"VersionId", "v9"}})
              .code == "NoSuchEntity");
}

TEST_CASE("the AWS managed policies every account has carry their published documents") {
    evb::World world;
    const auto doc = [&](const char* arn) {
        return ok_call(world, "iam", "GetPolicyVersion",
                       {{"PolicyArn", arn}, {"VersionId", "v1"}})["PolicyVersion"]["Document"];
    };
    const Json eb = doc("arn:aws:iam::aws:policy/AmazonEventBridgeFullAccess");
    CHECK(eb["Statement"][0]["Action"] == Json{"events:*", "schemas:*", "scheduler:*", "pipes:*"});
    CHECK(eb["Statement"].size() == 7);
    CHECK(doc("arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole")["Statement"][0]["Action"] ==
          Json{"logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"});
    CHECK(doc("arn:aws:iam::aws:policy/CloudWatchLogsFullAccess")["Statement"][0]["Resource"] == "*");
}

TEST_CASE("CreatePolicy holds a managed policy to IAM's 6144 characters") {
    evb::World world;
    const std::string big = R"({"Version":"2012-10-17","Statement":[{"Sid":")" + std::string(6100, 'x') +
                            R"(","Effect":"Allow","Action":"logs:*","Resource":"*"}]})";
    const auto error =
        error_of(world, "iam", "CreatePolicy", {{"PolicyName", "big"}, {"PolicyDocument", big}});
    CHECK(error.code == "LimitExceeded");
    CHECK(error.message == "Cannot exceed quota for PolicySize: 6144");
    ok_call(world, "iam", "CreatePolicy", {{"PolicyName", "small"}, {"PolicyDocument", kDoc}});
}
