// Request validation against the operation's shapes, reporting as botocore's ParamValidator does.
#include "param_validation.hpp"

#include "python/python_format.hpp"

namespace evb::cli {
namespace {

std::string python_type(const Json& v) {
    if (v.is_string()) return "<class 'str'>";
    if (v.is_boolean()) return "<class 'bool'>";
    if (v.is_number_integer()) return "<class 'int'>";
    if (v.is_number()) return "<class 'float'>";
    if (v.is_array()) return "<class 'list'>";
    if (v.is_object()) return "<class 'dict'>";
    return "<class 'NoneType'>";
}

std::string valid_types(ShapeKind kind) {
    switch (kind) {
        case ShapeKind::String:
            return "<class 'str'>";
        case ShapeKind::Integer:
        case ShapeKind::Long:
            return "<class 'int'>";
        case ShapeKind::Double:
            return "<class 'float'>, <class 'decimal.Decimal'>, <class 'int'>";
        case ShapeKind::Boolean:
            return "<class 'bool'>";
        case ShapeKind::Timestamp:
            return "<class 'datetime.datetime'>, timestamp string";
        case ShapeKind::Blob:
            return "<class 'bytes'>, <class 'bytearray'>, file-like object";
        case ShapeKind::List:
            return "<class 'list'>, <class 'tuple'>";
        default:
            return "<class 'dict'>";
    }
}

bool type_ok(const Json& v, ShapeKind kind) {
    switch (kind) {
        case ShapeKind::String:
        case ShapeKind::Blob:
            return v.is_string();
        case ShapeKind::Integer:
        case ShapeKind::Long:
            return v.is_number_integer();
        case ShapeKind::Double:
            return v.is_number();
        case ShapeKind::Boolean:
            return v.is_boolean();
        case ShapeKind::Timestamp:
            return v.is_number() || v.is_string();
        case ShapeKind::List:
            return v.is_array();
        default:
            return v.is_object();
    }
}

struct Validator {
    std::vector<std::string> errors;

    void visit(const Json& value, const Shape& shape, const std::string& name) {
        if (!type_ok(value, shape.kind)) {
            errors.push_back("Invalid type for parameter " + name + ", value: " + python_repr(value) +
                             ", type: " + python_type(value) + ", valid types: " + valid_types(shape.kind));
            return;
        }
        if (shape.kind == ShapeKind::Structure) structure(value, shape, name);
        if (shape.kind == ShapeKind::List) {
            for (std::size_t i = 0; i < value.size(); ++i)
                visit(value[i], *shape.element, name + "[" + std::to_string(i) + "]");
        }
        if (shape.kind == ShapeKind::Map) {
            for (const auto& item : value.items())
                visit(item.value(), *shape.element, name + "." + item.key());
        }
    }

    void structure(const Json& value, const Shape& shape, const std::string& name) {
        std::string where = name.empty() ? "input" : name;
        for (const auto& m : shape.members) {
            if (m.required && !value.contains(m.name)) {
                errors.push_back("Missing required parameter in " + where + ": \"" + m.name + "\"");
            }
        }
        for (const auto& item : value.items()) {
            const ShapeMember* m = shape.member(item.key());
            if (!m) {
                std::string names;
                for (const auto& known : shape.members)
                    names += (names.empty() ? "" : ", ") + known.name;
                errors.push_back("Unknown parameter in " + where + ": \"" + item.key() +
                                 "\", must be one of: " + names);
                continue;
            }
            visit(item.value(), *m->shape, name.empty() ? item.key() : name + "." + item.key());
        }
    }
};

}  // namespace

std::vector<std::string> validate_request(const Json& request, const Shape& input) {
    Validator v;
    v.visit(request, input, "");
    return v.errors;
}

}  // namespace evb::cli
