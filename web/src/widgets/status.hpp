// Pass and fail shown as an icon (✓ / ✗ from the DejaVu symbols merged into the fonts) and a colour,
// never colour alone; and a panel's last outcome line built from an API result.
#pragma once

#include "evb/common/json.hpp"

#include <string>
#include <string_view>

namespace evb::web {

inline constexpr const char* kCheck = "\u2713";
inline constexpr const char* kCross = "\u2717";

// status_text draws "✓ text" in the pass colour or "✗ text" in the fail colour.
void status_text(bool ok, std::string_view text);

// Feedback is a panel's last outcome: what was done, or AWS's error code and message.
struct Feedback {
    bool failed = false;
    std::string text;
};

// feedback_of turns an API result into feedback, with success_text when it worked.
Feedback feedback_of(const ApiResult& result, std::string success_text);

// draw_feedback shows the feedback line, wrapped, when there is one.
void draw_feedback(const Feedback& feedback);

// error_text prints an API error as the AWS CLI does: "An error occurred (Code) when calling ...".
std::string error_text(std::string_view operation, const ApiError& error);

}  // namespace evb::web
