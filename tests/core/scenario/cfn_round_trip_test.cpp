#include "evb/scenario/cfn_export.hpp"
#include "evb/scenario/cfn_import.hpp"
#include "evb/scenario/cfn_template.hpp"
#include "evb/scenario/scenario_samples.hpp"

#include "scenario_fixtures.hpp"
#include "world_compare.hpp"

using evb::Json;

namespace {

// imported builds a fresh world from a template's text, requiring success.
evb::World imported(const std::string& text, evb::WorldConfig config = {}) {
    evb::World world(config);
    evb::CfnImport result = evb::import_cloudformation(world, text);
    INFO(text);
    if (result.error) INFO(evb::describe_issue(*result.error));
    REQUIRE(result.ok());
    return world;
}

Json order(const std::string& bus, int price) {
    return Json{{"event",
                 {{"Source", "Order Service"},
                  {"DetailType", "New Order"},
                  {"Detail", {{"orderNumber", "7"}, {"price", price}}},
                  {"EventBusName", bus}}}};
}

}  // namespace

TEST_CASE(
    "scenario: a world exported as a JSON template and imported into a fresh world has the same resources") {
    evb::World a = evb::test::rich_world();
    evb::World b = imported(evb::export_cloudformation_json(a.account()));
    evb::test::require_same_resources(a, b);
}

TEST_CASE(
    "scenario: a world exported as a YAML template and imported into a fresh world has the same resources") {
    evb::World a = evb::test::rich_world();
    evb::World b = imported(evb::export_cloudformation_yaml(a.account()));
    evb::test::require_same_resources(a, b);
}

TEST_CASE("scenario: exporting the imported world gives the same template bytes") {
    evb::World a = evb::test::rich_world();
    const std::string yaml = evb::export_cloudformation_yaml(a.account());
    evb::World b = imported(yaml);
    CHECK(evb::export_cloudformation_yaml(b.account()) == yaml);
    CHECK(evb::export_cloudformation_json(b.account()) == evb::export_cloudformation_json(a.account()));
}

TEST_CASE("scenario: the round-tripped world routes events as the original does") {
    evb::World a = evb::test::rich_world();
    evb::World b = imported(evb::export_cloudformation_yaml(a.account()));
    for (int price : {50, 150}) {
        CAPTURE(price);
        const auto fa = evb::fire_sample(a, order("manual-order-bus", price));
        const auto fb = evb::fire_sample(b, order("manual-order-bus", price));
        CHECK(fa.matched_rules == fb.matched_rules);
        CHECK(fa.log_deliveries == fb.log_deliveries);
    }
    const auto kicked =
        evb::fire_sample(b, Json{{"event", {{"Source", "kick"}, {"DetailType", "go"}, {"Detail", "{}"}}}});
    CHECK(kicked.matched_rules ==
          std::vector<std::string>{"default/invoke-function", "manual-order-bus/manual-order-rule"});
    CHECK(kicked.log_deliveries.count("/aws/lambda/manual-order-function") == 1);
    CHECK(kicked.log_deliveries.count("/aws/events/manual-order-cw") == 1);
}

TEST_CASE("scenario: a template exported from one account imports into another with that account's ARNs") {
    evb::World a = evb::test::rich_world();
    evb::World b = imported(evb::export_cloudformation_json(a.account()),
                            evb::WorldConfig{.region = "eu-west-1", .account_id = "111122223333"});
    const evb::Rule& rule = b.account().events.buses.at("manual-order-bus").rules.at("big-orders");
    CHECK(rule.targets.at(0).arn == "arn:aws:logs:eu-west-1:111122223333:log-group:/aws/events/big-orders");
    CHECK(rule.targets.at(1).role_arn == "arn:aws:iam::111122223333:role/events-to-audit");
    CHECK(*rule.event_pattern ==
          R"({"account":["111122223333"],"detail":{"price":[{"numeric":[">",100]}]}})");
    CHECK(b.account().lambda.functions.at("manual-order-function").role ==
          "arn:aws:iam::111122223333:role/service-role/myManualOrder-role-hcqiducd");
}

TEST_CASE("scenario: an empty world exports a valid template that imports to nothing") {
    evb::World a;
    const Json t = evb::export_cloudformation(a.account());
    CHECK(t["Resources"].size() == 1);
    CHECK(t["Resources"]["EmptyWorldPlaceholder"]["Type"] == "AWS::CloudFormation::WaitConditionHandle");
    evb::World b = imported(evb::write_cfn_json(t));
    evb::test::require_same_resources(a, b);
}
