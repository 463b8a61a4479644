// Worlds for the scenario suites: the tutorial plus every kind of resource and target setting the
// exporters and importer must carry (custom buses, descriptions, patterns naming the account, a schedule,
// a disabled rule, Input, InputPath, InputTransformer, a bus target with a role, a function target, a
// customer managed policy, inline policies, non-default role and function settings).
#pragma once

#include "evb/scenario/tutorial_example.hpp"
#include "evb/world/world.hpp"

#include <doctest/doctest.h>

#include <string>

namespace evb::test {

// call_ok performs a call that must succeed.
inline Json call_ok(World& world, std::string_view service, std::string_view op, const Json& request) {
    ApiResult r = world.call(service, op, request);
    INFO(service << " " << op << " " << request.dump());
    if (!r.ok()) INFO(r.error().code << ": " << r.error().message);
    REQUIRE(r.ok());
    return r.body();
}

inline std::string arn_prefix(const World& w, const std::string& service) {
    return "arn:aws:" + service + ":" + w.region() + ":" + w.account_id() + ":";
}

inline void add_audit_pipeline(World& w) {
    call_ok(w, "events", "CreateEventBus", {{"Name", "audit"}, {"Description", "Copies of every big order"}});
    call_ok(w, "logs", "CreateLogGroup", {{"logGroupName", "/aws/events/audit"}});
    call_ok(w, "logs", "CreateLogGroup", {{"logGroupName", "/aws/events/big-orders"}});
    call_ok(
        w, "iam", "CreatePolicy",
        {{"PolicyName", "put-to-audit"},
         {"Path", "/playground/"},
         {"Description", "PutEvents on audit"},
         {"PolicyDocument",
          R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"events:PutEvents","Resource":")" +
              arn_prefix(w, "events") + R"(event-bus/audit"}]})"}});
    call_ok(
        w, "iam", "CreateRole",
        {{"RoleName", "events-to-audit"},
         {"Description", "EventBridge sends to audit"},
         {"MaxSessionDuration", 7200},
         {"AssumeRolePolicyDocument",
          R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"events.amazonaws.com"},"Action":"sts:AssumeRole"}]})"}});
    call_ok(w, "iam", "AttachRolePolicy",
            {{"RoleName", "events-to-audit"},
             {"PolicyArn", "arn:aws:iam::" + w.account_id() + ":policy/playground/put-to-audit"}});
    call_ok(
        w, "iam", "PutRolePolicy",
        {{"RoleName", "events-to-audit"},
         {"PolicyName", "logs"},
         {"PolicyDocument",
          R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"logs:*","Resource":"*"}]})"}});
}

inline void add_order_rules(World& w) {
    call_ok(w, "events", "PutRule",
            {{"Name", "big-orders"},
             {"EventBusName", "manual-order-bus"},
             {"Description", "Orders over 100"},
             {"EventPattern",
              R"({"account":[")" + w.account_id() + R"("],"detail":{"price":[{"numeric":[">",100]}]}})"}});
    const Json transformer = {
        {"InputPathsMap", {{"price", "$.detail.price"}, {"id", "$.detail.orderNumber"}}},
        {"InputTemplate", "{\"order\": <id>, \"price\": <price>}"}};
    call_ok(w, "events", "PutTargets",
            {{"Rule", "big-orders"},
             {"EventBusName", "manual-order-bus"},
             {"Targets",
              {{{"Id", "log"},
                {"Arn", arn_prefix(w, "logs") + "log-group:/aws/events/big-orders"},
                {"InputTransformer", transformer}},
               {{"Id", "audit"},
                {"Arn", arn_prefix(w, "events") + "event-bus/audit"},
                {"RoleArn", "arn:aws:iam::" + w.account_id() + ":role/events-to-audit"}}}}});
    call_ok(w, "events", "PutRule",
            {{"Name", "audit-all"},
             {"EventBusName", "audit"},
             {"EventPattern", R"({"source":[{"prefix":""}]})"}});
    call_ok(w, "events", "PutTargets",
            {{"Rule", "audit-all"},
             {"EventBusName", "audit"},
             {"Targets",
              {{{"Id", "detail-only"},
                {"Arn", arn_prefix(w, "logs") + "log-group:/aws/events/audit:*"},
                {"InputPath", "$.detail"}}}}});
}

inline void add_default_bus_rules(World& w) {
    call_ok(w, "events", "PutRule",
            {{"Name", "every-5-minutes"}, {"ScheduleExpression", "rate(5 minutes)"}, {"State", "DISABLED"}});
    call_ok(w, "events", "PutTargets",
            {{"Rule", "every-5-minutes"},
             {"Targets",
              {{{"Id", "tick"},
                {"Arn", arn_prefix(w, "logs") + "log-group:/aws/events/audit"},
                {"Input", "{\"tick\":true}"}}}}});
    call_ok(w, "events", "PutRule",
            {{"Name", "invoke-function"}, {"EventPattern", R"({"source":["kick"]})"}});
    call_ok(
        w, "events", "PutTargets",
        {{"Rule", "invoke-function"},
         {"Targets", {{{"Id", "fn"}, {"Arn", arn_prefix(w, "lambda") + "function:manual-order-function"}}}}});
}

// orders_world has one bus, one log group and one rule with the given pattern sending orders there.
inline World orders_world(const std::string& pattern) {
    World w;
    call_ok(w, "events", "CreateEventBus", {{"Name", "orders"}});
    call_ok(w, "logs", "CreateLogGroup", {{"logGroupName", "/aws/events/orders"}});
    call_ok(w, "events", "PutRule", {{"Name", "big"}, {"EventBusName", "orders"}, {"EventPattern", pattern}});
    call_ok(
        w, "events", "PutTargets",
        {{"Rule", "big"},
         {"EventBusName", "orders"},
         {"Targets",
          {{{"Id", "logs"}, {"Arn", "arn:aws:logs:us-east-1:123456789012:log-group:/aws/events/orders"}}}}});
    return w;
}

// rich_world is the tutorial's world with the audit pipeline, order rules and default-bus rules.
inline World rich_world() {
    World w;
    auto error = install_tutorial_example(w);
    REQUIRE_FALSE(error.has_value());
    add_audit_pipeline(w);
    add_order_rules(w);
    add_default_bus_rules(w);
    return w;
}

}  // namespace evb::test
