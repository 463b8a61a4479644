// Running a scenario's command lines through a Shell.
#include "evb/export/scenario_shell.hpp"

#include "evb/shell.hpp"

namespace evb {

std::optional<StepFailure> apply_scenario(World& world, const Scenario& scenario) {
    Shell shell(world);
    auto run_line = [&shell](std::string_view line) -> std::optional<std::string> {
        ShellResult r = shell.run(line);
        if (r.exit_code == 0) return std::nullopt;
        std::string why = r.err.empty() ? r.out : r.err;
        while (!why.empty() && (why.back() == '\n' || why.front() == '\n')) {
            if (why.back() == '\n')
                why.pop_back();
            else
                why.erase(0, 1);
        }
        return why.empty() ? "the command failed with exit code " + std::to_string(r.exit_code) : why;
    };
    return apply_world_steps(world, scenario.world, run_line);
}

ScenarioWorld build_scenario_world(const Scenario& scenario, const WorldConfig& config) {
    ScenarioWorld out;
    out.world.emplace(config);
    out.failure = apply_scenario(*out.world, scenario);
    if (out.failure) out.world.reset();
    return out;
}

}  // namespace evb
