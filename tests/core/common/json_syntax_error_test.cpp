#include "evb/common/json_syntax_error.hpp"

#include <doctest/doctest.h>

TEST_CASE("find_json_syntax_error gives the offending byte's offset and nlohmann's message") {
    CHECK_FALSE(evb::find_json_syntax_error(R"({"a": [1, 2]})"));
    const auto error = evb::find_json_syntax_error(R"({"a": 1 x})");
    REQUIRE(error);
    CHECK(error->offset == 8);
    CHECK(error->message.find("parse_error") != std::string::npos);
    CHECK(evb::find_json_syntax_error("")->offset == 0);
}
