#include "settings.hpp"

#include <algorithm>

namespace evb::web {
namespace {

const char* theme_name(ThemeMode mode) {
    switch (mode) {
        case ThemeMode::Dark:
            return "dark";
        case ThemeMode::Light:
            return "light";
        case ThemeMode::System:
            break;
    }
    return "system";
}

ThemeMode theme_from_name(const std::string& name) {
    if (name == "dark") return ThemeMode::Dark;
    if (name == "light") return ThemeMode::Light;
    return ThemeMode::System;
}

}  // namespace

Json settings_to_json(const Settings& settings) {
    return Json{{"theme", theme_name(settings.theme)}, {"uiScale", settings.ui_scale}};
}

Settings settings_from_json(const Json& document, bool system_dark) {
    Settings settings;
    settings.system_dark = system_dark;
    if (!document.is_object()) return settings;
    if (auto it = document.find("theme"); it != document.end() && it->is_string()) {
        settings.theme = theme_from_name(it->get<std::string>());
    }
    if (auto it = document.find("uiScale"); it != document.end() && it->is_number()) {
        settings.ui_scale = std::clamp(it->get<float>(), kMinUiScale, kMaxUiScale);
    }
    return settings;
}

}  // namespace evb::web
