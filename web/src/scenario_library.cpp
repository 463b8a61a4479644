#include "scenario_library.hpp"

#include "evb/common/json_access.hpp"
#include "evb/export/scenario_shell.hpp"
#include "evb/scenario/scenario_world.hpp"
#include "evb/shell.hpp"
#include "scenario_files.hpp"

#include <algorithm>

namespace evb::web {
namespace {

std::vector<LibraryEntry> load_folder(std::string_view folder) {
    std::vector<LibraryEntry> entries;
    for (std::size_t i = 0; i < kScenarioFileCount; ++i) {
        const std::string_view name = kScenarioFiles[i].name;
        if (name.substr(0, folder.size()) != folder) continue;
        ScenarioLoad load = parse_scenario(kScenarioFiles[i].text);
        if (load.scenario) entries.push_back({std::string(name), std::move(*load.scenario)});
    }
    std::stable_partition(entries.begin(), entries.end(),
                          [](const LibraryEntry& e) { return e.scenario.id == "tutorial"; });
    return entries;
}

std::string step_line(const Json& step) {
    if (step.is_string()) return step.get<std::string>();
    if (step.contains("advanceMs")) return "# the clock moves " + to_json_text(step["advanceMs"]) + " ms";
    return format_command(text_member(step, "service"), text_member(step, "operation"),
                          member(step, "request"));
}

}  // namespace

const std::vector<LibraryEntry>& library_examples() {
    static const std::vector<LibraryEntry> kExamples = load_folder("examples/");
    return kExamples;
}

const std::vector<LibraryEntry>& library_exercises() {
    static const std::vector<LibraryEntry> kExercises = load_folder("exercises/");
    return kExercises;
}

const Scenario* find_scenario(std::string_view id) {
    for (const auto* list : {&library_examples(), &library_exercises()})
        for (const LibraryEntry& entry : *list)
            if (entry.scenario.id == id) return &entry.scenario;
    return nullptr;
}

BuiltWorld build_world_document(const Scenario& scenario, const WorldConfig& config) {
    ScenarioWorld built = build_scenario_world(scenario, config);
    if (!built.world) return {"", {}, built.failure ? describe_step_failure(*built.failure) : "no world"};
    BuiltWorld out{built.world->save(), {}, ""};
    for (const Json& step : scenario.world)
        out.lines.push_back(step_line(fill_placeholders(step, *built.world)));
    return out;
}

}  // namespace evb::web
