// AWS CLI error wording and exit codes, and difflib-style close matches for "maybe you meant".
#include "cli_errors.hpp"

#include <algorithm>
#include <cstdio>

namespace evb::cli {
namespace {

std::string pad40(const std::string& s) {
    return s.size() >= 40 ? s : s + std::string(40 - s.size(), ' ');
}

// longest_match finds the longest common block of a[alo,ahi) and b[blo,bhi) (difflib's find_longest_match).
void matching_blocks(std::string_view a, std::string_view b, std::size_t alo, std::size_t ahi,
                     std::size_t blo, std::size_t bhi, std::size_t& total) {
    std::size_t best_i = alo, best_j = blo, best = 0;
    for (std::size_t i = alo; i < ahi; ++i) {
        for (std::size_t j = blo; j < bhi; ++j) {
            std::size_t k = 0;
            while (i + k < ahi && j + k < bhi && a[i + k] == b[j + k])
                ++k;
            if (k > best) {
                best = k;
                best_i = i;
                best_j = j;
            }
        }
    }
    if (best == 0) return;
    total += best;
    matching_blocks(a, b, alo, best_i, blo, best_j, total);
    matching_blocks(a, b, best_i + best, ahi, best_j + best, bhi, total);
}

}  // namespace

std::string usage_text() {
    return "usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\n"
           "To see help text, you can run:\n"
           "\n"
           "  aws help\n"
           "  aws <command> help\n"
           "  aws <command> <subcommand> help\n"
           "\n";
}

ShellResult usage_error(std::string_view message) {
    return {kExitUsage, "", "\n" + usage_text() + "aws: error: " + std::string(message) + "\n\n"};
}

ShellResult unknown_options_error(std::string_view options) {
    return {kExitUsage, "", "\n" + usage_text() + "Unknown options: " + std::string(options) + "\n\n"};
}

std::string invalid_choice_message(std::string_view argument, std::string_view value,
                                   const std::vector<std::string>& choices) {
    std::string msg = "argument " + std::string(argument) + ": Invalid choice, valid choices are:\n";
    for (std::size_t i = 0; i < choices.size(); i += 2) {
        msg += "\n" + pad40(choices[i]);
        if (i + 1 < choices.size()) msg += " | " + pad40(choices[i + 1]);
    }
    auto possible = close_matches(value, choices);
    if (!possible.empty()) {
        msg += "\n\n\nInvalid choice: '" + std::string(value) + "', maybe you meant:\n";
        for (const auto& p : possible)
            msg += "\n  * " + p;
    }
    return msg;
}

ShellResult param_error(std::string_view flag, std::string_view message) {
    return {kExitUsage, "",
            "\nError parsing parameter '" + std::string(flag) + "': " + std::string(message) + "\n"};
}

ShellResult general_error(std::string_view message, int exit_code) {
    return {exit_code, "", "\n" + std::string(message) + "\n"};
}

ShellResult service_error(std::string_view code, std::string_view operation, std::string_view message) {
    return {kExitService, "",
            "\nAn error occurred (" + std::string(code) + ") when calling the " + std::string(operation) +
                " operation: " + std::string(message) + "\n"};
}

double similarity(std::string_view a, std::string_view b) {
    if (a.empty() && b.empty()) return 1.0;
    if (a.size() > 200 || b.size() > 200) return 0.0;
    std::size_t total = 0;
    matching_blocks(a, b, 0, a.size(), 0, b.size(), total);
    return 2.0 * static_cast<double>(total) / static_cast<double>(a.size() + b.size());
}

std::vector<std::string> close_matches(std::string_view value, const std::vector<std::string>& choices,
                                       double cutoff, std::size_t limit) {
    std::vector<std::pair<double, std::string>> scored;
    for (const auto& c : choices) {
        double s = similarity(value, c);
        if (s >= cutoff) scored.emplace_back(s, c);
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto& x, const auto& y) {
        return x.first != y.first ? x.first > y.first : x.second > y.second;
    });
    std::vector<std::string> out;
    for (std::size_t i = 0; i < scored.size() && i < limit; ++i)
        out.push_back(scored[i].second);
    return out;
}

}  // namespace evb::cli
