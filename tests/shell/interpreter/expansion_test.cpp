// Tests for shell/src/interpreter/expansion.cpp: bash's expansion of the forms tutorials use, checked
// against what bash prints for the same words.
#include "../../../shell/src/interpreter/expansion.hpp"

#include <doctest/doctest.h>

using evb::cli::expand_assigned;
using evb::cli::expand_word;
using evb::cli::ExpansionContext;
using evb::cli::Substituted;
using Fields = std::vector<std::string>;

namespace {

const std::map<std::string, std::string> kVariables = {{"NAME", "orders"},
                                                       {"SPACED", "  a b\tc\n"},
                                                       {"EMPTY", ""},
                                                       {"ARN", "arn:aws:events:us-east-1:1:rule/r"}};

// A substitution that echoes its command text back, as `echo` would, so the tests see what ran.
Substituted echo_back(std::string_view command) {
    if (command == "false") return {1, "", ""};
    if (command == "warn") return {0, "out\n\n\n", "warning\n"};
    return {0, std::string(command) + "\n", ""};
}

Fields fields(std::string_view raw, int status = 0) {
    const ExpansionContext context{kVariables, status, echo_back};
    const auto expanded = expand_word(raw, context);
    REQUIRE(expanded.error.empty());
    return expanded.fields;
}

std::string error_of(std::string_view raw) {
    const ExpansionContext context{kVariables, 0, echo_back};
    return expand_word(raw, context).error;
}

}  // namespace

TEST_CASE("expansion removes quotes and keeps single-quoted text literally") {
    CHECK(fields("'$NAME'") == Fields{"$NAME"});
    CHECK(fields("a'b c'd") == Fields{"ab cd"});
    CHECK(fields("\\$NAME") == Fields{"$NAME"});
    CHECK(fields("\"\\$NAME \\\" \\a\"") == Fields{"$NAME \" \\a"});
    CHECK(fields("''") == Fields{""});
    CHECK(fields("\"\"") == Fields{""});
}

TEST_CASE("expansion replaces parameters in every form tutorials use") {
    CHECK(fields("$NAME") == Fields{"orders"});
    CHECK(fields("${NAME}-rule") == Fields{"orders-rule"});
    CHECK(fields("$NAME-rule") == Fields{"orders-rule"});
    CHECK(fields("\"$NAME\"") == Fields{"orders"});
    CHECK(fields("$UNSET") == Fields{});
    CHECK(fields("\"$UNSET\"") == Fields{""});
    CHECK(fields("$?", 254) == Fields{"254"});
    CHECK(fields("${#NAME}") == Fields{"6"});
    CHECK(fields("${UNSET:-default}") == Fields{"default"});
    CHECK(fields("${EMPTY:-default}") == Fields{"default"});
    CHECK(fields("${EMPTY-default}") == Fields{});
    CHECK(fields("${NAME:-default}") == Fields{"orders"});
    CHECK(fields("${NAME:+set}") == Fields{"set"});
    CHECK(fields("${UNSET:+set}") == Fields{});
    CHECK(fields("${UNSET:-$NAME}") == Fields{"orders"});
    CHECK(fields("cost$") == Fields{"cost$"});
}

TEST_CASE("expansion splits unquoted results into fields and leaves quoted ones whole") {
    CHECK(fields("$SPACED") == Fields{"a", "b", "c"});
    CHECK(fields("\"$SPACED\"") == Fields{"  a b\tc\n"});
    CHECK(fields("x$SPACED") == Fields{"x", "a", "b", "c"});
    CHECK(fields("$EMPTY") == Fields{});
    CHECK(fields("a$EMPTY") == Fields{"a"});
}

TEST_CASE("command substitution runs its text and drops trailing newlines") {
    CHECK(fields("$(aws events list-rules --query 'Rules[0].Arn')") ==
          Fields{"aws", "events", "list-rules", "--query", "'Rules[0].Arn'"});
    CHECK(fields("\"$(echo a  b)\"") == Fields{"echo a  b"});
    CHECK(fields("\"$(warn)\"") == Fields{"out"});
    CHECK(fields("`echo \\$NAME`") == Fields{"echo", "$NAME"});
    CHECK(fields("\"$(echo \"$(inner)\")\"") == Fields{"echo \"$(inner)\""});
}

TEST_CASE("a substitution's standard error and status are kept for the caller") {
    const ExpansionContext context{kVariables, 0, echo_back};
    const auto warned = expand_word("$(warn)", context);
    CHECK(warned.err == "warning\n");
    CHECK(warned.substituted);
    const auto failed = expand_assigned("$(false)", context);
    CHECK(failed.substitution_status == 1);
    CHECK(failed.fields == Fields{""});
}

TEST_CASE("an assigned value is not split into fields") {
    const ExpansionContext context{kVariables, 0, echo_back};
    CHECK(expand_assigned("$SPACED", context).fields == Fields{"  a b\tc\n"});
    CHECK(expand_assigned("$(echo a b)", context).fields == Fields{"echo a b"});
    CHECK(expand_assigned("'x y'", context).fields == Fields{"x y"});
}

TEST_CASE("a form of expansion this shell lacks is an error that names it") {
    CHECK(error_of("$((1 + 2))") == "$((1 + 2)): arithmetic expansion is not supported by this shell");
    CHECK(error_of("${NAME%.zip}") ==
          "${NAME%.zip}: this form of parameter expansion is not supported by this shell");
    CHECK(error_of("${}") == "${}: bad substitution");
}

TEST_CASE("split_assignment finds NAME=value words only") {
    std::string name;
    std::string_view value;
    CHECK(evb::cli::split_assignment("RULE_ARN=$(aws x)", name, value));
    CHECK(name == "RULE_ARN");
    CHECK(value == "$(aws x)");
    CHECK(evb::cli::split_assignment("EMPTY=", name, value));
    CHECK(value.empty());
    CHECK_FALSE(evb::cli::split_assignment("=x", name, value));
    CHECK_FALSE(evb::cli::split_assignment("1X=x", name, value));
    CHECK_FALSE(evb::cli::split_assignment("'X'=x", name, value));
    CHECK_FALSE(evb::cli::split_assignment("--name=x", name, value));
}
