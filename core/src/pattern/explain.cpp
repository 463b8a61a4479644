// explain_flat (see explain.hpp). For a match it reports the first branch that holds; otherwise the branch
// whose field tests came closest (most tests satisfied on their own), and the first of its tests that failed.
#include "evb/pattern/explain.hpp"

#include "evb/pattern/json_quote.hpp"

#include <algorithm>

namespace evb {
namespace {

std::string value_json(const EventValue& value) {
    return value.type == ValueType::kString ? quote_json(value.text) : std::string(value.text);
}

std::string actual_values(const FieldTest& test, const FlatEvent& event, const FieldsByPath& groups) {
    const std::uint32_t first = groups.begin[test.path];
    const std::uint32_t last = groups.begin[test.path + 1];
    if (first == last) return "(missing)";
    if (last - first == 1) return value_json(event.fields[groups.order[first]].value);
    std::string out = "[";
    for (std::uint32_t i = first; i < last; ++i) {
        out += (i == first ? "" : ", ") + value_json(event.fields[groups.order[i]].value);
    }
    return out + "]";
}

std::string operator_text(const FieldTest& test) {
    std::string out;
    for (const auto& m : *test.matchers)
        out += (out.empty() ? "" : " or ") + m.display;
    return out;
}

std::vector<MatchStep> branch_steps(const CompiledPattern& pattern, const CompiledBranch& branch,
                                    const FlatEvent& event, const FieldsByPath& groups) {
    std::vector<MatchStep> steps;
    for (const auto& test : branch.tests) {
        const TestCandidates found = find_candidates(test, event, groups);
        steps.push_back(MatchStep{pattern.paths[test.path], operator_text(test),
                                  actual_values(test, event, groups), found.free || !found.fields.empty()});
    }
    return steps;
}

std::size_t satisfied(const std::vector<MatchStep>& steps) {
    return static_cast<std::size_t>(
        std::count_if(steps.begin(), steps.end(), [](const MatchStep& s) { return s.matched; }));
}

std::string failure_reason(const std::vector<MatchStep>& steps) {
    for (const auto& step : steps) {
        if (step.matched) continue;
        if (step.actual == "(missing)") return step.path + ": missing, the pattern wants " + step.op;
        return step.path + ": " + step.op + " did not match " + step.actual;
    }
    std::string paths;
    for (const auto& step : steps)
        paths += (paths.empty() ? "" : ", ") + step.path;
    return "each field matched on its own, but only in different elements of the same array (" + paths + ")";
}

}  // namespace

Explanation explain_flat(const CompiledPattern& pattern, const FlatEvent& event) {
    const FieldsByPath groups = group_by_path(event, pattern.paths.size());
    Explanation best;
    std::size_t best_score = 0;
    for (std::size_t i = 0; i < pattern.branches.size(); ++i) {
        const CompiledBranch& branch = pattern.branches[i];
        std::vector<MatchStep> steps = branch_steps(pattern, branch, event, groups);
        if (branch_matches(branch, event, groups)) return Explanation{true, std::move(steps), ""};
        const std::size_t score = satisfied(steps);
        if (i == 0 || score > best_score) {
            best_score = score;
            best = Explanation{false, std::move(steps), ""};
        }
    }
    best.reason = failure_reason(best.steps);
    return best;
}

Explanation explain_unreadable(const std::string& error) {
    return Explanation{false, {}, "the event is not a valid JSON object: " + error};
}

}  // namespace evb
