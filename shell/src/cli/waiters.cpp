// Waiters (see waiters.hpp): botocore's acceptor matching and polling loop, facts from its waiter.py.
#include "waiters.hpp"

#include "cli_errors.hpp"
#include "evb/model/service_model.hpp"
#include "jmespath/jmespath.hpp"
#include "python/python_format.hpp"

#include <algorithm>

namespace evb::cli {
namespace {

// A response as botocore's waiter sees it: the parsed body, or {"Error": {Code, Message}} and the status.
struct Polled {
    Json response;
    int status = 200;
    bool error = false;
};

std::string text_of(const Json& acceptor, const char* key) {
    auto found = acceptor.find(key);
    return found != acceptor.end() && found->is_string() ? found->get<std::string>() : std::string();
}

bool path_matches(const std::string& matcher, const Json& found, const Json& expected) {
    if (matcher == "path") return found == expected;
    if (!found.is_array() || found.empty()) return false;  // pathAll and pathAny need a non-empty list
    if (matcher == "pathAll")
        return std::all_of(found.begin(), found.end(), [&](const Json& e) { return e == expected; });
    return std::any_of(found.begin(), found.end(), [&](const Json& e) { return e == expected; });
}

bool matches(const Json& acceptor, const Polled& polled) {
    const std::string matcher = text_of(acceptor, "matcher");
    const Json expected = acceptor.value("expected", Json());
    if (matcher == "status") return expected.is_number_integer() && expected.get<int>() == polled.status;
    if (matcher == "error")
        return polled.error && expected.is_string() && polled.response["Error"]["Code"] == expected;
    if (polled.error) return false;  // path matchers never match an error response
    const JmesPath path = JmesPath::compile(text_of(acceptor, "argument"));
    return path.ok() && path_matches(matcher, path.search(polled.response), expected);
}

// explanation says what an acceptor matched, in botocore's words (its "excepted" typo included).
std::string explanation(const Json& acceptor) {
    const std::string matcher = text_of(acceptor, "matcher");
    const std::string argument = text_of(acceptor, "argument");
    const std::string expected = python_str(acceptor.value("expected", Json()));
    if (matcher == "path")
        return "For expression \"" + argument + "\" we matched expected path: \"" + expected + "\"";
    if (matcher == "pathAll")
        return "For expression \"" + argument + "\" all members matched excepted path: \"" + expected + "\"";
    if (matcher == "pathAny")
        return "For expression \"" + argument + "\" we matched expected path: \"" + expected +
               "\" at least once";
    if (matcher == "status") return "Matched expected HTTP status code: " + expected;
    if (matcher == "error") return "Matched expected service error code: " + expected;
    return "No explanation for unknown waiter type: \"" + matcher + "\"";
}

Polled poll(World& world, const OperationSpec& op, const Json& request) {
    const ApiResult result = world.call(op.service, op.api, request);
    if (result.ok()) return {result.body(), 200, false};
    const ApiError& error = result.error();
    return {Json{{"Error", {{"Code", error.code}, {"Message", error.message}}}}, error.status, true};
}

ShellResult waiter_error(const WaiterSpec& waiter, const std::string& reason) {
    return general_error("Waiter " + waiter.name + " failed: " + reason, kExitGeneral);
}

}  // namespace

std::vector<WaiterSpec> waiters_of(const ServiceSpec& service) {
    std::vector<WaiterSpec> waiters;
    const model::ServiceModel* model = model::service_model(service.name);
    if (!model) return waiters;
    for (const auto& [name, waiter] : model->waiters) {
        const OperationSpec* op = find_operation(service.name, waiter.operation);
        if (!op) continue;
        waiters.push_back({name, cli_name(name), op, waiter.delay, waiter.max_attempts, waiter.acceptors});
    }
    std::sort(waiters.begin(), waiters.end(),
              [](const WaiterSpec& a, const WaiterSpec& b) { return a.command < b.command; });
    return waiters;
}

ShellResult wait_for(World& world, const WaiterSpec& waiter, const Json& request) {
    if (!waiter.acceptors.is_array() || waiter.acceptors.empty())
        return waiter_error(waiter, "its model defines no acceptors");
    const Json* last_matched = nullptr;
    std::string state = "waiting";
    for (int attempt = 1;; ++attempt) {
        const Polled polled = poll(world, *waiter.operation, request);
        const Json* matched = nullptr;
        for (const Json& acceptor : waiter.acceptors) {
            if (matches(acceptor, polled)) {
                matched = last_matched = &acceptor;
                state = text_of(acceptor, "state");
                break;
            }
        }
        if (!matched && polled.error) {
            const Json& error = polled.response["Error"];
            return waiter_error(waiter, "An error occurred (" + error["Code"].get<std::string>() +
                                            "): " + error["Message"].get<std::string>());
        }
        // botocore names the acceptor its loop stopped at: the one matched, or else the last one.
        const Json& named = matched ? *matched : waiter.acceptors.back();
        if (state == "success") return {0, "", ""};
        if (state == "failure")
            return waiter_error(waiter, "Waiter encountered a terminal failure state: " + explanation(named));
        if (attempt >= waiter.max_attempts) {
            return waiter_error(waiter, last_matched ? "Max attempts exceeded. Previously accepted state: " +
                                                           explanation(named)
                                                     : "Max attempts exceeded");
        }
        world.advance_ms(static_cast<std::int64_t>(waiter.delay_seconds) * 1000);
    }
}

std::string waiter_description(const WaiterSpec& waiter) {
    return "Wait until the " + waiter.operation->command + " call answers as the waiter " + waiter.name +
           " expects. It will poll every " + std::to_string(waiter.delay_seconds) +
           " seconds (of the playground's virtual clock, so at once) until a successful state has been "
           "reached. This will exit with a return code of 255 after " +
           std::to_string(waiter.max_attempts) + " failed checks.\n";
}

}  // namespace evb::cli
