// A small, deterministic YAML writer: block mappings (keys in the JSON's order) and block sequences
// indented by two, plain scalars where they read back unchanged and double-quoted ones otherwise,
// multi-line strings as literal | blocks, empty collections as {} and []. A hook may print an object
// as a tagged short form (CloudFormation's !Ref X, or !Sub | followed by a block). Whatever it writes,
// parse_yaml reads back equal. Depends only on evb/common/json.hpp.
#pragma once

#include "evb/common/json.hpp"

#include <functional>
#include <optional>
#include <string>
#include <utility>

namespace evb {

// YamlShortForm is a tag (without "!") and the value written after it.
struct YamlShortForm {
    std::string tag;
    Json value;
};

// YamlShortFormFn offers a short form for an object, or nothing to write it as a mapping.
using YamlShortFormFn = std::function<std::optional<YamlShortForm>(const Json& object)>;

// write_yaml writes a JSON value as a YAML document ending in a newline.
std::string write_yaml(const Json& value, const YamlShortFormFn& short_form = {});

}  // namespace evb
