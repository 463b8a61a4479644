// The types of API parameters as the CLI works with them: a tree per operation input, built from AWS's
// service models (model_shapes.hpp), or written in a small notation for the CLI's own arguments and tests:
//   string  string(ENABLED|DISABLED)  integer  long  double  boolean  timestamp  blob
//   payload (a blob sent as the raw request body, like Invoke's Payload, not base64 inside JSON)
//   list<T>  map<T>  {Name!:T,Other:T}   ('!' marks a required member)
// Depends only on the standard library.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace evb::cli {

enum class ShapeKind { String, Integer, Long, Double, Boolean, Timestamp, Blob, List, Map, Structure };

struct Shape;
using ShapePtr = std::shared_ptr<const Shape>;

struct ShapeMember {
    std::string name;
    ShapePtr shape;
    bool required = false;
    std::string summary;  // one line from AWS's documentation
};

struct Shape {
    ShapeKind kind = ShapeKind::String;
    ShapePtr element;                  // a list's element, a map's value
    ShapePtr key;                      // a map's key (null: any string)
    std::vector<ShapeMember> members;  // a structure's members, in AWS's order
    std::vector<std::string> choices;  // a string's documented values
    bool raw_payload = false;          // a blob that travels as raw bytes (the HTTP body)
    std::optional<double> min;         // botocore checks only the minimum: a length, or a number's value
    bool is_union = false;             // a tagged union: exactly one member set
    bool document = false;             // any JSON value
    std::string type_name;             // the model's type name when it differs from the kind's ("float")
    std::string name;                  // the model's shape name ("RuleName"); empty for notation shapes

    // member finds a structure member by name, or returns null.
    const ShapeMember* member(std::string_view name) const;
};

// parse_shape reads the notation; returns null when it is malformed (tests check every table entry).
ShapePtr parse_shape(std::string_view notation);

// is_scalar tells whether a kind is neither a list, a map nor a structure.
bool is_scalar(ShapeKind kind);

// shape_type_name names a kind as botocore does ("string", "integer", "structure").
std::string shape_type_name(ShapeKind kind);

}  // namespace evb::cli
