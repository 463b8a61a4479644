// Reading an `aws` command line as the AWS CLI's argparse setup does: global options anywhere
// (--output, --query, --region, --no-paginate, ...), the service and command names, then the operation's
// flags (--flag value, --flag=value, --flag / --no-flag for booleans, several words for lists) and
// positionals, with argparse's error wording. Depends on operation_model.hpp and cli_errors.hpp.
#pragma once

#include "evb/shell.hpp"
#include "operation_model.hpp"

#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace evb::cli {

struct GlobalOptions {
    std::string output = "json";
    std::optional<std::string> query;
    std::optional<std::string> region;
    std::optional<std::string> color;
    bool paginate = true;
    bool debug = false;
    bool version = false;
    bool raw_binary = false;  // --cli-binary-format raw-in-base64-out
};

// The words left after removing global options: service, command, then the operation's own words.
struct SplitCommand {
    GlobalOptions globals;
    std::vector<std::string> words;
};

// split_globals pulls the global options out of an aws command line (they may appear anywhere).
std::variant<SplitCommand, ShellResult> split_globals(const std::vector<std::string>& args);

// One flag's occurrence: its words, in command-line order.
struct GivenParam {
    const ParamSpec* spec = nullptr;
    std::vector<std::string> words;
    std::optional<bool> flag_value;  // for booleans: --flag true, --no-flag false
};

// --cli-input-json or --cli-input-yaml: the text (or file:// word) and which of the two it is.
struct CliInput {
    std::string text;
    bool yaml = false;
};

struct OperationArgs {
    std::vector<GivenParam> params;  // in command-line order, last occurrence of each kept
    std::optional<CliInput> cli_input;
    std::optional<std::string> skeleton;  // --generate-cli-skeleton [input|output|yaml-input]
    std::optional<std::string> starting_token;
    std::optional<long long> page_size;
    std::optional<long long> max_items;
    bool help = false;
};

// parse_operation_args reads the words after `aws <service> <command>`; errors are returned as results.
std::variant<OperationArgs, ShellResult> parse_operation_args(const OperationSpec& op,
                                                              const std::vector<std::string>& words);

// global_flag_names lists the global options, for completion and help.
const std::vector<std::string>& global_flag_names();

}  // namespace evb::cli
