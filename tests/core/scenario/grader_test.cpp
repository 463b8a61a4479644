#include "evb/scenario/grader.hpp"
#include "evb/scenario/log_where.hpp"
#include "evb/scenario/scenario_samples.hpp"

#include "scenario_fixtures.hpp"

using evb::Json;
using evb::test::call_ok;

namespace {

evb::CheckResult check(const evb::World& world, const std::string& json) {
    const evb::CheckResult r = evb::run_check(world, Json::parse(json));
    INFO(r.message);
    return r;
}

// fired is the rich world after two orders (price 50 and 150) went onto manual-order-bus.
evb::World fired() {
    evb::World w = evb::test::rich_world();
    for (int price : {50, 150}) {
        const Json entry = {{"Source", "Order Service"},
                            {"DetailType", "New Order"},
                            {"Detail", Json{{"orderNumber", "9"}, {"price", price}}.dump()},
                            {"EventBusName", "manual-order-bus"}};
        call_ok(w, "events", "PutEvents", {{"Entries", Json::array({entry})}});
    }
    return w;
}

}  // namespace

TEST_CASE("scenario: rule-matches passes when the rule matches and rejects the listed events") {
    const evb::World w = evb::test::rich_world();
    const auto r = check(w, R"({"type":"rule-matches","bus":"manual-order-bus","rule":"big-orders",
        "matches":[{"source":"x","detail":{"price":101}}, {"Source":"y","DetailType":"d","Detail":"{\"price\":500}"}],
        "does_not_match":[{"detail":{"price":100}}]})");
    CHECK(r.passed);
    CHECK(r.message == "Rule big-orders matches all 2 events it should and none of the 1 it should not.");
    CHECK(r.title == "Rule big-orders on bus manual-order-bus matches the right events");
}

TEST_CASE("scenario: rule-matches explains the first event the rule gets wrong") {
    const evb::World w = evb::test::rich_world();
    const auto miss = check(
        w,
        R"({"type":"rule-matches","bus":"manual-order-bus","rule":"big-orders","matches":[{"name":"cheap","detail":{"price":99}}]})");
    CHECK_FALSE(miss.passed);
    CHECK(miss.message.rfind("Rule big-orders should match \"cheap\" but does not: detail.price", 0) == 0);
    const auto extra = check(
        w,
        R"({"type":"rule-matches","bus":"manual-order-bus","rule":"big-orders","does_not_match":[{"source":"shop","detail-type":"Order","detail":{"price":999}}]})");
    CHECK(extra.message == "Rule big-orders should not match event 1 (shop / Order) but it does.");
}

TEST_CASE("scenario: rule-matches says when the rule or bus is missing, disabled or scheduled") {
    const evb::World w = evb::test::rich_world();
    CHECK(check(w, R"({"type":"rule-matches","bus":"nope","rule":"r"})").message ==
          "There is no event bus \"nope\" yet.");
    CHECK(check(w, R"({"type":"rule-matches","rule":"r"})").message ==
          "There is no rule \"r\" on event bus \"default\" yet.");
    CHECK(check(w, R"({"type":"rule-matches","rule":"every-5-minutes"})").message ==
          "Rule every-5-minutes is DISABLED, so it matches nothing: enable it.");
}

TEST_CASE("scenario: log-contains counts events passing a where clause") {
    const evb::World w = fired();
    CHECK(
        check(w,
              R"({"type":"log-contains","group":"/aws/events/manual-order-cw","where":"detail.price > 100"})")
            .passed);
    CHECK(
        check(
            w,
            R"({"type":"log-contains","group":"/aws/events/manual-order-cw","where":"detail.price > 100","min":2})")
            .message ==
        "Log group /aws/events/manual-order-cw holds 2 event(s), but only 1 where detail.price > 100 (2 "
        "needed).");
    CHECK(check(w, R"({"type":"log-contains","group":"/aws/events/big-orders","contains":"\"price\": 150"})")
              .passed);
    CHECK(check(w, R"({"type":"log-contains","group":"/aws/events/audit","filter":"{ $.price = 150 }"})")
              .passed);
    CHECK(check(w, R"({"type":"log-contains","group":"/aws/events/ghost"})").message ==
          "Log group /aws/events/ghost does not exist yet.");
    const evb::World fresh = evb::test::rich_world();
    CHECK(check(fresh, R"({"type":"log-contains","group":"/aws/events/audit"})").message ==
          "Log group /aws/events/audit is empty: fire an event that your rule sends there.");
    CHECK(check(w, R"({"type":"log-contains","group":"/aws/events/audit","where":"price >"})")
              .message.rfind("This check is broken", 0) == 0);
}

TEST_CASE("scenario: where clauses become CloudWatch Logs JSON filter patterns") {
    CHECK(evb::where_to_filter_pattern("detail.price > 100") == "{ $.detail.price > 100 }");
    CHECK(evb::where_to_filter_pattern("(source = \"a && b\" || detail.x IS TRUE) && $.y != 1") ==
          "{ ($.source = \"a && b\" || $.detail.x IS TRUE) && $.y != 1 }");
    CHECK(evb::where_to_filter_pattern("{ $.a = 1 }") == "{ $.a = 1 }");
}

TEST_CASE("scenario: resource-exists checks each kind, and absence on request") {
    const evb::World w = evb::test::rich_world();
    CHECK(check(w, R"({"type":"resource-exists","resource":"event-bus","name":"audit"})").passed);
    CHECK(
        check(w, R"({"type":"resource-exists","resource":"rule","bus":"audit","name":"audit-all"})").passed);
    CHECK(check(w, R"({"type":"resource-exists","resource":"log-group","name":"/aws/events/audit"})").passed);
    CHECK(check(w, R"({"type":"resource-exists","resource":"function","name":"manual-order-function"})")
              .passed);
    CHECK(check(w, R"({"type":"resource-exists","resource":"role","name":"events-to-audit"})").passed);
    CHECK(check(w, R"({"type":"resource-exists","resource":"role","name":"ghost","exists":false})").passed);
    CHECK(check(w, R"({"type":"resource-exists","resource":"rule","name":"audit-all"})").message ==
          "The rule audit-all on bus default does not exist.");
    CHECK(check(w, R"({"type":"resource-exists","resource":"queue","name":"q"})")
              .message.rfind("Unknown resource kind", 0) == 0);
}

TEST_CASE("scenario: target finds the rule's target and judges its input style and role") {
    const evb::World w = evb::test::rich_world();
    CHECK(
        check(
            w,
            R"({"type":"target","bus":"manual-order-bus","rule":"big-orders","log_group":"/aws/events/big-orders","input":"transformer"})")
            .passed);
    CHECK(
        check(
            w,
            R"({"type":"target","bus":"manual-order-bus","rule":"big-orders","event_bus":"audit","role":true})")
            .passed);
    CHECK(
        check(
            w,
            R"({"type":"target","bus":"audit","rule":"audit-all","log_group":"/aws/events/audit","input":"path"})")
            .passed);
    CHECK(
        check(w, R"({"type":"target","rule":"invoke-function","function":"manual-order-function"})").passed);
    CHECK(
        check(
            w,
            R"({"type":"target","bus":"manual-order-bus","rule":"big-orders","log_group":"/aws/events/big-orders","input":"none"})")
            .message ==
        "Rule big-orders sends to log group /aws/events/big-orders with an input transformer "
        "(InputTransformer); it should send the whole event unchanged.");
    CHECK(check(w, R"({"type":"target","bus":"audit","rule":"audit-all","function":"f"})").message ==
          "Rule audit-all does not send to function f: its targets are detail-only -> "
          "arn:aws:logs:us-east-1:123456789012:log-group:/aws/events/audit:*.");
}

TEST_CASE("scenario: delivers fires on a copy and looks at what reaches the log group") {
    const evb::World w = evb::test::rich_world();
    const std::string before = w.save();
    CHECK(
        check(
            w,
            R"({"type":"delivers","event":{"Source":"s","DetailType":"d","Detail":{"price":150,"orderNumber":"5"},"EventBusName":"manual-order-bus"},
                       "log_group":"/aws/events/big-orders","message_equals":{"price":150,"order":"5"}})")
            .passed);
    CHECK(
        check(
            w,
            R"({"type":"delivers","bus":"manual-order-bus","event":{"source":"s","detail-type":"d","detail":{"price":150,"orderNumber":"5"}},
                       "log_group":"/aws/events/audit","message_contains":"orderNumber"})")
            .passed);
    const auto small = check(
        w,
        R"({"type":"delivers","bus":"manual-order-bus","event":{"source":"s","detail-type":"d","detail":{"price":10}},"log_group":"/aws/events/big-orders"})");
    CHECK(small.message ==
          "An event put on bus manual-order-bus does not reach log group /aws/events/big-orders: it matched "
          "manual-order-bus/manual-order-rule.");
    CHECK(
        check(
            w,
            R"({"type":"delivers","bus":"manual-order-bus","event":{"source":"s","detail-type":"d","detail":{"price":10}},"log_group":"/aws/events/big-orders","delivered":false})")
            .passed);
    CHECK(w.save() == before);
}

TEST_CASE("scenario: grading reports every check in order and completes when all pass") {
    evb::Scenario s;
    s.checks = Json::parse(R"([{"type":"resource-exists","resource":"event-bus","name":"audit","id":"a"},
                               {"type":"resource-exists","resource":"event-bus","name":"ghost","title":"A ghost bus"}])");
    const evb::GradeReport report = evb::grade(evb::test::rich_world(), s);
    CHECK(report.passed == 1);
    CHECK_FALSE(report.complete());
    const Json j = evb::grade_report_json(report);
    CHECK(j["total"] == 2);
    CHECK(j["checks"][0]["id"] == "a");
    CHECK(j["checks"][1]["title"] == "A ghost bus");
    CHECK(j["checks"][1]["passed"] == false);
}

TEST_CASE(
    "scenario: a sample reports matched rules and receiving log groups, and compares them with its promise") {
    evb::World w = evb::test::rich_world();
    const Json sample = Json::parse(
        R"({"name":"big","event":{"Source":"Order Service","DetailType":"New Order","Detail":{"price":150},"EventBusName":"manual-order-bus"},
        "expect":{"rules":["manual-order-bus/big-orders","manual-order-bus/manual-order-rule","audit/audit-all"],
                  "log_groups":["/aws/events/big-orders","/aws/events/manual-order-cw","/aws/events/audit"]}})");
    const evb::SampleOutcome out = evb::fire_sample(w, sample);
    CHECK(evb::sample_mismatches(out, sample).empty());
    Json wrong = sample;
    wrong["expect"]["rules"] = Json::array({"manual-order-bus/big-orders", "default/ghost"});
    CHECK(evb::sample_mismatches(evb::fire_sample(w, wrong), wrong) ==
          std::vector<std::string>{
              "expected rule default/ghost to match, but it did not",
              "did not expect rule audit/audit-all to match, but it did",
              "did not expect rule manual-order-bus/manual-order-rule to match, but it did"});
    const Json json = evb::sample_outcome_json(out);
    CHECK(json["logDeliveries"]["/aws/events/big-orders"] == 1);
}

TEST_CASE("scenario: a clock sample fires the scheduled rules that come due") {
    evb::World w = evb::test::rich_world();
    call_ok(w, "events", "EnableRule", {{"Name", "every-5-minutes"}});
    const evb::SampleOutcome out = evb::fire_sample(w, Json{{"advance_ms", 10 * 60 * 1000}});
    CHECK(out.matched_rules == std::vector<std::string>{"default/every-5-minutes"});
    CHECK(out.log_deliveries.at("/aws/events/audit") >= 1);
}

TEST_CASE("scenario: a refused event is reported with PutEvents' own code and message") {
    const evb::World w = evb::test::rich_world();
    CHECK(
        check(w, R"({"type":"delivers","event":{"source":"s","detail":{}},"log_group":"/aws/events/audit"})")
            .message ==
        "The event was refused: InvalidArgument: Parameter DetailType is not valid. Reason: DetailType is a "
        "required argument.");
}
