// The viewer's preferences: the colour theme (following the system's prefers-color-scheme unless chosen)
// and the UI scale. Kept in the browser's storage beside the world. No domain data here.
#pragma once

#include "evb/common/json.hpp"

namespace evb::web {

enum class ThemeMode { System, Dark, Light };

struct Settings {
    ThemeMode theme = ThemeMode::System;
    float ui_scale = 1.0f;
    bool system_dark = true;  // the browser's prefers-color-scheme, told by site/evb-input.js

    // dark tells whether the dark theme is in effect.
    bool dark() const { return theme == ThemeMode::Dark || (theme == ThemeMode::System && system_dark); }
};

inline constexpr float kMinUiScale = 0.75f;
inline constexpr float kMaxUiScale = 2.0f;

// settings_to_json keeps the choices worth remembering.
Json settings_to_json(const Settings& settings);

// settings_from_json reads settings_to_json's document; anything missing or odd keeps its default.
Settings settings_from_json(const Json& document, bool system_dark);

}  // namespace evb::web
