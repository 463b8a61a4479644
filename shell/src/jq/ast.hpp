// The syntax tree of a jq filter, for the subset of jq that AWS tutorials use (paths, iteration, pipes,
// construction, comparisons, a few builtins). Depends only on the project's JSON type.
#pragma once

#include "evb/common/json.hpp"

#include <string>
#include <vector>

namespace evb::jq {

enum class Op {
    Identity,     // .
    Field,        // kids[0].name
    Index,        // kids[0][kids[1]]
    Slice,        // kids[0][kids[1]:kids[2]] (a Literal null bound is open)
    Iterate,      // kids[0][]
    Optional,     // kids[0]?
    Pipe,         // kids[0] | kids[1]
    Comma,        // kids[0] , kids[1]
    Literal,      // value
    Collect,      // [kids[0]] (no kids: [])
    Object,       // {kids[0]: kids[1], kids[2]: kids[3], ...}
    Compare,      // kids[0] name kids[1], name one of == != < <= > >=
    And,          // kids[0] and kids[1]
    Or,           // kids[0] or kids[1]
    Alternative,  // kids[0] // kids[1]
    Call,         // name(kids[0]; kids[1]; ...)
    Interpolate,  // "..\(kids[i])..": string literals and expressions in order
};

struct Node {
    Op op = Op::Identity;
    std::string name;
    Json value;
    std::vector<Node> kids;
    int height = 1;
};

}  // namespace evb::jq
