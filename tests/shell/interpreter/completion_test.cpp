// Tests for shell/src/interpreter/completion.cpp: services, commands, flags, values and resource names.
#include "evb/shell.hpp"

#include <doctest/doctest.h>

#include <algorithm>

namespace {

bool has(const std::vector<std::string>& list, const std::string& item) {
    return std::find(list.begin(), list.end(), item) != list.end();
}

}  // namespace

TEST_CASE("completion offers commands, services and aws at the start of a line") {
    evb::World world;
    evb::Shell shell(world);
    CHECK(shell.complete("ev") == std::vector<std::string>{"events"});
    CHECK(has(shell.complete(""), "aws"));
    CHECK(has(shell.complete("z"), "zip"));
}

TEST_CASE("completion offers services and then commands after aws") {
    evb::World world;
    evb::Shell shell(world);
    CHECK(shell.complete("aws l") == std::vector<std::string>{"lambda", "logs"});
    CHECK(shell.complete("aws events list-r") ==
          std::vector<std::string>{"list-replays", "list-rule-names-by-target", "list-rules"});
    CHECK(shell.complete("aws st") == std::vector<std::string>{"stepfunctions", "sts"});
}

TEST_CASE("completion offers the flags not yet used, booleans with their --no- form") {
    evb::World world;
    evb::Shell shell(world);
    auto flags = shell.complete("aws events delete-rule --name r --");
    CHECK(has(flags, "--force"));
    CHECK(has(flags, "--no-force"));
    CHECK(has(flags, "--event-bus-name"));
    CHECK_FALSE(has(flags, "--name"));
}

TEST_CASE("completion offers documented values and output formats") {
    evb::World world;
    evb::Shell shell(world);
    CHECK(shell.complete("aws events put-rule --state ") == std::vector<std::string>{"DISABLED", "ENABLED"});
    CHECK(shell.complete("aws events list-rules --output t") == std::vector<std::string>{"table", "text"});
}

TEST_CASE("completion asks the World for resource names") {
    evb::World world;
    evb::Shell shell(world);
    shell.run("aws events create-event-bus --name manual-order-bus");
    shell.run(
        "aws events put-rule --name manual-order-rule --event-bus-name manual-order-bus --event-pattern "
        "'{\"source\":[\"x\"]}'");
    shell.run("aws logs create-log-group --log-group-name /aws/events/manual-order-cw");
    CHECK(shell.complete("aws events list-rules --event-bus-name m") ==
          std::vector<std::string>{"manual-order-bus"});
    CHECK(shell.complete("aws events describe-rule --event-bus-name manual-order-bus --name ") ==
          std::vector<std::string>{"manual-order-rule"});
    CHECK(shell.complete("aws logs describe-log-streams --log-group-name /aws/e") ==
          std::vector<std::string>{"/aws/events/manual-order-cw"});
}

TEST_CASE("completion offers workspace files after fileb:// and for workspace commands") {
    evb::World world;
    evb::Shell shell(world);
    shell.run("zip code.zip lambda_function.py");
    CHECK(shell.complete("aws lambda update-function-code --function-name f --zip-file ") ==
          std::vector<std::string>{"fileb://code.zip", "fileb://lambda_function.py"});
    CHECK(shell.complete("cat lam") == std::vector<std::string>{"lambda_function.py"});
}

TEST_CASE("history keeps every non-blank line in order") {
    evb::World world;
    evb::Shell shell(world);
    shell.run("echo a");
    shell.run("   ");
    shell.run("aws nope");
    CHECK(shell.history() == std::vector<std::string>{"echo a", "aws nope"});
}

TEST_CASE("needs_more_input asks for continuation lines") {
    CHECK(evb::Shell::needs_more_input("aws events put-rule --name r \\"));
    CHECK(evb::Shell::needs_more_input("echo '{"));
    CHECK_FALSE(evb::Shell::needs_more_input("echo done"));
}

TEST_CASE("max-items truncates a paginated listing and prints the CLI's NextToken") {
    evb::World world;
    evb::Shell shell(world);
    shell.run("aws events put-rule --name a --schedule-expression 'rate(1 hour)'");
    shell.run("aws events put-rule --name b --schedule-expression 'rate(1 hour)'");
    auto first =
        shell.run("aws events list-rules --max-items 1 --query '[Rules[*].Name, NextToken]' --output json");
    REQUIRE(first.exit_code == 0);
    evb::Json page = evb::Json::parse(first.out);
    CHECK(page[0] == evb::Json::array({"a"}));
    REQUIRE(page[1].is_string());
    auto second = shell.run("aws events list-rules --starting-token " + page[1].get<std::string>() +
                            " --query 'Rules[*].Name' --output text");
    CHECK(second.out == "b\n");
}

TEST_CASE("run never lets hostile input escape as an exception") {
    evb::World world;
    evb::Shell shell(world);
    for (std::string line : {std::string("aws events put-events --entries '\xff\xfe'"),
                             std::string("echo \"\\"), std::string(5000, '['),
                             std::string("aws events list-rules --query '") + std::string(500, '(') + "'",
                             std::string("aws lambda create-function --function-name f --role r --zip-file "
                                         "fileb://lambda_function.py --handler x.y --runtime python3.12")}) {
        CAPTURE(line);
        evb::ShellResult result = shell.run(line);
        CHECK(result.exit_code != 0);
    }
}
