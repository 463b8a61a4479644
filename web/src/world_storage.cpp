#include "world_storage.hpp"

#include "browser.hpp"

namespace evb::web {
namespace {

constexpr std::string_view kWorldKey = "evb-playground/world";
constexpr std::string_view kUnreadableKey = "evb-playground/world-unreadable";
constexpr std::string_view kSettingsKey = "evb-playground/settings";

}  // namespace

std::optional<UnreadableWorld> restore_world(World& world) {
    std::optional<std::string> kept = storage_read(kWorldKey);
    if (!kept || kept->empty()) return std::nullopt;
    std::optional<ApiError> error = world.load(*kept);
    if (!error) return std::nullopt;
    storage_write(kUnreadableKey, *kept);
    storage_remove(kWorldKey);
    return UnreadableWorld{error->code + ": " + error->message, std::move(*kept)};
}

bool keep_world(std::string_view document) {
    return storage_write(kWorldKey, document);
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
