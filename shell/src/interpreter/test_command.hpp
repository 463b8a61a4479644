// test and [ as bash's builtins evaluate them, for the conditions scripts write: -z -n, = == !=, the
// integer comparisons -eq -ne -lt -le -gt -ge, -f -e -s on workspace files (no directories exist), !,
// and one-word truth. Status 0 true, 1 false, 2 for a malformed expression (with bash's message).
// Depends on ShellResult only.
#pragma once

#include "evb/shell.hpp"

#include <optional>
#include <string>
#include <vector>

namespace evb::cli {

// run_test runs `test ...` or `[ ... ]` (args[0] names it); nothing for any other command. Files are
// looked up in the workspace when one is given.
std::optional<ShellResult> run_test(const std::vector<std::string>& args,
                                    const Workspace* workspace = nullptr);

}  // namespace evb::cli
