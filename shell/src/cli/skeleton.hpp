// --generate-cli-skeleton: a request template with every member of the input shape, as the AWS CLI
// prints it ("" for strings, 0 for numbers, true for booleans, one element for lists).
// Depends on shape.hpp.
#pragma once

#include "evb/common/json.hpp"
#include "shape.hpp"

namespace evb::cli {

// skeleton_for returns a template value for a shape.
Json skeleton_for(const Shape& shape);

}  // namespace evb::cli
