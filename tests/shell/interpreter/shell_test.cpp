// Tests for shell/src/interpreter/shell.cpp over a read-only world: whatever the command line looks like
// (no `aws`, after ; && || or in a pipe, the request in --cli-input-json), a change is refused by the
// world's dispatch and the world is left as it was; reads, put-events and the workspace still work.
#include "evb/shell.hpp"

#include <doctest/doctest.h>

#include <string>

namespace {

struct ReadOnlyShell {
    ReadOnlyShell() : shell(world) {
        REQUIRE(shell.run("aws events create-event-bus --name orders").exit_code == 0);
        world.set_read_only(true);
        before = world.save();
    }

    evb::World world;
    evb::Shell shell;
    std::string before;
};

}  // namespace

TEST_CASE("a read-only world refuses changes however the command line is written") {
    ReadOnlyShell s;
    for (const char* line :
         {"aws events create-event-bus --name x", "events create-event-bus --name x",
          "aws events list-rules; aws events create-event-bus --name y",
          "aws events list-rules && events create-event-bus --name y",
          "aws events describe-event-bus --name nope || aws events create-event-bus --name y",
          "echo x | aws events create-event-bus --name y",
          "aws events list-rules | events create-event-bus --name y",
          R"(aws events create-event-bus --cli-input-json '{"Name":"z"}')",
          R"(aws events put-rule --cli-input-json '{"Name":"r","EventPattern":"{\"source\":[\"a\"]}"}')",
          "  aws   logs create-log-group --log-group-name g",
          "iam create-role --role-name r "
          "--assume-role-policy-document '{}'",
          "aws events delete-event-bus --name orders"}) {
        CAPTURE(line);
        const evb::ShellResult result = s.shell.run(line);
        CHECK(result.exit_code != 0);
        CHECK(result.err.find("read-only") != std::string::npos);
        CHECK(s.world.save() == s.before);
    }
}

TEST_CASE("a read-only world still reads, sends events and uses the workspace") {
    ReadOnlyShell s;
    CHECK(s.shell.run("aws events list-event-buses --query 'EventBuses[].Name' --output text").out ==
          "default\torders\n");
    const evb::ShellResult sent = s.shell.run(
        R"(events put-events --entries '[{"Source":"a","DetailType":"b","Detail":"{}","EventBusName":"orders"}]')");
    CHECK(sent.exit_code == 0);
    CHECK(s.shell.run("echo hello > note.txt && cat note.txt").out == "hello\n");
}

TEST_CASE("variables capture results and are expanded as bash expands them") {
    evb::World world;
    evb::Shell shell(world);
    const evb::ShellResult put = shell.run(
        R"(RULE_ARN=$(aws events put-rule --name big --event-pattern '{"source":["shop"]}' --query RuleArn --output text))");
    CHECK(put.exit_code == 0);
    CHECK(shell.variables().at("RULE_ARN") == "arn:aws:events:us-east-1:123456789012:rule/big");
    CHECK(shell.run("echo \"$RULE_ARN\"").out == "arn:aws:events:us-east-1:123456789012:rule/big\n");
    CHECK(shell.run("NAME=big; aws events describe-rule --name $NAME --query Name --output text").out ==
          "big\n");
    CHECK(shell.run("export BUS=default && echo ${BUS}-bus").out == "default-bus\n");
    CHECK(shell.run("unset BUS; echo \"[$BUS]\"").out == "[]\n");
}

TEST_CASE("$? is the last command's status and a failing substitution fails its assignment") {
    evb::World world;
    evb::Shell shell(world);
    shell.run("aws events describe-rule --name nope");
    CHECK(shell.run("echo $?").out == "254\n");
    CHECK(shell.run("echo $?").out == "0\n");
    const evb::ShellResult failed = shell.run("X=$(aws events describe-rule --name nope) || echo missing");
    CHECK(failed.out == "missing\n");
    CHECK(failed.err.find("(ResourceNotFoundException)") != std::string::npos);
    CHECK(shell.run("X=$(aws events describe-rule --name nope) && echo found").out.empty());
}

TEST_CASE("a substitution runs in a subshell: what it sets is forgotten") {
    evb::World world;
    evb::Shell shell(world);
    CHECK(shell.run("A=outer; B=$(A=inner; echo $A); echo $A $B").out == "outer inner\n");
}

TEST_CASE("redirections expand their file names and a split one is ambiguous") {
    evb::World world;
    evb::Shell shell(world);
    CHECK(shell.run("F=out.txt; echo hi > $F && cat \"$F\"").out == "hi\n");
    const evb::ShellResult split = shell.run("G='a b'; echo hi > $G");
    CHECK(split.exit_code == 1);
    CHECK(split.err == "evb: $G: ambiguous redirect\n");
}

TEST_CASE("sleep and date in a script move and print the virtual clock") {
    evb::World world;
    evb::Shell shell(world);
    CHECK(shell.run("sleep 60 && date -u +%H:%M:%S").out == "22:14:20\n");
}

TEST_CASE("case, functions and arithmetic say they are not supported rather than running part") {
    evb::World world;
    evb::Shell shell(world);
    const evb::ShellResult compound = shell.run("case $X in a) echo a;; esac");
    CHECK(compound.exit_code == 2);
    CHECK(compound.err.find("evb: case: this shell runs if, for, while and until but not yet case") == 0);
    const evb::ShellResult function = shell.run("f() {\n  echo body\n}");
    CHECK(function.out.empty());
    CHECK(function.err.find("evb: f(): this shell runs if, for, while and until") == 0);
    CHECK(evb::Shell::needs_more_input("deploy() {\n  echo body"));
    CHECK(evb::Shell::needs_more_input("case $X in\n a) echo a;;"));
    CHECK(shell.run("echo $((1 + 1))").err ==
          "evb: $((1 + 1)): arithmetic expansion is not supported by this shell\n");
}

TEST_CASE("if, elif and else run the branch whose condition succeeds") {
    evb::World world;
    evb::Shell shell(world);
    const std::string script =
        "if [ -z \"$X\" ]; then echo empty; elif [ \"$X\" = 1 ]; then echo one; else echo other; fi";
    CHECK(shell.run(script).out == "empty\n");
    shell.run("X=1");
    CHECK(shell.run(script).out == "one\n");
    shell.run("X=2");
    CHECK(shell.run(script).out == "other\n");
    CHECK(
        shell.run("if aws events describe-rule --name nope 2>/dev/null; then echo found; fi; echo $?").out ==
        "0\n");
}

TEST_CASE("for loops over expanded words and while and until loop on a condition") {
    evb::World world;
    evb::Shell shell(world);
    CHECK(shell.run("for r in a \"b c\" $(echo d e); do echo \"[$r]\"; done").out ==
          "[a]\n[b c]\n[d]\n[e]\n");
    CHECK(shell.run("N=; while [ \"$N\" != xxx ]; do N=${N}x; done; echo $N").out == "xxx\n");
    CHECK(shell.run("until [ \"$S\" = Active ]; do sleep 5; S=Active; done; date +%T").out == "22:13:25\n");
    CHECK(shell.run("for i in 1 2 3 4; do if [ $i -eq 3 ]; then break; fi; echo $i; done").out == "1\n2\n");
    CHECK(shell.run("for i in 1 2 3; do if [ $i = 2 ]; then continue; fi; echo $i; done").out == "1\n3\n");
    CHECK(shell.run("for i in 1 2; do for j in a b; do echo $i$j; continue 2; done; done").out == "1a\n2a\n");
    CHECK(shell.run("for i in 1 2; do echo $i; done > loop.txt && cat loop.txt").out == "1\n2\n");
}

TEST_CASE("the rules of a script: create them in a loop and wait for each") {
    evb::World world;
    evb::Shell shell(world);
    const evb::ShellResult made = shell.run(
        "for name in orders payments; do\n"
        "  ARN=$(aws events put-rule --name $name-rule --event-pattern \"{\\\"source\\\":[\\\"$name\\\"]}\" "
        "--query RuleArn --output text)\n"
        "  echo \"created $ARN\"\n"
        "done");
    CHECK(made.err.empty());
    CHECK(made.out ==
          "created arn:aws:events:us-east-1:123456789012:rule/orders-rule\n"
          "created arn:aws:events:us-east-1:123456789012:rule/payments-rule\n");
}

TEST_CASE("a loop that never ends stops after 10000 rounds and keeps what it printed") {
    evb::World world;
    evb::Shell shell(world);
    const evb::ShellResult endless = shell.run("while true; do echo x; done");
    CHECK(endless.exit_code == 1);
    CHECK(endless.out.size() == 20000);
    CHECK(endless.err.find("evb: while: stopped after 10000 rounds") == 0);
}

TEST_CASE("break outside a loop is harmless and says so as bash does") {
    evb::World world;
    evb::Shell shell(world);
    const evb::ShellResult outside = shell.run("break; echo after");
    CHECK(outside.out == "after\n");
    CHECK(outside.err == "evb: break: only meaningful in a `for', `while', or `until' loop\n");
}

TEST_CASE("substitution nested without end stops at a depth limit") {
    evb::World world;
    evb::Shell shell(world);
    std::string line = "echo ";
    for (int i = 0; i < 40; ++i)
        line += "$(echo ";
    line += "x" + std::string(40, ')');
    const evb::ShellResult deep = shell.run(line);
    CHECK(deep.err.find("command substitution nested more than 32 deep") != std::string::npos);
}

TEST_CASE("here-documents write files and feed commands as bash does") {
    evb::World world;
    evb::Shell shell(world);
    shell.run("NAME=orders");
    const evb::ShellResult written = shell.run(
        "cat > lambda_function.py <<'EOF'\n"
        "def handler(event, context):\n"
        "    return {'name': \"$NAME\"}\n"
        "EOF");
    CHECK(written.exit_code == 0);
    CHECK(*shell.workspace().read("lambda_function.py") ==
          "def handler(event, context):\n    return {'name': \"$NAME\"}\n");
    CHECK(shell.run("cat <<EOF\nbus: $NAME, 'quoted' \\$NAME\nEOF").out == "bus: orders, 'quoted' $NAME\n");
    shell.run("cat > pattern.json <<EOF\n{\"source\": [\"$NAME\"]}\nEOF");
    CHECK(shell
              .run("aws events put-rule --name r --event-pattern file://pattern.json --query RuleArn "
                   "--output text")
              .out == "arn:aws:events:us-east-1:123456789012:rule/r\n");
}
