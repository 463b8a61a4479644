// Parses a jq filter into a Node tree: a recursive-descent parser whose recursion and tree height are
// bounded, so a hostile filter fails cleanly. Forms outside the subset are refused by name.
// Depends only on ast.hpp.
#pragma once

#include "ast.hpp"

#include <string>
#include <string_view>
#include <variant>

namespace evb::jq {

// ParseError is a compile error as jq prints it after "jq: error: ".
struct ParseError {
    std::string message;
};

// parse_filter parses a jq filter; a ParseError when it is malformed or uses a form outside the subset.
std::variant<Node, ParseError> parse_filter(std::string_view text);

}  // namespace evb::jq
