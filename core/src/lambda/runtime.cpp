#include "evb/lambda/runtime.hpp"

#include "evb/common/arn.hpp"
#include "evb/common/time_format.hpp"
#include "evb/events/service.hpp"
#include "evb/iam/policy_evaluator.hpp"
#include "evb/lambda/function_behavior.hpp"
#include "evb/logs/log_store.hpp"

#include <cstdio>
#include <vector>

namespace evb {
namespace {

constexpr std::int64_t kWarmMs = 15 * 60000;
constexpr std::size_t kTailBytes = 4096;

// Run collects one invocation while it is played.
struct Run {
    LambdaFunction& function;
    TemplateContext context;
    std::vector<std::string> lines;   // log events, each ending in "\n"
    std::optional<Json> error;        // {errorMessage, errorType, requestId, stackTrace}
    std::int64_t duration_centi = 0;  // simulated duration in 1/100 ms
};

// centi formats hundredths of a millisecond as "1056.12".
std::string centi(std::int64_t value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%lld.%02lld", static_cast<long long>(value / 100),
                  static_cast<long long>(value % 100));
    return buffer;
}

// number_or reads a behaviour number (milliseconds or MB) as hundredths, or draws one in [lo, hi].
std::int64_t number_or(Account& account, const Json& behavior, const char* key, std::int64_t lo,
                       std::int64_t hi) {
    auto it = behavior.find(key);
    if (it != behavior.end() && it->is_number())
        return static_cast<std::int64_t>(it->get<double>() * 100 + 0.5);
    return account.ids.uniform(lo, hi);
}

// fail records an unhandled error the Python runtime way: an [ERROR] log event and the error payload.
void fail(Run& run, const std::string& type, const std::string& message) {
    run.lines.push_back("[ERROR] " + type + ": " + message +
                        "\nTraceback (most recent call last):\n  File \"/var/task/" +
                        "lambda_function.py\", in lambda_handler\n");
    run.error = Json{{"errorMessage", message},
                     {"errorType", type},
                     {"requestId", run.context.request_id},
                     {"stackTrace", Json::array()}};
}

// print_logs renders the behaviour's log lines.
void print_logs(Run& run, const Json& behavior) {
    if (!behavior.contains("logs")) return;
    for (const auto& line : behavior.at("logs")) {
        Json text = render_template(line, run.context);
        run.lines.push_back((text.is_string() ? text.get<std::string>() : to_json_text(text)) + "\n");
    }
}

// entry_request renders one putEvents entry as a PutEvents request entry (Detail as JSON text).
Json entry_request(Run& run, const Json& entry_template) {
    Json entry = render_template(entry_template, run.context);
    if (entry.contains("Detail") && !entry.at("Detail").is_string())
        entry["Detail"] = to_json_text(entry.at("Detail"));
    return entry;
}

// send_events calls PutEvents as the function's role; an error fails the invocation as boto3 would raise it.
void send_events(Account& account, Run& run, const Json& behavior) {
    if (!behavior.contains("putEvents") || behavior.at("putEvents").empty()) return;
    Json entries = Json::array();
    for (const auto& e : behavior.at("putEvents"))
        entries.push_back(entry_request(run, e));
    run.duration_centi += account.ids.uniform(4000, 12000);
    ApiResult result =
        put_events_as_role(account, Json{{"Entries", entries}}, run.function.role, run.function.name);
    if (!result.ok()) {
        fail(run, "ClientError",
             "An error occurred (" + result.error().code +
                 ") when calling the PutEvents operation: " + result.error().message);
    }
}

// apply_failure fails the invocation when the behaviour's failure applies to this run.
void apply_failure(Run& run, const Json& behavior) {
    if (run.error || !behavior.contains("failure")) return;
    const Json& failure = behavior.at("failure");
    const std::int64_t every = failure.contains("every") ? failure.at("every").get<std::int64_t>() : 1;
    if (static_cast<std::int64_t>(run.context.seq % static_cast<std::uint64_t>(every)) != 0) return;
    const std::string type = failure.contains("errorType") ? as_string(failure.at("errorType")) : "Exception";
    fail(run, type,
         failure.contains("errorMessage")
             ? as_string(render_template(failure.at("errorMessage"), run.context))
             : "");
}

// report_line is the REPORT line: durations, memory, and Init Duration on a cold start.
std::string report_line(Account& account, Run& run, std::optional<std::int64_t> init_centi) {
    const LambdaFunction& f = run.function;
    std::int64_t memory = number_or(account, f.behavior, "maxMemoryUsedMb", 6000, 8000) / 100;
    if (memory > f.memory_size) memory = f.memory_size;
    const std::int64_t billed = (run.duration_centi + 99) / 100;
    std::string line = "REPORT RequestId: " + run.context.request_id +
                       "\tDuration: " + centi(run.duration_centi) +
                       " ms\tBilled Duration: " + std::to_string(billed) +
                       " ms\tMemory Size: " + std::to_string(f.memory_size) +
                       " MB\tMax Memory Used: " + std::to_string(memory) + " MB\t";
    if (init_centi) line += "Init Duration: " + centi(*init_centi) + " ms\t";
    return line + "\n";
}

// may_log tells whether the function's role allows a CloudWatch Logs action on a resource.
bool may_log(const Account& account, const LambdaFunction& f, const char* action,
             const std::string& resource) {
    return evaluate_role(account, f.role, action, resource) == Decision::kAllow;
}

// write_logs stores the invocation's lines in /aws/lambda/NAME, as far as the role allows.
void write_logs(Account& account, const LambdaFunction& f, const std::vector<std::string>& lines) {
    const std::string group_name = "/aws/lambda/" + f.name;
    const std::string group_arn = log_group_arn(account.config.region, account.config.account_id, group_name);
    LogGroup* group = find_log_group(account, group_name);
    if (!group && may_log(account, f, "logs:CreateLogGroup", group_arn))
        group = &add_log_group(account, group_name);
    if (!group) return;
    const std::string stream_arn = group_arn + ":log-stream:" + f.log_stream;
    if (!group->streams.count(f.log_stream) && !may_log(account, f, "logs:CreateLogStream", stream_arn))
        return;
    if (!may_log(account, f, "logs:PutLogEvents", stream_arn)) return;
    LogStream& stream = ensure_log_stream(account, *group, f.log_stream);
    for (const auto& line : lines)
        append_log_event(account, *group, stream, account.now_ms, line);
    new_sequence_token(account, stream);
}

// start_environment makes a cold start: a new log stream, and the init duration to report.
std::optional<std::int64_t> start_environment(Account& account, LambdaFunction& f) {
    if (f.warm_until_ms > account.now_ms && !f.log_stream.empty()) return std::nullopt;
    f.log_stream = date_path(account.now_ms) + "/[$LATEST]" + account.ids.hex(32);
    return number_or(account, f.behavior, "initDurationMs", 15000, 25000);
}

}  // namespace

std::string as_string(const Json& value) {
    return value.is_string() ? value.get<std::string>() : to_json_text(value);
}

Invocation run_function(Account& account, LambdaFunction& function, const Json& event) {
    Run run{function,
            TemplateContext{++function.invocations, account.ids.uuid(), event_time(account.now_ms), &event,
                            &account.ids},
            {},
            std::nullopt,
            0};
    const std::optional<std::int64_t> init = start_environment(account, function);
    run.lines.push_back("START RequestId: " + run.context.request_id + " Version: $LATEST\n");
    run.duration_centi = number_or(account, function.behavior, "durationMs", 150, 999);
    print_logs(run, function.behavior);
    send_events(account, run, function.behavior);
    apply_failure(run, function.behavior);
    if (function.behavior.contains("durationMs"))
        run.duration_centi = number_or(account, function.behavior, "durationMs", 0, 0);
    run.lines.push_back("END RequestId: " + run.context.request_id + "\n");
    run.lines.push_back(report_line(account, run, init));
    function.warm_until_ms = account.now_ms + kWarmMs;
    write_logs(account, function, run.lines);
    Invocation result{run.context.request_id, Json(), std::nullopt, {}};
    for (const auto& line : run.lines)
        result.log_text += line;
    if (run.error)
        result.payload = *run.error, result.function_error = "Unhandled";
    else
        result.payload = function.behavior.contains("returns")
                             ? render_template(function.behavior.at("returns"), run.context)
                             : Json();
    return result;
}

std::string log_tail(const std::string& log_text) {
    return log_text.size() > kTailBytes ? log_text.substr(log_text.size() - kTailBytes) : log_text;
}

std::optional<ApiError> invoke_async(Account& account, const std::string& function_name, const Json& event) {
    auto it = account.lambda.functions.find(function_name);
    if (it == account.lambda.functions.end()) {
        return ApiError{"ResourceNotFoundException",
                        "Function not found: " +
                            function_arn(account.config.region, account.config.account_id, function_name),
                        404};
    }
    run_function(account, it->second, event);
    return std::nullopt;
}

}  // namespace evb
