// Automaton (see automaton.hpp).
#include "automaton.hpp"

namespace evb::matcher {

std::uint32_t Automaton::path_id(const std::string& dotted) {
    const std::uint32_t id = path_ids_.add(dotted);
    if (id == values_.size()) {
        values_.emplace_back();
        fields_.add_path(dotted, id);
        careful_paths_.add(dotted, id);
    }
    return id;
}

void Automaton::add(const CompiledPattern& pattern) {
    const std::uint32_t number = pattern_count_++;
    for (const CompiledBranch& branch : pattern.branches) {
        const auto branch_id = static_cast<std::uint32_t>(branches_.size());
        const auto first_test = static_cast<std::uint32_t>(tests_.size());
        branches_.push_back(BranchInfo{number, first_test, static_cast<std::uint32_t>(branch.tests.size())});
        if (branch.tests.empty()) empty_branches_.push_back(branch_id);
        for (const FieldTest& field : branch.tests) {
            const auto test = static_cast<std::uint32_t>(tests_.size());
            const std::uint32_t path = path_id(pattern.paths[field.path]);
            tests_.push_back(
                TestInfo{branch_id, number, path, field.allows_absent, branch.tests.size() == 1});
            if (field.allows_absent) absent_tests_.push_back(test);
            for (const Matcher& m : *field.matchers)
                values_[path].add(m, test);
        }
    }
}

void Automaton::prepare() {
    for (ValueIndex& index : values_)
        index.prepare();
}

}  // namespace evb::matcher
