// --generate-cli-skeleton: templates built from an operation's shapes as the AWS CLI v2 builds them
// (botocore's ArgumentGenerator): the input as JSON ("" for strings, an enum's first value, 0, true, one
// element per list, KeyName for maps), the input as commented YAML (yaml-input), and the output with
// member names for strings (output, printed like a response). Depends on shape.hpp.
#pragma once

#include "evb/common/json.hpp"
#include "shape.hpp"

#include <string>

namespace evb::cli {

// skeleton_for returns an input template value for a shape.
Json skeleton_for(const Shape& shape);

// output_skeleton returns a response template: strings hold their member's name (a list element's, its
// shape's name), as the CLI's stubbed output does.
Json output_skeleton(const Shape& shape);

// yaml_input_skeleton prints the input template as YAML with the CLI's end-of-line comments
// ("# [REQUIRED] summary. Valid values are: A, B.").
std::string yaml_input_skeleton(const Shape& shape);

}  // namespace evb::cli
