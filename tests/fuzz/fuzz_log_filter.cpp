// libFuzzer target: CloudWatch Logs filter patterns. The input is a pattern, then a NUL byte and a log
// message (a fixed JSON message when there is none). A pattern must parse or be refused with
// InvalidParameterException; a parsed one must apply to the message without crashing.
#include "evb/logs/filter_pattern.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

constexpr std::string_view kMessage =
    R"({"level":"ERROR","latency":250,"user":{"id":"u-1","roles":["admin"]},"ok":false,"note":null})";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const std::size_t nul = input.find('\0');
    const evb::LogFilterResult result = evb::parse_log_filter(input.substr(0, nul));
    if (!result.filter) {
        if (!result.error || result.error->code != "InvalidParameterException") __builtin_trap();
        return 0;
    }
    (void)result.filter->matches(nul == std::string_view::npos ? kMessage : input.substr(nul + 1));
    return 0;
}
