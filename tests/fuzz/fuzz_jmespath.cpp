// libFuzzer target: JMESPath as --query uses it. The input is an expression, then a NUL byte and JSON data
// (a fixed document when there is none). Compiling and searching must never crash or recurse past the
// parser's height limit, and a result must stay within the evaluation budget.
#include "../../shell/src/jmespath/jmespath.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

constexpr std::string_view kData =
    R"({"Rules":[{"Name":"a","State":"ENABLED","Targets":[{"Id":"1"},{"Id":"2"}],"Size":3},)"
    R"({"Name":"b","State":"DISABLED","Targets":[],"Size":1}],"nested":{"x":{"y":[1,2.5,"z",null,true]}}})";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const std::size_t nul = input.find('\0');
    const std::string_view expression = input.substr(0, nul);
    const auto document = evb::parse_json(nul == std::string_view::npos ? kData : input.substr(nul + 1));
    const evb::cli::JmesPath path = evb::cli::JmesPath::compile(expression);
    if (!path.ok()) {
        if (path.error().empty()) __builtin_trap();
        return 0;
    }
    std::string error;
    const evb::Json result = path.search(document.value_or(evb::Json()), &error);
    (void)evb::to_json_text(result);
    return 0;
}
