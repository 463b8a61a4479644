// The CLI's shape trees built from AWS's service models (evb/model): each model shape becomes a Shape with
// its kind, members in AWS's order, required names, enums, minimums, unions and documents. Trees are
// built once per service and shape name and shared. Depends on shape.hpp and core's evb/model.
#pragma once

#include "evb/model/service_model.hpp"
#include "shape.hpp"

#include <string_view>

namespace evb::cli {

// shape_from_model returns the tree of a model's shape, or null when the model does not name it.
ShapePtr shape_from_model(const model::ServiceModel& service, std::string_view shape_name);

}  // namespace evb::cli
