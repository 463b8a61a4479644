// PutEvents (per-entry errors, FailedEntryCount, the 10-entry and 256 KB limits, routing of accepted
// events) and TestEventPattern.
#include "evb/events/service.hpp"

#include "evb/common/arn.hpp"
#include "evb/common/time_format.hpp"
#include "evb/events/routing.hpp"
#include "evb/iam/policy_evaluator.hpp"
#include "support.hpp"

#include <set>
#include <utility>
#include <vector>

namespace evb {
namespace {

// Accepted is an entry that became an event, waiting to be routed.
struct Accepted {
    std::string bus;
    Json event;
};

// entry_error is one failed entry of the response.
Json entry_error(const std::string& code, const std::string& message) {
    return Json{{"ErrorCode", code}, {"ErrorMessage", message}};
}

// required_argument is the InvalidArgument error of a missing entry member.
Json required_argument(const std::string& member) {
    return entry_error("InvalidArgument", "Parameter " + member + " is not valid. Reason: " + member +
                                              " is a required argument.");
}

// entry_size counts an entry's bytes the way AWS's 256 KB limit does.
std::size_t entry_size(const Json& entry) {
    if (!entry.is_object()) return 0;
    std::size_t size = entry.contains("Time") ? 14 : 0;
    for (const char* key : {"Source", "DetailType", "Detail"}) {
        if (auto value = string_field(entry, key)) size += value->size();
    }
    if (auto resources = entry.find("Resources"); resources != entry.end() && resources->is_array()) {
        for (const auto& r : *resources)
            size += r.is_string() ? r.get<std::string>().size() : 0;
    }
    return size;
}

// validate_entries checks the Entries list: present, 1 to 10 entries, at most 256 KB in all.
std::optional<ApiError> validate_entries(const Json& request) {
    if (auto e = check_shape(request, {{"Entries", FieldKind::kArray}, {"EndpointId", FieldKind::kString}}))
        return e;
    auto entries = request.find("Entries");
    Validation v;
    if (entries == request.end() || entries->is_null())
        v.not_null("Entries");
    else if (entries->size() < 1 || entries->size() > kMaxPutEventsEntries)  // the list is shown only then
        v.count(entries->size(), to_json_text(*entries), "Entries", 1, kMaxPutEventsEntries);
    if (!v.ok()) return v.error();
    std::size_t total = 0;
    for (const auto& entry : *entries)
        total += entry_size(entry);
    if (total > kMaxPutEventsBytes) {
        return ApiError{"ValidationException", "Total size of the entries in the request is over the limit."};
    }
    return std::nullopt;
}

// resources_of returns an entry's Resources as a JSON array of strings, or nothing when malformed.
std::optional<Json> resources_of(const Json& entry) {
    auto it = entry.find("Resources");
    if (it == entry.end() || it->is_null()) return Json::array();
    if (!it->is_array()) return std::nullopt;
    for (const auto& r : *it) {
        if (!r.is_string()) return std::nullopt;
    }
    return *it;
}

// entry_problem returns the error of a malformed entry, or nothing when it is well formed (then detail
// holds the parsed Detail).
std::optional<Json> entry_problem(Account& account, const Json& entry, Json& detail) {
    if (!entry.is_object()) return entry_error("InvalidArgument", "Parameter Entries is not valid.");
    for (const char* member : {"Source", "DetailType", "Detail"}) {
        auto value = string_field(entry, member);
        if (!value || value->empty()) return required_argument(member);
    }
    auto parsed = parse_json(*string_field(entry, "Detail"));
    if (!parsed || !parsed->is_object()) return entry_error("MalformedDetail", "Detail is malformed.");
    if (string_field(entry, "Source")->rfind("aws.", 0) == 0) {
        return entry_error("NotAuthorizedForSourceException", "Not authorized for the source.");
    }
    if (!resources_of(entry)) return entry_error("InvalidArgument", "Parameter Resources is not valid.");
    if (entry.contains("Time") && !entry.at("Time").is_null() && !parse_timestamp(entry.at("Time"))) {
        return entry_error("InvalidArgument", "Parameter Time is not valid.");
    }
    const std::string bus = bus_param(entry);
    if (!find_bus(account, bus))
        return entry_error("ResourceNotFoundException", "Event bus " + bus + " does not exist.");
    detail = std::move(*parsed);
    return std::nullopt;
}

// envelope builds the event EventBridge delivers, fields in AWS's order.
Json envelope(Account& account, const Json& entry, const std::string& id, Json detail) {
    std::int64_t time = account.now_ms;
    if (entry.contains("Time") && !entry.at("Time").is_null()) time = *parse_timestamp(entry.at("Time"));
    return Json{{"version", "0"},
                {"id", id},
                {"detail-type", *string_field(entry, "DetailType")},
                {"source", *string_field(entry, "Source")},
                {"account", account.config.account_id},
                {"time", event_time(time)},
                {"region", account.config.region},
                {"resources", *resources_of(entry)},
                {"detail", std::move(detail)}};
}

// authorise checks that a role may put events on every bus the valid entries name.
std::optional<ApiError> authorise(const Account& account, const Json& entries, const std::string& role_arn,
                                  const std::string& caller) {
    std::set<std::string> buses;
    for (const auto& entry : entries)
        buses.insert(bus_param(entry));
    for (const auto& bus : buses) {
        const std::string resource = arn_of_bus(account, bus);
        Decision decision = evaluate_role(account, role_arn, "events:PutEvents", resource);
        if (decision != Decision::kAllow)
            return access_denied(caller, "events:PutEvents", resource, decision);
    }
    return std::nullopt;
}

// accept_entries turns each entry into an event or an error, and collects the accepted ones.
Json accept_entries(Account& account, const Json& entries, std::vector<Accepted>& accepted) {
    Json results = Json::array();
    int failed = 0;
    for (const auto& entry : entries) {
        Json detail;
        if (auto problem = entry_problem(account, entry, detail)) {
            results.push_back(*problem);
            ++failed;
            continue;
        }
        const std::string id = account.ids.uuid();
        accepted.push_back(Accepted{bus_param(entry), envelope(account, entry, id, std::move(detail))});
        results.push_back(Json{{"EventId", id}});
    }
    return Json{{"FailedEntryCount", failed}, {"Entries", results}};
}

// put_checked accepts and routes the entries of a validated request.
ApiResult put_checked(Account& account, const Json& request) {
    std::vector<Accepted> accepted;
    Json response = accept_entries(account, request.at("Entries"), accepted);
    for (const auto& item : accepted)
        route_event(account, item.bus, item.event);
    return response;
}

}  // namespace

ApiResult put_events(Account& account, const Json& request) {
    if (auto error = validate_entries(request)) return *error;
    return put_checked(account, request);
}

ApiResult put_events_as_role(Account& account, const Json& request, const std::string& role_arn,
                             const std::string& session_name) {
    if (auto error = validate_entries(request)) return *error;
    const Role* role = find_role_by_arn(account, role_arn);
    const std::string caller =
        assumed_role_arn(account.config.account_id, role ? role->name : "unknown", session_name);
    if (auto error = authorise(account, request.at("Entries"), role_arn, caller)) return *error;
    return put_checked(account, request);
}

ApiResult test_event_pattern(Account&, const Json& request) {
    if (auto e = check_shape(request, {{"EventPattern", FieldKind::kString}, {"Event", FieldKind::kString}}))
        return *e;
    Validation v;
    auto pattern = string_field(request, "EventPattern");
    auto event = string_field(request, "Event");
    if (!pattern)
        v.not_null("EventPattern");
    else
        v.length(*pattern, "EventPattern", 0, kMaxEventPatternLength);
    if (!event) v.not_null("Event");
    if (!v.ok()) return v.error();
    PatternResult compiled = compile_event_pattern(*pattern);
    if (compiled.error) return *compiled.error;
    if (auto error = check_test_event(*event)) return *error;
    if (!compiled.pattern) return ApiError{"InvalidEventPatternException", "Event pattern is not valid."};
    return Json{{"Result", compiled.pattern->matches_text(*event)}};
}

}  // namespace evb
