#include "support.hpp"

#include "evb/common/arn.hpp"

namespace evb {
namespace {

// is_stream_name_char: [^:*].
bool is_stream_name_char(char c) {
    return c != ':' && c != '*';
}

}  // namespace

void validate_group_name(Validation& v, const Json& request, std::string_view key) {
    auto name = string_field(request, key);
    if (!name) return v.not_null(key);
    v.length(*name, key, 1, 512);
    if (!name->empty()) v.pattern(*name, key, all_of(*name, is_log_group_char), "[\\.\\-_/#A-Za-z0-9]+");
}

void validate_stream_name(Validation& v, const Json& request, std::string_view key) {
    auto name = string_field(request, key);
    if (!name) return v.not_null(key);
    v.length(*name, key, 1, 512);
    if (!name->empty()) v.pattern(*name, key, all_of(*name, is_stream_name_char), "[^:*]*");
}

ApiError group_not_found() {
    return ApiError{"ResourceNotFoundException", "The specified log group does not exist."};
}

ApiError stream_not_found() {
    return ApiError{"ResourceNotFoundException", "The specified log stream does not exist."};
}

ApiError invalid_parameter(std::string message) {
    return ApiError{"InvalidParameterException", std::move(message)};
}

}  // namespace evb
