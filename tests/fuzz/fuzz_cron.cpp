// libFuzzer target: any bytes as a ScheduleExpression (rate(...) or cron(...)). Parsing must never crash;
// a parsed schedule's next firing after a few instants must be found (or be none) quickly and lie after
// the instant asked about.
#include "evb/events/schedule.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto schedule = evb::parse_schedule(text);
    if (!schedule) return 0;
    for (std::int64_t after : {std::int64_t{0}, std::int64_t{1657720081000}, std::int64_t{4102444799000}}) {
        const auto next = evb::next_fire_time(*schedule, 0, after);
        if (next && *next <= after) __builtin_trap();
    }
    return 0;
}
