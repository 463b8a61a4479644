#include "evb/world/state_view.hpp"

#include "evb/common/arn.hpp"
#include "evb/common/time_format.hpp"
#include "evb/events/shapes.hpp"
#include "evb/logs/shapes.hpp"

namespace evb {
namespace {

// rule_metrics_json shapes a rule's counters with CloudWatch's metric names.
Json rule_metrics_json(const Metrics& metrics, const std::string& arn) {
    auto it = metrics.rules.find(arn);
    const RuleMetrics m = it == metrics.rules.end() ? RuleMetrics{} : it->second;
    return Json{{"MatchedEvents", m.matched_events},
                {"TriggeredRules", m.triggered_rules},
                {"Invocations", m.invocations},
                {"FailedInvocations", m.failed_invocations}};
}

// target_state shapes a target with its delivery counters.
Json target_state(const Metrics& metrics, const std::string& rule_arn, const Target& target) {
    Json out = target_json(target);
    auto it = metrics.targets.find(target_key(rule_arn, target.id));
    const TargetMetrics m = it == metrics.targets.end() ? TargetMetrics{} : it->second;
    out["metrics"] = Json{{"deliveries", m.deliveries}, {"failures", m.failures}};
    return out;
}

// rule_state shapes a rule with its schedule, targets and counters.
Json rule_state(const Account& account, const Rule& rule) {
    Json out = rule_json(account, rule, false);
    const std::string arn = arn_of_rule(account, rule);
    if (rule.schedule && rule.next_fire_ms >= 0) out["nextFireTime"] = cli_time(rule.next_fire_ms);
    Json targets = Json::array();
    for (const auto& target : rule.targets)
        targets.push_back(target_state(account.metrics, arn, target));
    out["Targets"] = targets;
    out["Tags"] = tags_json(rule.tags);
    out["metrics"] = rule_metrics_json(account.metrics, arn);
    return out;
}

// buses_state lists every bus with its rules and counters.
Json buses_state(const Account& account) {
    Json buses = Json::array();
    for (const auto& [name, bus] : account.events.buses) {
        Json out = {{"Name", name}, {"Arn", arn_of_bus(account, name)}};
        if (bus.description) out["Description"] = *bus.description;
        out["Tags"] = tags_json(bus.tags);
        auto m = account.metrics.buses.find(name);
        const BusMetrics bm = m == account.metrics.buses.end() ? BusMetrics{} : m->second;
        out["metrics"] = Json{{"eventsIn", bm.events_in}, {"matchedEvents", bm.matched_events}};
        Json rules = Json::array();
        for (const auto& [rule_name, rule] : bus.rules)
            rules.push_back(rule_state(account, rule));
        out["Rules"] = rules;
        buses.push_back(out);
    }
    return buses;
}

// stream_state shapes a stream with its newest events.
Json stream_state(const Account& account, const LogGroup& group, const LogStream& stream) {
    Json out = stream_json(account, group, stream);
    out["eventCount"] = stream.events.size();
    Json events = Json::array();
    const std::size_t first =
        stream.events.size() > kStateEventsPerStream ? stream.events.size() - kStateEventsPerStream : 0;
    for (std::size_t i = first; i < stream.events.size(); ++i) {
        const LogEvent& e = stream.events[i];
        events.push_back(Json{{"timestamp", e.timestamp},
                              {"message", e.message},
                              {"ingestionTime", e.ingestion_time},
                              {"eventId", e.event_id}});
    }
    out["events"] = events;
    return out;
}

// log_groups_state lists every log group with its streams and the storage cap.
Json log_groups_state(const Account& account) {
    Json groups = Json::array();
    for (const auto& [name, group] : account.logs.groups) {
        Json out = group_json(account, group);
        out["storedEvents"] = group.stored_events;
        out["droppedEvents"] = group.dropped.entries;
        out["droppedBytes"] = group.dropped.bytes;
        out["maxEvents"] = account.budgets.log_events_per_group;
        Json streams = Json::array();
        for (const auto& [stream_name, stream] : group.streams)
            streams.push_back(stream_state(account, group, stream));
        out["logStreams"] = streams;
        groups.push_back(out);
    }
    return groups;
}

// functions_state lists every function with its behaviour and warm state.
Json functions_state(const Account& account) {
    Json functions = Json::array();
    for (const auto& [name, f] : account.lambda.functions) {
        functions.push_back(
            Json{{"FunctionName", name},
                 {"FunctionArn", function_arn(account.config.region, account.config.account_id, name)},
                 {"Runtime", f.runtime},
                 {"Role", f.role},
                 {"Handler", f.handler},
                 {"Timeout", f.timeout},
                 {"MemorySize", f.memory_size},
                 {"behavior", f.behavior},
                 {"invocations", f.invocations},
                 {"warm", f.warm_until_ms > account.now_ms}});
    }
    return functions;
}

// roles_state lists every role with its attached and inline policies.
Json roles_state(const Account& account) {
    Json roles = Json::array();
    for (const auto& [name, role] : account.iam.roles) {
        Json attached = Json::array();
        for (const auto& arn : role.attached_policy_arns) {
            auto p = account.iam.policies.find(arn);
            attached.push_back(Json{{"PolicyName", p == account.iam.policies.end() ? arn : p->second.name},
                                    {"PolicyArn", arn}});
        }
        Json inline_names = Json::array();
        for (const auto& [policy_name, doc] : role.inline_policies)
            inline_names.push_back(policy_name);
        roles.push_back(Json{{"RoleName", name},
                             {"Arn", iam_arn(account.config.account_id, "role", role.path, name)},
                             {"Path", role.path},
                             {"AttachedPolicies", attached},
                             {"InlinePolicyNames", inline_names}});
    }
    return roles;
}

// policies_state lists every managed policy with its document.
Json policies_state(const Account& account) {
    Json policies = Json::array();
    for (const auto& [arn, p] : account.iam.policies) {
        policies.push_back(Json{
            {"PolicyName", p.name}, {"Arn", arn}, {"AwsManaged", p.aws_managed}, {"Document", p.document}});
    }
    return policies;
}

// tally_state shapes a drop tally with its time and the sentence that tells it.
Json tally_state(const DropTally& tally, std::string text) {
    Json out = drop_tally_to_json(tally);
    if (tally.since_ms) out["since"] = cli_time(*tally.since_ms);
    out["text"] = std::move(text);
    return out;
}

// budgets_state gives the budgets, what the stores hold against them and what each store dropped.
Json budgets_state(const Account& account) {
    Json out = budgets_to_json(account.budgets);
    out["storedLogBytes"] = account.logs.stored_bytes;
    Json groups = Json::array();
    for (const auto& [name, group] : account.logs.groups) {
        if (group.dropped.entries == 0) continue;
        Json entry = tally_state(group.dropped, log_drop_text(name, group.dropped, account.budgets));
        entry["logGroupName"] = name;
        groups.push_back(std::move(entry));
    }
    out["droppedLogs"] = groups;
    out["droppedActivity"] = tally_state(account.activity_dropped,
                                         account.activity_dropped.entries
                                             ? activity_drop_text(account.activity_dropped, account.budgets)
                                             : "");
    return out;
}

}  // namespace

Json state_view(const Account& account) {
    return Json{{"region", account.config.region},
                {"accountId", account.config.account_id},
                {"nowMs", account.now_ms},
                {"now", cli_time(account.now_ms)},
                {"revision", account.revision},
                {"buses", buses_state(account)},
                {"logGroups", log_groups_state(account)},
                {"functions", functions_state(account)},
                {"roles", roles_state(account)},
                {"policies", policies_state(account)},
                {"skippedScheduleFirings", account.metrics.skipped_schedule_firings},
                {"budgets", budgets_state(account)},
                {"activity", Json(account.activity)}};
}

}  // namespace evb
