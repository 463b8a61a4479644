// The `aws` command: command-line words in, one (or, when paginating, several) World::call, the response
// printed as the AWS CLI prints it. Depends on core's World and the shell's workspace.
#pragma once

#include "evb/shell.hpp"

#include <string>
#include <variant>
#include <vector>

namespace evb::cli {

// run_aws runs `aws` with the words after it ("events", "list-rules", "--output", "text").
ShellResult run_aws(World& world, Workspace& workspace, const std::vector<std::string>& args);

// build_request turns an operation's words into its API request, or the CLI's error for them.
// Exposed for format_command's round-trip tests.
std::variant<Json, ShellResult> build_request(const std::string& service, const std::string& command,
                                              const std::vector<std::string>& words,
                                              const Workspace& workspace);

}  // namespace evb::cli
