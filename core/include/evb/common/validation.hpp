// Request validation as AWS's front ends report it: the "1 validation error detected: Value 'x' at 'name'
// failed to satisfy constraint: ..." messages, type checks on request fields, and the character classes
// of AWS's name patterns. Depends only on evb/common/json.hpp.
#pragma once

#include "evb/common/json.hpp"

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace evb {

// FieldKind is the JSON type a request member must have.
enum class FieldKind { kString, kNumber, kBool, kObject, kArray };

// FieldSpec names one request member and its kind.
struct FieldSpec {
    std::string_view name;
    FieldKind kind;
};

// check_shape returns SerializationException when the request is not an object or a listed member has
// the wrong JSON type (absent and null members are fine).
std::optional<ApiError> check_shape(const Json& request, std::initializer_list<FieldSpec> fields);

// string_field returns a string member, or nothing when it is absent, null or not a string.
std::optional<std::string> string_field(const Json& request, std::string_view name);

// bool_field returns a boolean member, or nothing when it is absent or not a boolean.
std::optional<bool> bool_field(const Json& request, std::string_view name);

// int_field returns an integer member, or nothing when it is absent or not an integer.
std::optional<std::int64_t> int_field(const Json& request, std::string_view name);

// Validation collects constraint failures in AWS's order and words.
class Validation {
  public:
    // not_null records "Member must not be null" for member.
    void not_null(std::string_view member);

    // length checks min <= value.size() <= max (UTF-8 bytes count as characters here).
    void length(std::string_view value, std::string_view member, std::size_t min, std::size_t max);

    // pattern records a regular-expression failure when ok is false.
    void pattern(std::string_view value, std::string_view member, bool ok, std::string_view regex);

    // count checks min <= size <= max for a list member; shown is the list as the message prints it.
    void count(std::size_t size, std::string_view shown, std::string_view member, std::size_t min,
               std::size_t max);

    // range checks min <= value <= max for a number member.
    void range(std::int64_t value, std::string_view member, std::int64_t min, std::int64_t max);

    // enum_value records "Member must satisfy enum value set: [...]" when ok is false.
    void enum_value(std::string_view value, std::string_view member, bool ok, std::string_view set);

    // ok tells whether no constraint failed.
    bool ok() const { return failures_.empty(); }

    // error returns all failures as one ApiError with the given code.
    ApiError error(std::string code = "ValidationException") const;

  private:
    void fail(std::string_view shown_value, std::string_view member, std::string_view constraint);
    std::vector<std::string> failures_;
};

// all_of tells whether s is non-empty and every character passes pred.
bool all_of(std::string_view s, bool (*pred)(char));

// is_alnum tells whether c is an ASCII letter or digit.
bool is_alnum(char c);

// is_rule_name_char: [\.\-_A-Za-z0-9] (rule names, target ids).
bool is_rule_name_char(char c);

// is_bus_name_char: [/\.\-_A-Za-z0-9] (event bus names).
bool is_bus_name_char(char c);

// is_log_group_char: [\.\-_/#A-Za-z0-9] (log group names).
bool is_log_group_char(char c);

// is_iam_name_char: [\w+=,.@-] (role and policy names).
bool is_iam_name_char(char c);

// is_function_name_char: [a-zA-Z0-9-_] (Lambda function names).
bool is_function_name_char(char c);

}  // namespace evb
