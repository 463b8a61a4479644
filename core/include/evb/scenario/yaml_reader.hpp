// A YAML reader for what CloudFormation templates are written in: block mappings and sequences (compact
// "- key: value" items too), flow collections ([a, b], {a: b}), plain, 'single' and "double" quoted
// scalars (folded across lines), literal | and folded > block scalars with chomping, comments, one document
// (an optional leading ---), !!binary (kept as its base64 text) and local tags (!Ref, !GetAtt, !Sub ...)
// handed to a callback. Anchors, aliases,
// complex keys, duplicate keys and further documents are refused with "line L, column C: ..." errors.
// Depends only on evb/common/json.hpp; never throws, bounds its nesting depth.
#pragma once

#include "evb/common/json.hpp"

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace evb {

// YamlResult is the document as JSON, or why it could not be read.
struct YamlResult {
    std::optional<Json> value;
    std::string error;
};

// YamlTagFn turns a node tagged !NAME (NAME given without the "!") into a value, or sets error.
using YamlTagFn = std::function<Json(std::string_view tag, Json value, std::string& error)>;

// kYamlMaxDepth bounds the nesting of collections, so hostile input cannot exhaust the stack.
inline constexpr int kYamlMaxDepth = 200;

// parse_yaml reads one YAML document; tagged nodes go through on_tag (tags are refused without one).
YamlResult parse_yaml(std::string_view text, const YamlTagFn& on_tag = {});

}  // namespace evb
