// Shared by the jq tests: a table row (arguments, standard input, expected output, error and exit code),
// with expectations recorded from the real jq 1.6 (Debian's jq package) unless a row says otherwise.
#pragma once

#include "../../../shell/src/jq/jq.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace evb::jq::testing {

struct JqCase {
    std::vector<std::string> args;
    std::string input;
    std::string out;
    std::string err;
    int exit_code;
};

inline const std::string kRules =
    R"({"Rules":[{"Name":"a","State":"ENABLED","Arn":"arn:1"},{"Name":"b","State":"DISABLED","Arn":"arn:2"}],)"
    R"("Entries":[1,2,3]})";

// run runs jq with args over input, without files.
inline JqOutcome run(std::vector<std::string> args, const std::string& input) {
    args.insert(args.begin(), "jq");
    return run_jq(args, input, [](const std::string&) { return std::nullopt; });
}

// check_cases runs each row and compares all of its output.
inline void check_cases(const std::vector<JqCase>& cases) {
    for (const auto& c : cases) {
        std::string line;
        for (const auto& a : c.args)
            line += a + " ";
        CAPTURE(line);
        CAPTURE(c.input);
        const JqOutcome r = run(c.args, c.input);
        CHECK(r.out == c.out);
        CHECK(r.err == c.err);
        CHECK(r.exit_code == c.exit_code);
    }
}

}  // namespace evb::jq::testing
