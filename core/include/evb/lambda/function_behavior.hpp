// A simulated function's behaviour, as data. The document (JSON object, every member optional):
//   "logs":      ["Processing order ${seq}", ...]   lines the handler prints
//   "putEvents": [{"Source", "DetailType", "Detail" (object or JSON text), "EventBusName"}, ...]
//                 entries sent with PutEvents as the function's role (authorised by IAM)
//   "returns":   any JSON, the return value (default null)
//   "failure":   {"errorType", "errorMessage", "every": N}  fail every N-th invocation (default 1: always)
//   "durationMs", "initDurationMs", "maxMemoryUsedMb": numbers, fixed instead of simulated
// String values may hold placeholders: ${seq} (1-based invocation count), ${requestId}, ${time},
// ${uuid}, ${random:LO:HI} (seeded integer), ${event.a.b} (a field of the invocation's event).
// A string that is exactly one placeholder keeps the value's JSON type.
// Depends only on evb/common/json.hpp and evb/common/ids.hpp.
#pragma once

#include "evb/common/ids.hpp"
#include "evb/common/json.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace evb {

// TemplateContext is what placeholders can refer to in one invocation.
struct TemplateContext {
    std::uint64_t seq = 0;
    std::string request_id;
    std::string time;
    const Json* event = nullptr;
    IdSource* ids = nullptr;
};

// check_behavior returns why a behaviour document is not acceptable, or nothing.
std::optional<std::string> check_behavior(const Json& behavior);

// render_template fills the placeholders of every string inside a template value.
Json render_template(const Json& value, TemplateContext& context);

}  // namespace evb
