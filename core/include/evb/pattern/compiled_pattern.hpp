// Internal to the event-pattern engine (evb/pattern/event_pattern.hpp is the public API). CompiledPattern: a
// validated pattern keyed by field path: the distinct paths (indexed for flattening) and the $or branches,
// each a list of field tests over path ids. Built once per pattern, shared, immutable. Depends on the
// pattern parser's output types and the standard library.
#pragma once

#include "evb/pattern/path_index.hpp"
#include "evb/pattern/pattern_parser.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace evb {

// One field of a branch: the path id and its matchers; allows_absent when "exists": false is among them.
struct FieldTest {
    std::uint32_t path = 0;
    std::shared_ptr<const std::vector<Matcher>> matchers;
    bool allows_absent = false;
};

// One $or alternative: all its field tests must hold, with array-consistent values.
struct CompiledBranch {
    std::vector<FieldTest> tests;
};

class CompiledPattern {
  public:
    std::vector<std::string> paths;
    PathIndex index;
    std::vector<CompiledBranch> branches;
};

// compile_branches turns parsed branches into the path-keyed form.
CompiledPattern compile_branches(const std::vector<PatternBranch>& branches);

}  // namespace evb
