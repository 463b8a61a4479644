// Help for learners on top of what AWS says: "did you mean manual-order-bus?" when a named resource does
// not exist, and a warning when a function uses a runtime AWS has retired (python3.6).
// Depends on core's World and operation_model.hpp.
#pragma once

#include "evb/world/world.hpp"
#include "operation_model.hpp"

#include <string>

namespace evb::cli {

// not_found_hint suggests the existing resource closest to a name the request used, or returns "".
std::string not_found_hint(World& world, const OperationSpec& op, const Json& request, const ApiError& error);

// runtime_warning warns about a retired Lambda runtime in the request, or returns "".
std::string runtime_warning(const OperationSpec& op, const Json& request);

}  // namespace evb::cli
