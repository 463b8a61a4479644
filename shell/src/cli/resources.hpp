// Asking the World which resources exist (through its list operations, like any client), for tab
// completion and "did you mean ...?" hints. Depends on core's World and operation_model.hpp.
#pragma once

#include "evb/world/world.hpp"
#include "operation_model.hpp"

#include <string>
#include <vector>

namespace evb::cli {

// resource_names lists the names (or ARNs, for *Arn kinds) of a kind of resource; rules and streams are
// listed within context (the bus name, the log group name), empty for the default.
std::vector<std::string> resource_names(World& world, Resource kind, const std::string& context = "");

// resource_noun names a kind for messages ("event bus", "rule", "log group").
std::string resource_noun(Resource kind);

}  // namespace evb::cli
