// The JSON value and API result types every service speaks. Depends only on nlohmann/json and json_depth.hpp.
// Json keeps insertion order so responses print fields in AWS's order.
#pragma once

#include "evb/common/json_depth.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace evb {

using Json = nlohmann::ordered_json;

// An AWS error: the code (InvalidEventPatternException), its message and the HTTP status.
struct ApiError {
    std::string code;
    std::string message;
    int status = 400;
};

// The outcome of an API call: a response body, or an error.
class ApiResult {
  public:
    ApiResult(Json body) : body_(std::move(body)) {}
    ApiResult(ApiError error) : error_(std::move(error)) {}

    bool ok() const { return !error_.has_value(); }
    const Json& body() const { return body_; }
    const ApiError& error() const { return *error_; }

  private:
    Json body_ = Json::object();
    std::optional<ApiError> error_;
};

// to_json_text serialises without throwing: invalid UTF-8 in strings is replaced, never fatal.
inline std::string to_json_text(const Json& value, int indent = -1) {
    return value.dump(indent, ' ', false, Json::error_handler_t::replace);
}

// parse_json parses untrusted text without throwing; nothing when it is not JSON or nests deeper than
// kMaxJsonDepth (checked first, so no deeper document is ever built, copied, compared or dumped).
std::optional<Json> parse_json(std::string_view text);

}  // namespace evb
