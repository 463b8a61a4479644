#include "flow_model.hpp"

#include "evb/common/arn.hpp"
#include "evb/common/json_access.hpp"
#include "evb/pattern/event_pattern.hpp"

#include <algorithm>
#include <optional>

namespace evb::web {
namespace {

// add_node puts a node in the next free row of its column, never above the rows already used to its
// right, so a bus lines up with its first rule and a rule with its first target.
int add_node(FlowModel& model, FlowNode node) {
    int row = model.rows[node.column];
    if (node.kind == NodeKind::Bus || node.kind == NodeKind::Rule) {
        for (int c = node.column + 1; c < 4; ++c)
            row = std::max(row, model.rows[c]);
    }
    node.row = row;
    model.rows[node.column] = row + 1;
    model.nodes.push_back(std::move(node));
    return static_cast<int>(model.nodes.size()) - 1;
}

int find_node(const FlowModel& model, NodeKind kind, const std::string& bus, const std::string& name) {
    for (std::size_t i = 0; i < model.nodes.size(); ++i) {
        const FlowNode& n = model.nodes[i];
        if (n.kind == kind && n.bus == bus && n.name == name) return static_cast<int>(i);
    }
    return -1;
}

// logged_event finds the full event a log group received, by its id.
std::optional<Json> logged_event(const Json& snapshot, const std::string& id) {
    for (const auto& group : items(snapshot, "logGroups")) {
        for (const auto& stream : items(group, "logStreams")) {
            for (const auto& event : items(stream, "events")) {
                const std::string message = text_member(event, "message");
                if (message.find(id) == std::string::npos) continue;
                auto parsed = parse_json(message);
                if (parsed && text_member(*parsed, "id") == id) return parsed;
            }
        }
    }
    return std::nullopt;
}

// last_event_json is the last routed event: as the feed recorded it, else as a log group received it,
// else rebuilt from the feed's summary (without its detail).
Json last_event_json(const Json& snapshot, const Json& activity) {
    if (member(activity, "event").is_object()) return member(activity, "event");
    const std::string id = text_member(activity, "eventId");
    if (auto logged = logged_event(snapshot, id)) return *logged;
    return Json{{"id", id},
                {"source", text_member(activity, "source")},
                {"detail-type", text_member(activity, "detailType")},
                {"account", text_member(snapshot, "accountId")},
                {"region", text_member(snapshot, "region")}};
}

std::string why_not(const Json& rule, const Json& event) {
    if (text_member(rule, "State") == "DISABLED") return "the rule is disabled";
    const std::string pattern = text_member(rule, "EventPattern");
    if (pattern.empty()) return "a scheduled rule matches no events";
    PatternResult compiled = compile_event_pattern(pattern);
    if (!compiled.pattern) return "its pattern is not valid";
    Explanation explanation = compiled.pattern->explain(event);
    return explanation.reason.empty() ? "it did not match" : explanation.reason;
}

const Json* fired_rule(const Json& activity, const std::string& rule) {
    for (const auto& fired : items(activity, "rules")) {
        if (text_member(fired, "rule") == rule) return &fired;
    }
    return nullptr;
}

// target_label names a target's resource as a person would: "log group /aws/events/x".
std::string target_label(const std::string& arn) {
    auto parsed = parse_arn(arn);
    if (!parsed) return arn;
    const std::string& r = parsed->resource;
    if (parsed->service == "logs") return "log group " + r.substr(r.find(':') + 1);
    if (parsed->service == "lambda") return "function " + r.substr(r.find(':') + 1);
    if (parsed->service == "events") return "bus " + r.substr(r.find('/') + 1);
    return arn;
}

void add_targets(FlowModel& model, int rule_node, const Json& rule, const Json* fired) {
    for (const auto& target : items(rule, "Targets")) {
        const std::string arn = text_member(target, "Arn");
        FlowNode node{NodeKind::Target,
                      text_member(target, "Id"),
                      target_label(arn),
                      "",
                      NodeState::Idle,
                      model.nodes[static_cast<std::size_t>(rule_node)].bus,
                      arn,
                      3,
                      0};
        for (const auto& delivery : fired ? items(*fired, "targets") : items(Json(), "targets")) {
            if (text_member(delivery, "id") != node.title) continue;
            const bool ok = member(delivery, "ok").is_boolean() && member(delivery, "ok").get<bool>();
            node.state = ok ? NodeState::Lit : NodeState::Failed;
            node.note = ok ? "\u2713 delivered" : "\u2717 " + text_member(delivery, "error");
        }
        int index = add_node(model, std::move(node));
        model.edges.push_back(FlowEdge{rule_node, index, fired != nullptr});
    }
}

void add_rule(FlowModel& model, int bus_node, const Json& rule, const Json* activity, const Json& event) {
    const std::string bus = model.nodes[static_cast<std::size_t>(bus_node)].name;
    const std::string name = text_member(rule, "Name");
    std::string pattern = text_member(rule, "EventPattern");
    FlowNode node{NodeKind::Rule,
                  name,
                  pattern.empty() ? text_member(rule, "ScheduleExpression") : pattern,
                  "",
                  NodeState::Idle,
                  bus,
                  name,
                  2,
                  0};
    const Json* fired = activity ? fired_rule(*activity, name) : nullptr;
    if (activity && fired) node.state = NodeState::Lit, node.note = "\u2713 matched the last event";
    if (activity && !fired)
        node.state = NodeState::Unmatched, node.note = "\u2717 why not: " + why_not(rule, event);
    int index = add_node(model, std::move(node));
    model.edges.push_back(FlowEdge{bus_node, index, fired != nullptr});
    add_targets(model, index, rule, fired);
}

std::string events_in_text(std::int64_t count) {
    return std::to_string(count) + (count == 1 ? " event in" : " events in");
}

void add_buses(FlowModel& model, const Json& snapshot, const Json* activity, const Json& event) {
    const std::string last_bus = activity ? text_member(*activity, "bus") : "";
    for (const auto& bus : items(snapshot, "buses")) {
        const std::string name = text_member(bus, "Name");
        FlowNode node{NodeKind::Bus,
                      name,
                      events_in_text(number_member(member(bus, "metrics"), "eventsIn")),
                      "",
                      name == last_bus ? NodeState::Lit : NodeState::Idle,
                      name,
                      name,
                      1,
                      0};
        if (name == last_bus) node.note = "\u2713 received the last event";
        int index = add_node(model, std::move(node));
        for (const auto& rule : items(bus, "Rules"))
            add_rule(model, index, rule, name == last_bus ? activity : nullptr, event);
    }
}

void add_producers(FlowModel& model, const Json& snapshot, const Json* activity) {
    for (const auto& function : items(snapshot, "functions")) {
        const std::string name = text_member(function, "FunctionName");
        int index = add_node(model, FlowNode{NodeKind::Producer, name, "Lambda function", "", NodeState::Idle,
                                             "", name, 0, 0});
        for (const auto& entry : items(member(function, "behavior"), "putEvents")) {
            const std::string bus =
                text_member(entry, "EventBusName").empty() ? "default" : text_member(entry, "EventBusName");
            int bus_node = find_node(model, NodeKind::Bus, bus, bus);
            if (bus_node < 0) continue;
            const bool lit = activity && text_member(*activity, "bus") == bus &&
                             text_member(*activity, "source") == text_member(entry, "Source");
            if (lit) model.nodes[static_cast<std::size_t>(index)].state = NodeState::Lit;
            model.edges.push_back(FlowEdge{index, bus_node, lit});
        }
    }
}

std::string describe(const Json& activity) {
    const std::size_t matched = items(activity, "rules").size();
    return text_member(activity, "source") + " / " + text_member(activity, "detailType") + " on " +
           text_member(activity, "bus") + " at " + text_member(activity, "time") + ": matched " +
           std::to_string(matched) + (matched == 1 ? " rule" : " rules");
}

}  // namespace

FlowModel build_flow(const Json& snapshot) {
    FlowModel model;
    const Json& feed = items(snapshot, "activity");
    const Json* activity = feed.empty() ? nullptr : &feed.back();
    const Json event = activity ? last_event_json(snapshot, *activity) : Json::object();
    add_buses(model, snapshot, activity, event);
    add_producers(model, snapshot, activity);
    if (activity) model.last_event = describe(*activity);
    return model;
}

}  // namespace evb::web
