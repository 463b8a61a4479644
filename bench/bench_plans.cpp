#include "bench_plans.hpp"

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

namespace evb::bench {
namespace {

std::optional<double> peer_figure(const nlohmann::json& peers, const char* key) {
    if (!peers.contains(key) || !peers[key].is_number()) return std::nullopt;
    return peers[key].get<double>();
}

RuleSetPlan read_plan(const nlohmann::json& set) {
    RuleSetPlan plan;
    plan.name = set.value("name", "");
    plan.data_file = set.value("data", "");
    for (const auto& rule : set["rules"])
        plan.rules.push_back(rule.get<std::string>());
    const auto& expected = set["expected_matches"];
    if (expected.contains("per_rule"))
        plan.expected_per_rule = expected["per_rule"].get<std::vector<std::uint64_t>>();
    plan.expected_total = expected.value("total", std::uint64_t{0});
    const auto& peers = set["peers_events_per_s_here"];
    plan.quamina_events_per_s = peer_figure(peers, "quamina_events_per_s");
    plan.ruler_events_per_s = peer_figure(peers, "event_ruler_events_per_s");
    return plan;
}

}  // namespace

std::optional<std::vector<RuleSetPlan>> load_plans(const std::string& path, std::string& error) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    auto doc = nlohmann::json::parse(text.str(), nullptr, false);
    if (!in || doc.is_discarded() || !doc.contains("sets")) {
        error = "cannot read rule sets from " + path;
        return std::nullopt;
    }
    std::vector<RuleSetPlan> plans;
    for (const auto& set : doc["sets"])
        plans.push_back(read_plan(set));
    return plans;
}

}  // namespace evb::bench
