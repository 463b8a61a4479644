// Tests for core/src/scenario/cfn_template.cpp: reading a template's text, JSON or YAML.
#include "evb/scenario/cfn_template.hpp"

#include <doctest/doctest.h>

TEST_CASE("scenario: a JSON template nesting 65000 arrays is refused with the JSON depth limit") {
    const std::string text = "{\"a\":" + std::string(65000, '[') + std::string(65000, ']') + "}";
    const evb::CfnText read = evb::parse_cfn_text(text);
    CHECK_FALSE(read.value);
    CHECK(read.error == "the template nests deeper than 1000 levels, the limit for JSON");
}
