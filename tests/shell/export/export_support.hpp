// Helpers for the shell's export suites: reading the site's scenario files, building their worlds,
// replaying a non-portable CLI script in the playground's shell, and comparing worlds' resources.
#pragma once

#include "evb/export/scenario_shell.hpp"
#include "evb/scenario/scenario.hpp"
#include "evb/scenario/world_requests.hpp"
#include "evb/shell.hpp"
#include "evb/world/world.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace evb::test {

// site_files lists the JSON files of a site folder ("examples", "exercises"), sorted.
inline std::vector<std::filesystem::path> site_files(const std::string& folder) {
    std::vector<std::filesystem::path> out;
    for (const auto& entry :
         std::filesystem::directory_iterator(std::filesystem::path(EVB_SOURCE_DIR) / "site" / folder)) {
        if (entry.path().extension() == ".json") out.push_back(entry.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

inline std::string read_text(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

// load_scenario_file parses a scenario file that must be valid.
inline Scenario load_scenario_file(const std::filesystem::path& path) {
    ScenarioLoad load = parse_scenario(read_text(path));
    INFO(path.string() << ": " << load.error);
    REQUIRE(load.scenario);
    return *load.scenario;
}

// built is a scenario's starting world, which must build.
inline World built(const Scenario& scenario) {
    ScenarioWorld w = build_scenario_world(scenario);
    if (w.failure) INFO(describe_step_failure(*w.failure));
    REQUIRE(w.world);
    return std::move(*w.world);
}

// replay_script runs a script's commands in the playground's shell, skipping comments and what only real AWS
// needs (set, sleep, resource policies, Lambda permissions); every other line must succeed.
inline void replay_script(World& world, const std::string& script) {
    Shell shell(world);
    std::istringstream lines(script);
    std::string line;
    while (std::getline(lines, line)) {
        // A command spans lines as bash reads it (an open quote: the Python code of a function).
        for (std::string more; Shell::needs_more_input(line) && std::getline(lines, more);)
            line += "\n" + more;
        if (line.empty() || line[0] == '#' || line.rfind("set ", 0) == 0 || line.rfind("sleep ", 0) == 0 ||
            line.rfind("aws logs put-resource-policy ", 0) == 0 ||
            line.rfind("aws lambda add-permission ", 0) == 0) {
            continue;
        }
        ShellResult r = shell.run(line);
        INFO(line);
        INFO(r.err);
        REQUIRE(r.exit_code == 0);
    }
}

// resources_of lists a world's resources with patterns normalised, function code left out on request
// (a CLI script cannot carry it).
inline Json resources_of(const World& world, bool with_code) {
    Json steps = world_requests(world.account());
    for (auto& step : steps) {
        if (step["operation"] == "CreateFunction" && !with_code) step["request"].erase("Code");
        if (step["request"].contains("EventPattern")) {
            step["request"]["EventPattern"] =
                Json::parse(step["request"]["EventPattern"].get<std::string>()).dump();
        }
    }
    return steps;
}

inline Json resources_without_code(const World& world) {
    return resources_of(world, false);
}

}  // namespace evb::test
