// check_test_event: TestEventPattern's check of its Event parameter. AWS requires a JSON object carrying the
// envelope fields id, account, source, time, region and detail-type; anything else is a ValidationException.
// Reads the text with JsonScanner (depth-limited, no DOM, no exceptions).
#include "evb/pattern/event_pattern.hpp"

#include "evb/pattern/json_scanner.hpp"

#include <algorithm>
#include <array>

namespace evb {
namespace {

constexpr std::array<std::string_view, 6> kRequiredFields = {"id",   "account", "source",
                                                             "time", "region",  "detail-type"};

bool has_required_fields(std::string_view event_json) {
    JsonScanner scanner(event_json);
    if (scanner.next() != JsonToken::kStartObject) return false;
    std::array<bool, kRequiredFields.size()> seen{};
    for (;;) {
        const JsonToken token = scanner.next();
        if (token == JsonToken::kEndObject) break;
        if (token != JsonToken::kFieldName) return false;
        const auto found = std::find(kRequiredFields.begin(), kRequiredFields.end(), scanner.name());
        if (found != kRequiredFields.end())
            seen[static_cast<std::size_t>(found - kRequiredFields.begin())] = true;
        const JsonToken value = scanner.next();
        if ((value == JsonToken::kStartObject || value == JsonToken::kStartArray) &&
            !scanner.skip_children()) {
            return false;
        }
        if (value == JsonToken::kError) return false;
    }
    return scanner.at_root_end() && std::all_of(seen.begin(), seen.end(), [](bool s) { return s; });
}

}  // namespace

std::optional<ApiError> check_test_event(std::string_view event_json) {
    if (has_required_fields(event_json)) return std::nullopt;
    return ApiError{"ValidationException", "Parameter Event is not valid.", 400};
}

}  // namespace evb
