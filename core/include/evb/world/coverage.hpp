// The coverage page (docs/coverage.md): for every service and operation of AWS's models the playground
// carries, whether the core emulates it or the CLI and the page only validate it against the model.
// Generated from the models and the operation tables; depends on evb/model and evb/world/operation.hpp.
#pragma once

#include <string>

namespace evb {

// coverage_markdown returns the coverage page as Markdown.
std::string coverage_markdown();

}  // namespace evb
