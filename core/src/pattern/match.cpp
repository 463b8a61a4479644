// Branch matching with array consistency (see match.hpp). Tests that hold for a field outside every array (or
// by absence) need no search; the rest are assigned by a bounded backtracking search, smallest first.
#include "evb/pattern/match.hpp"

#include <algorithm>

namespace evb {
namespace {

// Upper bound on backtracking steps per branch; only adversarial events with huge arrays can reach it.
constexpr std::size_t kMaxSearchSteps = 1'000'000;

struct Search {
    const FlatEvent& event;
    const std::vector<TestCandidates>& tests;
    std::vector<std::uint32_t> chosen;
    std::size_t steps = 0;

    bool consistent_with_chosen(std::uint32_t field) const {
        const FlatField& candidate = event.fields[field];
        return std::all_of(chosen.begin(), chosen.end(), [&](std::uint32_t other) {
            return steps_consistent(event, candidate, event.fields[other]);
        });
    }

    bool assign(std::size_t next) {
        if (next == tests.size()) return true;
        for (const std::uint32_t field : tests[next].fields) {
            if (++steps > kMaxSearchSteps) return false;
            if (!consistent_with_chosen(field)) continue;
            chosen.push_back(field);
            if (assign(next + 1)) return true;
            chosen.pop_back();
        }
        return false;
    }
};

}  // namespace

FieldsByPath group_by_path(const FlatEvent& event, std::size_t path_count) {
    FieldsByPath groups;
    groups.begin.assign(path_count + 1, 0);
    for (const auto& field : event.fields)
        ++groups.begin[field.path + 1];
    for (std::size_t i = 1; i <= path_count; ++i)
        groups.begin[i] += groups.begin[i - 1];
    groups.order.resize(event.fields.size());
    std::vector<std::uint32_t> fill(groups.begin.begin(), groups.begin.end() - 1);
    for (std::uint32_t i = 0; i < event.fields.size(); ++i)
        groups.order[fill[event.fields[i].path]++] = i;
    return groups;
}

TestCandidates find_candidates(const FieldTest& test, const FlatEvent& event, const FieldsByPath& groups) {
    TestCandidates found;
    const std::uint32_t first = groups.begin[test.path];
    const std::uint32_t last = groups.begin[test.path + 1];
    found.free = test.allows_absent && first == last;
    for (std::uint32_t i = first; i < last && !found.free; ++i) {
        const std::uint32_t field = groups.order[i];
        const FlatField& flat = event.fields[field];
        const bool accepted = std::any_of(test.matchers->begin(), test.matchers->end(),
                                          [&](const Matcher& m) { return matcher_accepts(m, flat.value); });
        if (!accepted) continue;
        if (flat.steps_begin == flat.steps_end) found.free = true;
        found.fields.push_back(field);
    }
    return found;
}

bool branch_matches(const CompiledBranch& branch, const FlatEvent& event, const FieldsByPath& groups) {
    std::vector<TestCandidates> pending;
    for (const auto& test : branch.tests) {
        TestCandidates found = find_candidates(test, event, groups);
        if (found.free) continue;
        if (found.fields.empty()) return false;
        pending.push_back(std::move(found));
    }
    std::sort(pending.begin(), pending.end(), [](const TestCandidates& a, const TestCandidates& b) {
        return a.fields.size() < b.fields.size();
    });
    Search search{event, pending, {}, 0};
    return search.assign(0);
}

bool pattern_matches(const CompiledPattern& pattern, const FlatEvent& event) {
    const FieldsByPath groups = group_by_path(event, pattern.paths.size());
    return std::any_of(pattern.branches.begin(), pattern.branches.end(),
                       [&](const CompiledBranch& branch) { return branch_matches(branch, event, groups); });
}

}  // namespace evb
