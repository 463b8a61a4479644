// Scenario worlds with the shell: a scenario's `aws ...` steps run through a Shell over the world (API
// call and clock steps go straight to core), so examples and exercises may be written as the command
// lines a user would type. Depends on evb_shell and core's scenario format.
#pragma once

#include "evb/scenario/scenario.hpp"
#include "evb/scenario/scenario_world.hpp"
#include "evb/world/world.hpp"

#include <optional>

namespace evb {

// apply_scenario performs a scenario's world steps on a world, command lines through a Shell.
std::optional<StepFailure> apply_scenario(World& world, const Scenario& scenario);

// ScenarioWorld is a freshly built starting world, or the step that failed.
struct ScenarioWorld {
    std::optional<World> world;
    std::optional<StepFailure> failure;
};

// build_scenario_world makes a new world (with config) holding a scenario's starting world.
ScenarioWorld build_scenario_world(const Scenario& scenario, const WorldConfig& config = {});

}  // namespace evb
