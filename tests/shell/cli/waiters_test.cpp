// Tests for shell/src/cli/waiters.cpp: `aws SERVICE wait` polls as botocore's waiters do, on the world's
// virtual clock, and fails with botocore's WaiterError texts.
#include "evb/shell.hpp"

#include <doctest/doctest.h>

#include <string>

namespace {

constexpr std::int64_t kStart = 1700000000000;
constexpr const char* kTrust =
    R"('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}')";

}  // namespace

TEST_CASE("a waiter whose state is already reached answers at once, printing nothing") {
    evb::World world;
    evb::Shell shell(world);
    REQUIRE(
        shell.run(std::string("aws iam create-role --role-name r --assume-role-policy-document ") + kTrust)
            .exit_code == 0);
    const evb::ShellResult waited = shell.run("aws iam wait role-exists --role-name r");
    CHECK(waited.exit_code == 0);
    CHECK(waited.out.empty());
    CHECK(waited.err.empty());
    CHECK(world.now_ms() == kStart);
}

TEST_CASE("a waiter that never succeeds polls its attempts on the virtual clock and fails as botocore does") {
    evb::World world;
    evb::Shell shell(world);
    const evb::ShellResult waited = shell.run("aws iam wait role-exists --role-name missing");
    CHECK(waited.exit_code == 255);
    CHECK(waited.err ==
          "\nWaiter RoleExists failed: Max attempts exceeded. Previously accepted state: Matched expected "
          "service "
          "error code: NoSuchEntity\n");
    CHECK(world.now_ms() == kStart + 19 * 1000);  // 20 attempts one second apart (models: delay 1, 20)
}

TEST_CASE("an error no acceptor expects ends the wait at once with the service's error") {
    evb::World world;
    evb::Shell shell(world);
    const evb::ShellResult waited = shell.run("aws lambda wait function-active-v2 --function-name nope");
    CHECK(waited.exit_code == 255);
    CHECK(waited.err.rfind(
              "\nWaiter FunctionActiveV2 failed: An error occurred (ResourceNotFoundException): ", 0) == 0);
    CHECK(world.now_ms() == kStart);
}

TEST_CASE("a path acceptor reads the response with JMESPath") {
    evb::World world;
    evb::Shell shell(world);
    shell.run(std::string("aws iam create-role --role-name fn-role --assume-role-policy-document ") + kTrust);
    shell.run("echo 'def handler(e, c):\n    return 1' > index.py && zip f.zip index.py");
    REQUIRE(
        shell
            .run("aws lambda create-function --function-name fn --runtime python3.12 --handler index.handler "
                 "--role arn:aws:iam::123456789012:role/fn-role --zip-file fileb://f.zip")
            .exit_code == 0);
    const evb::ShellResult waited = shell.run("aws lambda wait function-active-v2 --function-name fn");
    CHECK(waited.err.empty());
    CHECK(waited.exit_code == 0);
}

TEST_CASE("wait's usage errors are the CLI's") {
    evb::World world;
    evb::Shell shell(world);
    const evb::ShellResult bare = shell.run("aws lambda wait");
    CHECK(bare.exit_code == 252);
    CHECK(bare.err ==
          "\nusage: aws [options] lambda wait <subcommand> [parameters]\naws: error: too few arguments\n");
    const evb::ShellResult unknown = shell.run("aws lambda wait nope");
    CHECK(unknown.exit_code == 252);
    CHECK(unknown.err.find("aws: error: argument subcommand: Invalid choice, valid choices are:") !=
          std::string::npos);
    CHECK(unknown.err.find("function-active-v2") != std::string::npos);
    const evb::ShellResult missing = shell.run("aws iam wait role-exists");
    CHECK(missing.exit_code == 252);
    CHECK(missing.err.find("aws: error: the following arguments are required: --role-name") !=
          std::string::npos);
    CHECK(shell.run("aws lambda wait help").out.find("  o function-active-v2\n") != std::string::npos);
}
