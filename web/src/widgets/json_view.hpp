// A JSON value shown as the CloudWatch console shows an event: pretty-printed in the monospace font,
// objects and arrays foldable, keys, strings and numbers in their own colours.
#pragma once

#include "evb/common/json.hpp"

namespace evb::web {

// draw_json_tree shows a value as a foldable tree; id keeps fold states apart between trees.
void draw_json_tree(const Json& value, const char* id);

}  // namespace evb::web
