// The few Unix commands tutorials use around `aws`, over the workspace: echo, cat, ls, rm, pwd, base64
// [-d], zip, jq, head, tail, wc, grep, history, help and budgets (the world's memory budgets). Their messages
// follow GNU coreutils and Info-ZIP. Depends on the workspace, ShellResult and the World (for budgets) only.
#pragma once

#include "evb/shell.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace evb::cli {

struct CommandContext {
    Workspace& workspace;
    const std::vector<std::string>& history;
    std::string_view input;  // standard input: the previous command's output in a pipeline
    World& world;
};

// run_builtin runs a workspace command (args[0] is its name); nothing when no such command exists.
std::optional<ShellResult> run_builtin(const std::vector<std::string>& args, CommandContext& context);

// builtin_names lists the workspace commands, for completion.
const std::vector<std::string>& builtin_names();

}  // namespace evb::cli
