// libFuzzer target: any bytes to the YAML reader, with and without a tag callback. It must return a value or
// a "line L, column C: ..." error, never crash, hang or recurse past its depth limit; a value must print.
#include "evb/scenario/yaml_reader.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto tags = [](std::string_view tag, evb::Json value, std::string&) {
        return evb::Json{{std::string(tag), std::move(value)}};
    };
    for (const evb::YamlResult& result : {evb::parse_yaml(text), evb::parse_yaml(text, tags)}) {
        if (!result.value && result.error.rfind("line ", 0) != 0) __builtin_trap();
        if (result.value) (void)evb::to_json_text(*result.value);
    }
    return 0;
}
