#include "evb/common/validation.hpp"

namespace evb {
namespace {

// kind_matches tells whether a JSON value has the wanted kind.
bool kind_matches(const Json& value, FieldKind kind) {
    switch (kind) {
        case FieldKind::kString:
            return value.is_string();
        case FieldKind::kNumber:
            return value.is_number();
        case FieldKind::kBool:
            return value.is_boolean();
        case FieldKind::kObject:
            return value.is_object();
        case FieldKind::kArray:
            return value.is_array();
    }
    return false;
}

// lower_camel turns an API member name into the name Coral prints ("EventBusName" -> "eventBusName").
std::string lower_camel(std::string_view member) {
    std::string out(member);
    if (!out.empty() && out[0] >= 'A' && out[0] <= 'Z') out[0] = static_cast<char>(out[0] - 'A' + 'a');
    return out;
}

}  // namespace

std::optional<ApiError> check_shape(const Json& request, std::initializer_list<FieldSpec> fields) {
    if (!request.is_object())
        return ApiError{"SerializationException", "Request body must be a JSON object."};
    for (const auto& field : fields) {
        auto it = request.find(std::string(field.name));
        if (it == request.end() || it->is_null() || kind_matches(*it, field.kind)) continue;
        return ApiError{"SerializationException",
                        "Unexpected type for member '" + std::string(field.name) + "'."};
    }
    return std::nullopt;
}

std::optional<std::string> string_field(const Json& request, std::string_view name) {
    if (!request.is_object()) return std::nullopt;
    auto it = request.find(std::string(name));
    if (it == request.end() || !it->is_string()) return std::nullopt;
    return it->get<std::string>();
}

std::optional<bool> bool_field(const Json& request, std::string_view name) {
    if (!request.is_object()) return std::nullopt;
    auto it = request.find(std::string(name));
    if (it == request.end() || !it->is_boolean()) return std::nullopt;
    return it->get<bool>();
}

std::optional<std::int64_t> int_field(const Json& request, std::string_view name) {
    if (!request.is_object()) return std::nullopt;
    auto it = request.find(std::string(name));
    if (it == request.end() || !it->is_number_integer()) return std::nullopt;
    return it->get<std::int64_t>();
}

void Validation::fail(std::string_view shown_value, std::string_view member, std::string_view constraint) {
    failures_.push_back("Value " + std::string(shown_value) + " at '" + lower_camel(member) +
                        "' failed to satisfy constraint: " + std::string(constraint));
}

void Validation::not_null(std::string_view member) {
    fail("null", member, "Member must not be null");
}

void Validation::length(std::string_view value, std::string_view member, std::size_t min, std::size_t max) {
    const std::string shown = "'" + std::string(value) + "'";
    if (value.size() < min) {
        fail(shown, member, "Member must have length greater than or equal to " + std::to_string(min));
    } else if (value.size() > max) {
        fail(shown, member, "Member must have length less than or equal to " + std::to_string(max));
    }
}

void Validation::pattern(std::string_view value, std::string_view member, bool ok, std::string_view regex) {
    if (!ok)
        fail("'" + std::string(value) + "'", member,
             "Member must satisfy regular expression pattern: " + std::string(regex));
}

void Validation::count(std::size_t size, std::string_view shown, std::string_view member, std::size_t min,
                       std::size_t max) {
    const std::string value = "'" + std::string(shown) + "'";
    if (size < min)
        fail(value, member, "Member must have length greater than or equal to " + std::to_string(min));
    if (size > max)
        fail(value, member, "Member must have length less than or equal to " + std::to_string(max));
}

void Validation::range(std::int64_t value, std::string_view member, std::int64_t min, std::int64_t max) {
    const std::string shown = "'" + std::to_string(value) + "'";
    if (value < min)
        fail(shown, member, "Member must have value greater than or equal to " + std::to_string(min));
    if (value > max)
        fail(shown, member, "Member must have value less than or equal to " + std::to_string(max));
}

void Validation::enum_value(std::string_view value, std::string_view member, bool ok, std::string_view set) {
    if (!ok)
        fail("'" + std::string(value) + "'", member,
             "Member must satisfy enum value set: " + std::string(set));
}

ApiError Validation::error(std::string code) const {
    std::string message =
        std::to_string(failures_.size()) +
        (failures_.size() == 1 ? " validation error detected: " : " validation errors detected: ");
    for (std::size_t i = 0; i < failures_.size(); ++i)
        message += (i ? "; " : "") + failures_[i];
    return ApiError{std::move(code), message, 400};
}

bool all_of(std::string_view s, bool (*pred)(char)) {
    if (s.empty()) return false;
    for (char c : s) {
        if (!pred(c)) return false;
    }
    return true;
}

bool is_alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool is_rule_name_char(char c) {
    return is_alnum(c) || c == '.' || c == '-' || c == '_';
}

bool is_bus_name_char(char c) {
    return is_rule_name_char(c) || c == '/';
}

bool is_log_group_char(char c) {
    return is_bus_name_char(c) || c == '#';
}

bool is_iam_name_char(char c) {
    return is_alnum(c) || c == '_' || c == '+' || c == '=' || c == ',' || c == '.' || c == '@' || c == '-';
}

bool is_function_name_char(char c) {
    return is_alnum(c) || c == '-' || c == '_';
}

}  // namespace evb
