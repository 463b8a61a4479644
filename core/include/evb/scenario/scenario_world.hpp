// Building a scenario's starting world: its steps are applied in order to a World; API calls and clock
// steps directly, `aws ...` command lines through a runner the caller supplies (the shell lives above
// core: evb/export/scenario_shell.hpp passes Shell::run). The first failing step stops the build and is
// reported with its position. Also the reverse: a world's resources as the steps of a new scenario.
// Depends on the World and evb/scenario/world_requests.hpp.
#pragma once

#include "evb/common/json.hpp"
#include "evb/scenario/scenario.hpp"
#include "evb/world/world.hpp"

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace evb {

// CommandRunner runs one command line against the world and returns its error text, or nothing.
using CommandRunner = std::function<std::optional<std::string>(std::string_view line)>;

// StepFailure says which step failed (0-based) and why.
struct StepFailure {
    std::size_t index = 0;
    std::string step;
    std::string message;
};

// fill_placeholders replaces "${AccountId}" and "${Region}" in every string of a value with the world's.
Json fill_placeholders(const Json& value, const World& world);

// apply_world_steps performs a scenario's steps on a world (placeholders filled); command lines need
// run_line.
std::optional<StepFailure> apply_world_steps(World& world, const Json& steps,
                                             const CommandRunner& run_line = {});

// describe_step_failure writes a failure as one line: "step 3 (aws events put-rule ...): ...".
std::string describe_step_failure(const StepFailure& failure);

// scenario_from_world makes an example whose starting world recreates the world's resources.
Scenario scenario_from_world(const World& world, std::string_view title);

}  // namespace evb
