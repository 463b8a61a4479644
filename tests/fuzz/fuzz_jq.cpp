// libFuzzer target: the shell's jq command. The input is a filter, then a NUL byte and the standard input
// (a fixed document when there is none). Parsing and evaluating must never crash, and must end with output
// or an error within the evaluator's work budget; every failure says something on standard error.
#include "../../shell/src/jq/jq.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr std::string_view kData =
    R"({"Rules":[{"Name":"a","State":"ENABLED","Arn":"arn:1","Size":3},)"
    R"({"Name":"b","State":"DISABLED","Arn":"arn:2","Size":1.5}],"nested":{"x":[1,"z",null,true]}})";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const std::size_t nul = input.find('\0');
    const std::vector<std::string> args = {"jq", "-c", std::string(input.substr(0, nul))};
    const std::string_view stdin_text = nul == std::string_view::npos ? kData : input.substr(nul + 1);
    const auto outcome = evb::jq::run_jq(args, stdin_text, [](const std::string&) { return std::nullopt; });
    if (outcome.exit_code != 0 && outcome.exit_code != 4 && outcome.err.empty()) __builtin_trap();
    return 0;
}
