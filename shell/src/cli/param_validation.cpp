// Request validation against the operation's shapes, reporting exactly as botocore's ParamValidator does
// (botocore/validate.py): types, required and unknown members, minimum lengths and values, tagged unions,
// documents, map keys.
#include "param_validation.hpp"

#include "python/python_format.hpp"

#include <cmath>

namespace evb::cli {
namespace {

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
            return "<class 'datetime.datetime'>, timestamp-string";
        case ShapeKind::Blob:
            return "<class 'bytes'>, <class 'bytearray'>, file-like object";
        case ShapeKind::List:
            return "<class 'list'>, <class 'tuple'>";
        default:
            return "<class 'dict'>";
    }
}

// type_ok mirrors Python's isinstance checks: a bool is an int, an int is a valid float.
bool type_ok(const Json& v, ShapeKind kind) {
    switch (kind) {
        case ShapeKind::String:
        case ShapeKind::Blob:
            return v.is_string();
        case ShapeKind::Integer:
        case ShapeKind::Long:
            return v.is_number_integer() || v.is_boolean();
        case ShapeKind::Double:
            return v.is_number() || v.is_boolean();
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

// number_text prints a minimum as Python prints the model's number (1, or 0.5).
std::string number_text(double value) {
    if (std::floor(value) == value && std::fabs(value) < 1e15)
        return std::to_string(static_cast<long long>(value));
    return python_str(Json(value));
}

std::string member_names(const Shape& shape, const char* separator) {
    std::string names;
    for (const auto& known : shape.members)
        names += (names.empty() ? "" : separator) + known.name;
    return names;
}

struct Validator {
    std::vector<std::string> errors;

    static std::string shown(const std::string& name) { return name.empty() ? "input" : name; }

    void report_type(const Json& value, const Shape& shape, const std::string& name) {
        errors.push_back("Invalid type for parameter " + shown(name) + ", value: " + python_str(value) +
                         ", type: " + python_type(value) + ", valid types: " + valid_types(shape.kind));
    }

    void length(std::size_t size, const Shape& shape, const std::string& name) {
        if (shape.min && static_cast<double>(size) < *shape.min) {
            errors.push_back("Invalid length for parameter " + shown(name) + ", value: " +
                             std::to_string(size) + ", valid min length: " + number_text(*shape.min));
        }
    }

    void range(const Json& value, const Shape& shape, const std::string& name) {
        double v = value.is_boolean() ? (value.get<bool>() ? 1 : 0) : value.get<double>();
        if (shape.min && v < *shape.min) {
            errors.push_back("Invalid value for parameter " + shown(name) + ", value: " + python_str(value) +
                             ", valid min value: " + number_text(*shape.min));
        }
    }

    void visit(const Json& value, const Shape& shape, const std::string& name) {
        if (shape.document) return;
        if (!type_ok(value, shape.kind)) return report_type(value, shape, name);
        switch (shape.kind) {
            case ShapeKind::Structure:
                return structure(value, shape, name);
            case ShapeKind::List:
                length(value.size(), shape, name);
                for (std::size_t i = 0; i < value.size(); ++i)
                    visit(value[i], *shape.element, name + "[" + std::to_string(i) + "]");
                return;
            case ShapeKind::Map:
                for (const auto& item : value.items()) {
                    if (shape.key) visit(Json(item.key()), *shape.key, name + " (key: " + item.key() + ")");
                    visit(item.value(), *shape.element, name + "." + item.key());
                }
                return;
            case ShapeKind::String:
                return string_length(value, shape, name);
            case ShapeKind::Integer:
            case ShapeKind::Long:
            case ShapeKind::Double:
                return range(value, shape, name);
            default:
                return;
        }
    }

    void string_length(const Json& value, const Shape& shape, const std::string& name) {
        const std::string& s = value.get_ref<const std::string&>();
        std::size_t code_points = 0;
        for (unsigned char c : s) {
            if ((c & 0xC0) != 0x80) ++code_points;
        }
        length(code_points, shape, name);
    }

    void structure(const Json& value, const Shape& shape, const std::string& name) {
        if (shape.is_union && value.empty()) {
            errors.push_back("Must set one of the following keys for tagged unionstructure " + shown(name) +
                             ": " + member_names(shape, ". ") + ".");
        } else if (shape.is_union && value.size() > 1) {
            errors.push_back("Invalid number of parameters set for tagged union structure " + shown(name) +
                             ". Can only set one of the following keys: " + member_names(shape, ". ") + ".");
        }
        for (const auto& m : shape.members) {
            if (m.required && !value.contains(m.name))
                errors.push_back("Missing required parameter in " + shown(name) + ": \"" + m.name + "\"");
        }
        for (const auto& item : value.items()) {
            if (!shape.member(item.key())) {
                errors.push_back("Unknown parameter in " + shown(name) + ": \"" + item.key() +
                                 "\", must be one of: " + member_names(shape, ", "));
            }
        }
        for (const auto& item : value.items()) {
            const ShapeMember* m = shape.member(item.key());
            if (m) visit(item.value(), *m->shape, name.empty() ? item.key() : name + "." + item.key());
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
