// The examples gallery and the exercises, read once from the files compiled into the page, and a
// scenario's starting world built as a World::save document (so loading it is one undoable step) with the
// command lines that built it (echoed to the console). Knows nothing of ImGui.
#pragma once

#include "evb/scenario/scenario.hpp"
#include "evb/world/world.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace evb::web {

// LibraryEntry is one scenario file, or the problem that kept it out.
struct LibraryEntry {
    std::string file;
    Scenario scenario;
};

// library_examples lists the examples gallery: the tutorial first, then by file name.
const std::vector<LibraryEntry>& library_examples();

// library_exercises lists the exercises, by file name (easy to hard).
const std::vector<LibraryEntry>& library_exercises();

// find_scenario returns the example or exercise with an id, or nullptr.
const Scenario* find_scenario(std::string_view id);

// BuiltWorld is a scenario's starting world as a save document and its steps as command lines, or an
// error.
struct BuiltWorld {
    std::string document;
    std::vector<std::string> lines;
    std::string error;
};

// build_world_document builds a scenario's starting world in an account shaped like config.
BuiltWorld build_world_document(const Scenario& scenario, const WorldConfig& config);

}  // namespace evb::web
