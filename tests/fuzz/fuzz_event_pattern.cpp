// Fuzz target: compile an event pattern from arbitrary bytes. Every input must either compile or be rejected
// with InvalidEventPatternException and AWS's message prefix; a compiled pattern must then match and explain
// a fixed event without crashing, and both must agree.
#include "evb/pattern/event_pattern.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

constexpr std::string_view kEvent =
    R"({"version":"0","id":"1","detail-type":"Order","source":"shop","account":"123456789012",)"
    R"("time":"2022-07-13T13:48:01Z","region":"us-east-1","resources":["arn:aws:x"],)"
    R"("detail":{"price":80,"ip":"10.0.0.1","tags":[{"k":"a","v":1},{"k":"b","v":null}],"s":"Ab*\\"}})";

constexpr std::string_view kInvalidPrefix = "Event pattern is not valid. Reason: ";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const evb::PatternResult result = evb::compile_event_pattern(text);
    if (!result.pattern) {
        if (!result.error || result.error->code != "InvalidEventPatternException") __builtin_trap();
        if (result.error->message.compare(0, kInvalidPrefix.size(), kInvalidPrefix) != 0) __builtin_trap();
        return 0;
    }
    const bool matched = result.pattern->matches_text(kEvent);
    if (result.pattern->explain_text(kEvent).matched != matched) __builtin_trap();
    return 0;
}
