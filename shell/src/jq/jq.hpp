// The `jq` command of the shell: options (-r, -c, -e, -n), a filter, standard input or a workspace file as a
// stream of JSON texts, output and exit codes as jq 1.6 prints them. Knows nothing of the shell: the
// caller passes the arguments, standard input and a way to read a file. Depends on parser and evaluate.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace evb::jq {

struct JqOutcome {
    int exit_code = 0;
    std::string out;
    std::string err;
};

using FileReader = std::function<std::optional<std::string>(const std::string& path)>;

// run_jq runs `jq ARGS...` (args[0] is "jq") over input, reading FILE operands through read_file.
JqOutcome run_jq(const std::vector<std::string>& args, std::string_view input, const FileReader& read_file);

}  // namespace evb::jq
