#include "evb/world/world.hpp"

#include "evb/events/scheduler.hpp"
#include "evb/iam/managed_policies.hpp"
#include "evb/logs/log_store.hpp"
#include "evb/model/request_validation.hpp"
#include "evb/model/service_model.hpp"
#include "evb/world/activity.hpp"
#include "evb/world/operation.hpp"
#include "evb/world/snapshot.hpp"
#include "evb/world/state_view.hpp"

#include <exception>

namespace evb {
namespace {

// unknown_operation is the error for a service or operation the account does not offer: AWS's code for an
// action it does not know (InvalidAction for the query protocol, UnknownOperationException otherwise),
// and, for an operation of AWS's models that the playground does not emulate yet, a message saying so.
ApiError unknown_operation(std::string_view service, std::string_view operation) {
    const model::ServiceModel* model = model::service_model(service);
    std::string code = model && model->protocol == "query" ? "InvalidAction" : "UnknownOperationException";
    if (model && model->operation(operation)) {
        return ApiError{code,
                        "The playground does not emulate " + std::string(operation) + " of " + model->title +
                            " yet: the request passed the checks of AWS's model, but nothing was done.",
                        400};
    }
    return ApiError{
        code, "Unknown operation " + std::string(operation) + " for service " + std::string(service) + ".",
        400};
}

// read_only_refusal is AWS's answer to a caller whose policy denies the action, saying why.
ApiError read_only_refusal(std::string_view service, std::string_view operation) {
    const std::string action = std::string(service) + ":" + std::string(operation);
    return ApiError{service == "iam" ? "AccessDenied" : "AccessDeniedException",
                    "This playground is read-only: it is not authorized to perform " + action +
                        " (only reads, PutEvents and Invoke run here).",
                    service == "iam" || service == "lambda" ? 403 : 400};
}

// clamp_clock keeps a clock value inside the supported years.
std::int64_t clamp_clock(std::int64_t t) {
    return t < kMinClockMs ? kMinClockMs : t > kMaxClockMs ? kMaxClockMs : t;
}

}  // namespace

World::World(WorldConfig config) : account_(std::move(config)) {
    account_.now_ms = clamp_clock(account_.now_ms);
    EventBus bus;
    bus.name = "default";
    bus.creation_ms = bus.last_modified_ms = account_.now_ms;
    account_.events.buses.emplace("default", std::move(bus));
    account_.metrics.buses["default"];
    install_managed_policies(account_);
}

ApiResult World::call(std::string_view service, std::string_view operation, const Json& request) {
    const Operation* op = find_operation(service, operation);
    if (!op) {
        if (auto invalid = model::validate_request(service, operation, request)) return *invalid;
        return unknown_operation(service, operation);
    }
    if (read_only_ && !read_only_allows(op->name)) return read_only_refusal(service, operation);
    // AWS's front end checks the request against the service's model before the service sees it.
    if (auto invalid = model::validate_request(service, operation, request)) return *invalid;
    begin_call();
    try {
        ApiResult result = op->fn(account_, request);
        if (op->mutates) ++account_.revision;
        return result;
    } catch (const std::exception& e) {
        ++account_.revision;
        return ApiError{"InternalFailure", std::string("The request processing has failed: ") + e.what(),
                        500};
    } catch (...) {
        ++account_.revision;
        return ApiError{"InternalFailure", "The request processing has failed because of an unknown error.",
                        500};
    }
}

// begin_call clears what only lives during a call: a call the host cut short (the browser unwinds a stack
// overflow without running destructors) must not leave the account believing it is still routing.
void World::begin_call() {
    account_.routing_depth = 0;
}

void World::set_time_ms(std::int64_t t) {
    begin_call();
    t = clamp_clock(t);
    if (t >= account_.now_ms)
        advance_clock(account_, t);
    else
        rewind_clock(account_, t);
    ++account_.revision;
}

void World::advance_ms(std::int64_t delta) {
    if (delta <= 0) return;
    begin_call();
    advance_clock(account_, delta > kMaxClockMs - account_.now_ms ? kMaxClockMs : account_.now_ms + delta);
    ++account_.revision;
}

Json World::state() const {
    return state_view(account_);
}

std::string World::save() const {
    return save_account(account_);
}

WorldLoad World::from_save(std::string_view text) {
    AccountLoad loaded = load_account(text);
    if (!loaded.account) return WorldLoad{std::nullopt, loaded.error};
    World world(std::move(*loaded.account));
    world.load_note_ = loaded.note.value_or("");
    return WorldLoad{std::move(world), std::nullopt};
}

std::optional<ApiError> World::load(std::string_view text) {
    AccountLoad loaded = load_account(text);
    if (!loaded.account) return loaded.error;
    account_ = std::move(*loaded.account);
    load_note_ = loaded.note.value_or("");
    ++account_.revision;
    return std::nullopt;
}

std::optional<ApiError> World::set_budgets(const Budgets& budgets) {
    if (auto problem = budgets_problem(budgets)) return ApiError{"InvalidParameterException", *problem, 400};
    if (budgets == account_.budgets) return std::nullopt;
    account_.budgets = budgets;
    enforce_log_budgets(account_);
    trim_activity(account_);
    ++account_.revision;
    return std::nullopt;
}

}  // namespace evb
