// Deeply nested JSON texts for the tests of every reader's depth limit (core and shell suites alike).
#pragma once

#include <cstddef>
#include <string>

namespace evb::test {

// deep_arrays returns `depth` nested empty arrays: [[[...]]].
inline std::string deep_arrays(std::size_t depth) {
    return std::string(depth, '[') + std::string(depth, ']');
}

// deep_objects returns `depth` nested objects {"a":{"a":...1...}}.
inline std::string deep_objects(std::size_t depth) {
    std::string text;
    for (std::size_t i = 0; i < depth; ++i)
        text += "{\"a\":";
    return text + "1" + std::string(depth, '}');
}

}  // namespace evb::test
