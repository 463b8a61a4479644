// The event-pattern operators at a glance: each with a one-line meaning and a snippet that can be
// inserted into a pattern editor at its cursor.
#pragma once

#include <optional>
#include <string_view>

namespace evb::web {

// draw_operator_reference lists the operators; returns the snippet whose Insert button was clicked.
std::optional<std::string_view> draw_operator_reference();

}  // namespace evb::web
