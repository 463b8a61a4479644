// test and [ (see test_command.hpp): POSIX's rules by number of arguments, bash's messages.
#include "test_command.hpp"

#include <charconv>

namespace evb::cli {
namespace {

struct Outcome {
    bool value = false;
    std::string error;  // a malformed expression: bash's message without its prefix
};

bool is_unary(const std::string& op) {
    for (const char* known : {"-z", "-n", "-f", "-e", "-s", "-d", "-r", "-w", "-x"}) {
        if (op == known) return true;
    }
    return false;
}

bool is_binary(const std::string& op) {
    for (const char* known : {"=", "==", "!=", "<", ">", "-eq", "-ne", "-lt", "-le", "-gt", "-ge"}) {
        if (op == known) return true;
    }
    return false;
}

std::optional<long long> integer(std::string_view text) {
    if (!text.empty() && text[0] == '+') text.remove_prefix(1);
    long long value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return value;
}

Outcome unary(const std::string& op, const std::string& operand, const Workspace* workspace) {
    if (op == "-z") return {operand.empty(), ""};
    if (op == "-n") return {!operand.empty(), ""};
    if (op == "-d") return {false, ""};  // the workspace has files only
    const auto bytes = workspace ? workspace->read(operand) : std::nullopt;
    if (op == "-s") return {bytes && !bytes->empty(), ""};
    return {bytes.has_value(), ""};
}

Outcome binary(const std::string& left, const std::string& op, const std::string& right) {
    if (op == "=" || op == "==") return {left == right, ""};
    if (op == "!=") return {left != right, ""};
    if (op == "<") return {left < right, ""};
    if (op == ">") return {left > right, ""};
    const auto a = integer(left);
    const auto b = integer(right);
    if (!a || !b) return {false, (a ? right : left) + ": integer expression expected"};
    if (op == "-eq") return {*a == *b, ""};
    if (op == "-ne") return {*a != *b, ""};
    if (op == "-lt") return {*a < *b, ""};
    if (op == "-le") return {*a <= *b, ""};
    if (op == "-gt") return {*a > *b, ""};
    return {*a >= *b, ""};
}

Outcome negated(Outcome outcome) {
    if (outcome.error.empty()) outcome.value = !outcome.value;
    return outcome;
}

Outcome evaluate(const std::vector<std::string>& a, const Workspace* workspace) {
    switch (a.size()) {
        case 0:
            return {false, ""};
        case 1:
            return {!a[0].empty(), ""};
        case 2:
            if (a[0] == "!") return {a[1].empty(), ""};
            if (is_unary(a[0])) return unary(a[0], a[1], workspace);
            return {false, a[0] + ": unary operator expected"};
        case 3:
            if (is_binary(a[1])) return binary(a[0], a[1], a[2]);
            if (a[0] == "!") return negated(evaluate({a[1], a[2]}, workspace));
            if (a[0] == "(" && a[2] == ")") return {!a[1].empty(), ""};
            return {false, a[1] + ": binary operator expected"};
        case 4:
            if (a[0] == "!") return negated(evaluate({a[1], a[2], a[3]}, workspace));
            [[fallthrough]];
        default:
            return {false, "too many arguments"};
    }
}

}  // namespace

std::optional<ShellResult> run_test(const std::vector<std::string>& args, const Workspace* workspace) {
    if (args.empty() || (args[0] != "test" && args[0] != "[")) return std::nullopt;
    std::vector<std::string> expression(args.begin() + 1, args.end());
    if (args[0] == "[") {
        if (expression.empty() || expression.back() != "]")
            return ShellResult{2, "", "evb: [: missing `]'\n"};
        expression.pop_back();
    }
    const Outcome outcome = evaluate(expression, workspace);
    if (!outcome.error.empty()) return ShellResult{2, "", "evb: " + args[0] + ": " + outcome.error + "\n"};
    return ShellResult{outcome.value ? 0 : 1, "", ""};
}

}  // namespace evb::cli
