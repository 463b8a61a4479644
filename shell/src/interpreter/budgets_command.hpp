// The `budgets` command: shows what the world keeps at most (log events per group, log bytes in all,
// activity entries) and what it dropped to stay within, and changes the budgets. Drops are never printed
// into an AWS command's output (which stays byte-identical to the AWS CLI's): this command, and the
// native REPL's note on standard error (BudgetWatch), tell them. Depends on the World and builtins.hpp.
#pragma once

#include "builtins.hpp"

namespace evb::cli {

// budgets_command prints the budgets and the drops, or sets the budgets named by its flags.
ShellResult budgets_command(const std::vector<std::string>& args, CommandContext& context);

}  // namespace evb::cli
