#include "world_storage.hpp"

#include "browser.hpp"
#include "evb/common/json_access.hpp"

#include <cstdint>

namespace evb::web {
namespace {

constexpr std::string_view kWorldKey = "evb-playground/world";
constexpr std::string_view kSavesKey = "evb-playground/world-saves";
constexpr std::string_view kUndoKey = "evb-playground/undo";
constexpr std::string_view kUnreadableKey = "evb-playground/world-unreadable";
constexpr std::string_view kSettingsKey = "evb-playground/settings";

// g_seen_saves is this tab's view of the save counter: what it was when this tab last read or wrote.
std::uint64_t g_seen_saves = 0;

std::uint64_t saves_now() {
    std::optional<std::string> text = storage_read(kSavesKey);
    std::optional<Json> count = text ? parse_json(*text) : std::nullopt;
    return count && count->is_number_unsigned() ? count->get<std::uint64_t>() : 0;
}

bool write_world(std::string_view document, std::uint64_t saves) {
    if (!storage_write(kWorldKey, document)) return false;
    g_seen_saves = saves + 1;
    return storage_write(kSavesKey, std::to_string(g_seen_saves));
}

}  // namespace

std::optional<UnreadableWorld> restore_world(World& world) {
    g_seen_saves = saves_now();
    std::optional<std::string> kept = storage_read(kWorldKey);
    if (!kept || kept->empty()) return std::nullopt;
    std::optional<ApiError> error = world.load(*kept);
    if (!error) return std::nullopt;
    storage_write(kUnreadableKey, *kept);
    storage_remove(kWorldKey);
    storage_remove(kUndoKey);
    return UnreadableWorld{error->code + ": " + error->message, std::move(*kept)};
}

SaveOutcome keep_world(std::string_view document) {
    const std::uint64_t saves = saves_now();
    if (saves != g_seen_saves) return SaveOutcome::OtherTabSaved;
    return write_world(document, saves) ? SaveOutcome::Saved : SaveOutcome::Refused;
}

bool overwrite_world(std::string_view document) {
    return write_world(document, saves_now());
}

std::optional<std::string> take_saved_world() {
    g_seen_saves = saves_now();
    return storage_read(kWorldKey);
}

void keep_history(const UndoHistory& history) {
    if (saves_now() != g_seen_saves) return;  // the world kept is another tab's: so is its history
    Json kept = history.to_json(kMaxKeptUndoBytes);
    kept["saves"] = g_seen_saves;
    if (!storage_write(kUndoKey, to_json_text(kept))) storage_remove(kUndoKey);
}

void restore_history(UndoHistory& history, std::string current) {
    std::optional<std::string> text = storage_read(kUndoKey);
    std::optional<Json> kept = text ? parse_json(*text) : std::nullopt;
    const bool fresh = kept && kept->is_object() && member(*kept, "saves").is_number_unsigned() &&
                       member(*kept, "saves").get<std::uint64_t>() == g_seen_saves;
    history.restore(fresh ? *kept : Json(), std::move(current));
}

void forget_unreadable_world() {
    storage_remove(kUnreadableKey);
}

Settings restore_settings(bool system_dark) {
    std::optional<std::string> kept = storage_read(kSettingsKey);
    std::optional<Json> document = kept ? parse_json(*kept) : std::nullopt;
    return settings_from_json(document.value_or(Json()), system_dark);
}

void keep_settings(const Settings& settings) {
    storage_write(kSettingsKey, to_json_text(settings_to_json(settings)));
}

}  // namespace evb::web
