// Tests for shell/src/interpreter/line_gatherer.cpp: lines gathered into command lines exactly where
// Shell::needs_more_input says a command line is complete, in linear time.
#include "evb/shell.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {

// by_reparsing gathers lines the quadratic way: asking needs_more_input of the growing text.
std::vector<std::string> by_reparsing(const std::vector<std::string>& lines) {
    std::vector<std::string> commands;
    std::string pending;
    bool started = false;
    for (const auto& line : lines) {
        pending += started ? "\n" + line : line;
        started = true;
        if (evb::Shell::needs_more_input(pending)) continue;
        commands.push_back(pending);
        pending.clear();
        started = false;
    }
    if (started) commands.push_back("<pending> " + pending);
    return commands;
}

std::vector<std::string> by_gathering(const std::vector<std::string>& lines) {
    std::vector<std::string> commands;
    evb::LineGatherer gatherer;
    for (const auto& line : lines) {
        if (auto command = gatherer.add(line)) commands.push_back(*command);
    }
    if (!gatherer.pending().empty()) commands.push_back("<pending> " + gatherer.take());
    return commands;
}

}  // namespace

TEST_CASE("line gatherer completes command lines where needs_more_input does") {
    const std::vector<std::vector<std::string>> scripts = {
        {"echo a", "echo b"},
        {"echo 'a", "b'", "echo c"},
        {"echo \"a \\\"", "b\" c"},
        {"echo \"a\\", "b\""},
        {"echo a \\", "b \\", "c"},
        {"echo a # it's a comment \\", "echo b"},
        {"echo a#'b", "c'"},
        {"echo \\'", "echo b"},
        {"echo \\\\", "echo b"},
        {"echo a |", "cat"},
        {"echo a &&", "echo b", "echo c ||", "echo d"},
        {"", "echo 'x", "", "'"},
        {"echo \"a'", "b\"", "'"},
        {"echo a \\"},
        {"echo 'never closed", "a", "b"},
        {"# 'quoted in a comment", "echo ok"},
        {"echo x\\#'y", "z'"},
        {"X=$(aws events list-rules", "  --query 'Rules[0]')", "echo $X"},
        {"X=\"$(echo \")\" a\")\"", "echo b"},
        {"echo ${X", "}", "echo c"},
        {"echo `date", "`"},
        {"echo $(echo $(echo a)", ")"},
        {"echo '$('", "echo d"},
        {"echo \\$(", "echo e"},
        {"cat > f.py <<'EOF'", "it's", "EOF", "echo f"},
        {"cat <<-A <<B |", "\tdon't", "\tA", "\"", "B", "cat", "echo g"},
        {"cat <<EOF", "never closed '", "EOFx"},
        {"for i in a b; do", "  echo $i", "done", "echo after"},
        {"if true; then", "  for j in 1; do", "    echo $j", "  done", "fi; echo x"},
        {"while true; do", "  cat > f <<'EOF'", "it's done", "EOF", "  break", "done"},
        {"if true; then echo 'done", "'", "fi"},
        {"for x in 1; do echo &&", "echo b; done"},
        {"f() {", "  echo", "}"},
        {"if true; then", "echo fi"},
    };
    for (const auto& script : scripts) {
        CAPTURE(script.front());
        CHECK(by_gathering(script) == by_reparsing(script));
    }
}

TEST_CASE("line gatherer joins 100000 continuation lines into one command line") {
    std::vector<std::string> lines(100000, "echo a \\");
    lines.push_back("end");
    const std::vector<std::string> commands = by_gathering(lines);
    REQUIRE(commands.size() == 1);
    CHECK(commands[0].size() == 100000 * 9 + 3);
}

TEST_CASE("line gatherer holds an unbalanced quote over 100000 lines until it closes") {
    evb::LineGatherer gatherer;
    CHECK_FALSE(gatherer.add("echo 'open"));
    int completed = 0;
    for (int i = 0; i < 100000; ++i)
        completed += gatherer.add("more text").has_value();
    CHECK(completed == 0);
    const auto command = gatherer.add("closed'");
    REQUIRE(command);
    CHECK(command->size() == 10 + 100000 * 10 + 8);
    CHECK(gatherer.pending().empty());
}

TEST_CASE("line gatherer holds a here-document of 100000 lines with quotes in it until its delimiter") {
    evb::LineGatherer gatherer;
    CHECK_FALSE(gatherer.add("cat > big.txt <<'EOF'"));
    for (int i = 0; i < 100000; ++i)
        CHECK_FALSE(gatherer.add(i % 2 ? "it's" : "a \"quote"));
    const auto command = gatherer.add("EOF");
    REQUIRE(command);
    CHECK(command->size() > 100000 * 4);
}

TEST_CASE("line gatherer holds a loop whose body is 100000 lines until its done") {
    evb::LineGatherer gatherer;
    CHECK_FALSE(gatherer.add("for i in 1 2; do"));
    for (int i = 0; i < 100000; ++i)
        CHECK_FALSE(gatherer.add("  echo \"round $i\" && aws events list-rules >> out.txt"));
    const auto command = gatherer.add("done");
    REQUIRE(command);
    CHECK(evb::Shell::needs_more_input(*command) == false);
}
