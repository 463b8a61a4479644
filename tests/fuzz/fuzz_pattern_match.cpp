// Fuzz target: the input is a pattern and an event separated by the first NUL byte (no NUL: the whole input
// is used as both). A compiled pattern is matched against the event text, as parsed Json when nlohmann
// accepts it, and explained; matching and explaining must agree. check_test_event must never fail loudly.
#include "evb/pattern/event_pattern.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

constexpr std::size_t kMaxDomEvent = 1 << 14;

void exercise_dom(const evb::EventPattern& pattern, std::string_view event) {
    if (event.size() > kMaxDomEvent) return;
    const evb::Json json = evb::Json::parse(event, nullptr, false);
    if (json.is_discarded()) return;
    const bool matched = pattern.matches(json);
    if (pattern.explain(json).matched != matched) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const std::size_t split = input.find('\0');
    const std::string_view pattern_text = split == std::string_view::npos ? input : input.substr(0, split);
    const std::string_view event = split == std::string_view::npos ? input : input.substr(split + 1);
    (void)evb::check_test_event(event);
    const evb::PatternResult result = evb::compile_event_pattern(pattern_text);
    if (!result.pattern) return 0;
    const bool matched = result.pattern->matches_text(event);
    const evb::Explanation explanation = result.pattern->explain_text(event);
    if (explanation.matched != matched) __builtin_trap();
    if (!matched && explanation.reason.empty()) __builtin_trap();
    exercise_dom(*result.pattern, event);
    return 0;
}
