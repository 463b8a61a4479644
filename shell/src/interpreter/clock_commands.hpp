// sleep and date over the world's virtual clock: `sleep 60` moves the clock a minute forward at once
// (scheduled rules fire, timestamps move) and `date` prints the virtual time as GNU date does, in UTC.
// Their messages follow GNU coreutils. Depends on core (evb/world/world.hpp) and ShellResult.
#pragma once

#include "evb/shell.hpp"

#include <optional>
#include <string>
#include <vector>

namespace evb::cli {

// run_clock_command runs sleep or date (args[0]); nothing for any other command.
std::optional<ShellResult> run_clock_command(World& world, const std::vector<std::string>& args);

// format_date formats epoch milliseconds as GNU date's +FORMAT does in UTC (%Y %m %d %H %M %S %s %a %b
// %e %F %T %Z %z …; an unknown %x is printed as it is).
std::string format_date(std::int64_t ms, std::string_view format);

}  // namespace evb::cli
