// The world and the settings kept in the browser's localStorage across reloads. A saved world that
// cannot be loaded is moved aside (never silently overwritten) and reported, so the page can offer it
// as a download; loading never crashes and never leaves a half-loaded world.
#pragma once

#include "evb/world/world.hpp"
#include "settings.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace evb::web {

// UnreadableWorld is a saved document the world refused, with the reason.
struct UnreadableWorld {
    std::string message;
    std::string document;
};

// restore_world loads the kept world into world; returns the problem when the kept text is unusable.
std::optional<UnreadableWorld> restore_world(World& world);

// keep_world stores the world's document; false when the browser refuses (quota, private mode).
bool keep_world(std::string_view document);

// forget_unreadable_world drops the copy of a refused document.
void forget_unreadable_world();

// restore_settings reads the kept settings (defaults when absent or unreadable).
Settings restore_settings(bool system_dark);

// keep_settings stores the settings.
void keep_settings(const Settings& settings);

}  // namespace evb::web
