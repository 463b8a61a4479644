// What is wrong with a piece of JSON text and where: the message (AWS's own for event patterns) and the
// 1-based line and column it points at, so an editor can mark the spot. Never throws.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace evb::web {

struct TextProblem {
    std::string message;
    int line = 0;    // 1-based; 0 when the message names no place
    int column = 0;  // 1-based, in characters
};

// pattern_problem validates an event pattern exactly as EventBridge does; nothing when it is valid.
std::optional<TextProblem> pattern_problem(std::string_view pattern);

// json_problem checks that text is one JSON value; nothing when it is.
std::optional<TextProblem> json_problem(std::string_view text);

}  // namespace evb::web
