// Invoke: RequestResponse, Event and DryRun; LogType Tail returns the base64 of the log tail.
#include "evb/lambda/service.hpp"

#include "evb/common/base64.hpp"
#include "evb/lambda/runtime.hpp"
#include "support.hpp"

namespace evb {
namespace {

// validate_invoke checks Invoke's members.
std::optional<ApiError> validate_invoke(const Json& request) {
    if (auto e = check_shape(request, {{"FunctionName", FieldKind::kString},
                                       {"InvocationType", FieldKind::kString},
                                       {"LogType", FieldKind::kString},
                                       {"Qualifier", FieldKind::kString}})) {
        return e;
    }
    Validation v;
    validate_function_name(v, request);
    const std::string type = string_field(request, "InvocationType").value_or("RequestResponse");
    v.enum_value(type, "InvocationType", type == "RequestResponse" || type == "Event" || type == "DryRun",
                 "[Event, RequestResponse, DryRun]");
    const std::string log_type = string_field(request, "LogType").value_or("None");
    v.enum_value(log_type, "LogType", log_type == "None" || log_type == "Tail", "[None, Tail]");
    if (!v.ok()) return v.error();
    return std::nullopt;
}

// payload_of reads Payload: JSON given directly, or JSON text; absent means {}.
std::optional<Json> payload_of(const Json& request) {
    auto it = request.find("Payload");
    if (it == request.end() || it->is_null()) return Json::object();
    if (!it->is_string()) return *it;
    if (it->get<std::string>().empty()) return Json::object();
    return parse_json(it->get<std::string>());
}

}  // namespace

ApiResult invoke(Account& account, const Json& request) {
    if (auto error = validate_invoke(request)) return *error;
    LambdaFunction* f = nullptr;
    if (auto error = lookup_function(account, request, f)) return *error;
    auto payload = payload_of(request);
    if (!payload) {
        return ApiError{"InvalidRequestContentException",
                        "Could not parse request body into json: Could not parse payload into json"};
    }
    const std::string type = string_field(request, "InvocationType").value_or("RequestResponse");
    if (type == "DryRun") return Json{{"StatusCode", 204}};
    Invocation run = run_function(account, *f, *payload);
    if (type == "Event") return Json{{"StatusCode", 202}, {"Payload", ""}};
    Json out = {{"StatusCode", 200}};
    if (run.function_error) out["FunctionError"] = *run.function_error;
    if (string_field(request, "LogType").value_or("None") == "Tail")
        out["LogResult"] = base64_encode(log_tail(run.log_text));
    out["ExecutedVersion"] = "$LATEST";
    out["Payload"] = to_json_text(run.payload);
    return out;
}

}  // namespace evb
