// The text filters tutorials pipe `aws` output into: head, tail, wc and grep, over standard input or
// workspace files, with GNU coreutils' and GNU grep's options, output and exit statuses for the forms
// used (head/tail -n N, -N, -c N; wc -l -w -c; grep -i -v -c -q -n -E -F -o). Depends on builtins.hpp's
// CommandContext only.
#pragma once

#include "builtins.hpp"

namespace evb::cli {

ShellResult head_command(const std::vector<std::string>& args, CommandContext& ctx);
ShellResult tail_command(const std::vector<std::string>& args, CommandContext& ctx);
ShellResult wc_command(const std::vector<std::string>& args, CommandContext& ctx);
ShellResult grep_command(const std::vector<std::string>& args, CommandContext& ctx);

}  // namespace evb::cli
