// The world, its undo history and the settings kept in the browser's localStorage across reloads. A saved
// world that cannot be loaded is moved aside (never silently overwritten) and reported, so the page can
// offer it as a download; loading never crashes and never leaves a half-loaded world. Several tabs share
// the storage: a save counter tells a tab that another one saved since it last did, so that it asks
// instead of overwriting that tab's work.
#pragma once

#include "evb/world/world.hpp"
#include "settings.hpp"
#include "undo_history.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace evb::web {

// kMaxKeptUndoBytes bounds the undo history kept across reloads (the browser gives a site ~5 MB in all).
inline constexpr std::size_t kMaxKeptUndoBytes = 2u << 20;

// UnreadableWorld is a saved document the world refused, with the reason.
struct UnreadableWorld {
    std::string message;
    std::string document;
};

// restore_world loads the kept world into world; returns the problem when the kept text is unusable.
std::optional<UnreadableWorld> restore_world(World& world);

// SaveOutcome is what became of a save.
enum class SaveOutcome { Saved, Refused, OtherTabSaved };

// keep_world stores the world's document, unless another tab saved since this one last read or wrote the
// storage (then nothing is written); Refused when the browser refuses (quota, private mode).
SaveOutcome keep_world(std::string_view document);

// overwrite_world stores the document whatever another tab saved (the user chose this tab's world).
bool overwrite_world(std::string_view document);

// take_saved_world returns the document kept in the storage now (another tab's), taking its saves as seen.
std::optional<std::string> take_saved_world();

// keep_history stores the undo history beside the world, when the world kept is this tab's.
void keep_history(const UndoHistory& history);

// restore_history gives history the steps kept with the world restored at start (none when another tab
// saved after they were kept).
void restore_history(UndoHistory& history, std::string current);

// forget_unreadable_world drops the copy of a refused document.
void forget_unreadable_world();

// restore_settings reads the kept settings (defaults when absent or unreadable).
Settings restore_settings(bool system_dark);

// keep_settings stores the settings.
void keep_settings(const Settings& settings);

}  // namespace evb::web
