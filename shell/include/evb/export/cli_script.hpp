// The world as a bash script of AWS CLI v2 commands that recreates it on real AWS, in dependency order:
// event buses, log groups (and the CloudWatch Logs resource policy that lets EventBridge write to them),
// customer managed policies, roles with their attached and inline policies, functions, rules, targets (and
// the Lambda permissions that let rules invoke functions). `set -euo pipefail`, a comment before each
// group. Simulated function code cannot be exported: each function gets a placeholder package with a
// comment saying so and showing the simulated behaviour. Portable scripts read the account id and region
// at run time and put them into every ARN; non-portable ones keep the playground's (and replay in the
// playground's own shell). Each command line is the shell's format_command of the request.
// Depends on evb_shell (format_command, quote_word) and core's world_requests.
#pragma once

#include "evb/world/world.hpp"

#include <string>

namespace evb {

// CliScriptOptions: portable replaces the playground's account id and region with $ACCOUNT_ID and $REGION.
struct CliScriptOptions {
    bool portable = true;
};

// export_cli_script writes the script that recreates a world's resources.
std::string export_cli_script(const World& world, const CliScriptOptions& options = {});

}  // namespace evb
