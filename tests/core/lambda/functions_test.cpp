#include "evb/lambda/service.hpp"
#include "evb/world/world.hpp"

#include "lambda_test_support.hpp"

using evb::Json;
using evb::test::error_of;
using evb::test::ok_call;

TEST_CASE("CreateFunction returns the configuration in the tutorial's field order") {
    evb::World world;
    const std::string role = evb::test::make_role(world, "r", {});
    const Json f = evb::test::make_function(world, "f", role, Json::object());
    CHECK(evb::test::keys(f) ==
          std::vector<std::string>{"FunctionName", "FunctionArn", "Runtime", "Role", "Handler", "CodeSize",
                                   "Description", "Timeout", "MemorySize", "LastModified", "CodeSha256",
                                   "Version", "TracingConfig", "RevisionId", "State", "LastUpdateStatus"});
    CHECK(f["FunctionArn"] == "arn:aws:lambda:us-east-1:123456789012:function:f");
    CHECK(f["LastModified"] == "2023-11-14T22:13:20.000+0000");
    CHECK(f["CodeSize"] == 2);
    CHECK(f["CodeSha256"] == "RBNvo1WzZ4oRRq0W9+hknpT7T8If536DEMBg9hyq/4o=");
    CHECK(f["Timeout"] == 3);
    CHECK(f["MemorySize"] == 128);
}

TEST_CASE("CreateFunction refuses duplicates and roles Lambda cannot assume") {
    evb::World world;
    const std::string role = evb::test::make_role(world, "r", {});
    evb::test::make_function(world, "f", role, Json::object());
    const auto dup = error_of(world, "lambda", "CreateFunction",
                              {{"FunctionName", "f"},
                               {"Runtime", "python3.12"},
                               {"Role", role},
                               {"Handler", "h"},
                               {"Code", {{"ZipFile", "e30="}}}});
    CHECK(dup.code == "ResourceConflictException");
    CHECK(dup.message == "Function already exist: f");
    const auto ghost = error_of(world, "lambda", "CreateFunction",
                                {{"FunctionName", "g"},
                                 {"Runtime", "python3.12"},
                                 {"Role", "arn:aws:iam::123456789012:role/ghost"},
                                 {"Handler", "h"},
                                 {"Code", {{"ZipFile", "e30="}}}});
    CHECK(ghost.code == "InvalidParameterValueException");
    CHECK(ghost.message == "The role defined for the function cannot be assumed by Lambda.");
}

TEST_CASE("CreateFunction validates its parameters") {
    evb::World world;
    const std::string role = evb::test::make_role(world, "r", {});
    Json base = {{"FunctionName", "f"},
                 {"Runtime", "python3.12"},
                 {"Role", role},
                 {"Handler", "h"},
                 {"Code", {{"ZipFile", "e30="}}}};
    const auto with = [&](const char* key, Json value) {
        Json request = base;
        request[key] = std::move(value);
        return error_of(world, "lambda", "CreateFunction", request);
    };
    CHECK(with("FunctionName", "bad name").code == "ValidationException");
    CHECK(
        with("Runtime", "cobol")
            .message.find("at 'runtime' failed to satisfy constraint: Member must satisfy enum value set") !=
        std::string::npos);
    CHECK(with("Timeout", 901).code == "ValidationException");
    CHECK(with("MemorySize", 64).code == "ValidationException");
    CHECK(with("Code", Json{{"ZipFile", "!!!"}}).message ==
          "Could not unzip uploaded file. Please check your file, then try to upload again.");
    CHECK(with("Code", Json{{"S3Bucket", "bucket"}, {"S3Key", "k"}}).code ==
          "InvalidParameterValueException");
    CHECK(with("Behavior", Json{{"logs", "not a list"}}).message ==
          "The function behavior is not valid: logs must be an array of lines");
}

TEST_CASE("GetFunction, ListFunctions and DeleteFunction") {
    evb::World world;
    const std::string role = evb::test::make_role(world, "r", {});
    evb::test::make_function(world, "f", role, Json::object());
    const Json got = ok_call(world, "lambda", "GetFunction",
                             {{"FunctionName", "arn:aws:lambda:us-east-1:123456789012:function:f"}});
    CHECK(evb::test::keys(got) == std::vector<std::string>{"Configuration", "Code"});
    CHECK(got["Code"]["RepositoryType"] == "S3");
    const Json list = ok_call(world, "lambda", "ListFunctions");
    REQUIRE(list["Functions"].size() == 1);
    CHECK_FALSE(list["Functions"][0].contains("State"));
    ok_call(world, "lambda", "DeleteFunction", {{"FunctionName", "f"}});
    const auto e = error_of(world, "lambda", "GetFunction", {{"FunctionName", "f"}});
    CHECK(e.code == "ResourceNotFoundException");
    CHECK(e.message == "Function not found: arn:aws:lambda:us-east-1:123456789012:function:f");
    CHECK(e.status == 404);
    CHECK(error_of(world, "lambda", "DeleteFunction", {{"FunctionName", "f"}}).code ==
          "ResourceNotFoundException");
}

TEST_CASE("GetFunctionConfiguration is GetFunction's Configuration, by name or ARN") {
    evb::World world;
    const std::string role = evb::test::make_role(world, "r", {});
    evb::test::make_function(world, "f", role, Json::object());
    const Json got = ok_call(world, "lambda", "GetFunction", {{"FunctionName", "f"}});
    const Json config = ok_call(world, "lambda", "GetFunctionConfiguration",
                                {{"FunctionName", "arn:aws:lambda:us-east-1:123456789012:function:f"}});
    CHECK(config == got["Configuration"]);
    CHECK(config["State"] == "Active");
    CHECK(error_of(world, "lambda", "GetFunctionConfiguration", {{"FunctionName", "g"}}).message ==
          "Function not found: arn:aws:lambda:us-east-1:123456789012:function:g");
}

TEST_CASE("UpdateFunctionCode replaces the package and the behaviour") {
    evb::World world;
    const std::string role = evb::test::make_role(world, "r", {});
    const Json before = evb::test::make_function(world, "f", role, Json{{"returns", 1}});
    world.advance_ms(1000);
    const Json after =
        ok_call(world, "lambda", "UpdateFunctionCode",
                {{"FunctionName", "f"}, {"ZipFile", evb::base64_encode(Json{{"returns", 2}}.dump())}});
    CHECK(after["CodeSha256"] != before["CodeSha256"]);
    CHECK(after["RevisionId"] != before["RevisionId"]);
    CHECK(after["LastModified"] == "2023-11-14T22:13:21.000+0000");
    CHECK(ok_call(world, "lambda", "Invoke", {{"FunctionName", "f"}})["Payload"] == "2");
    CHECK(error_of(world, "lambda", "UpdateFunctionCode", {{"FunctionName", "f"}, {"ZipFile", "@@"}}).code ==
          "InvalidParameterValueException");
}
