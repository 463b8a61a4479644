// MatchRun (see match_run.hpp).
#include "match_run.hpp"

#include "evb/pattern/flatten.hpp"
#include "number.hpp"

#include <algorithm>
#include <span>

namespace evb::matcher {
namespace {

// The reference engine's bound on backtracking steps per branch (match.cpp).
constexpr std::size_t kMaxSearchSteps = 1'000'000;

template <typename T>
void fit(std::vector<T>& stamps, std::size_t size) {
    if (stamps.size() < size) stamps.resize(size, T{});
}

}  // namespace

void MatchRun::begin() {
    fit(tests_, automaton_.tests().size());
    fit(branch_stamp_, automaton_.branches().size());
    fit(branch_count_, automaton_.branches().size());
    fit(path_stamp_, automaton_.path_count());
    fit(pattern_stamp_, automaton_.pattern_count());
    if (++epoch_ == 0) {
        std::fill(tests_.begin(), tests_.end(), TestState{});
        std::fill(branch_stamp_.begin(), branch_stamp_.end(), 0U);
        std::fill(path_stamp_.begin(), path_stamp_.end(), 0U);
        std::fill(pattern_stamp_.begin(), pattern_stamp_.end(), 0U);
        epoch_ = 1;
    }
    touched_.clear();
    hits_.clear();
    fields_.clear();
    steps_.clear();
    found_.clear();
}

void MatchRun::match(std::string_view json, std::vector<std::size_t>& matched) {
    begin();
    if (automaton_.pattern_count() == 0) return;
    if (!reader_.read(json)) {
        begin();
        if (!read_carefully(json)) return;
    }
    finish(matched);
}

bool MatchRun::read_carefully(std::string_view json) {
    FlatEvent flat;
    if (!flatten_event(json, automaton_.careful_paths(), flat)) return false;
    std::vector<ArrayStep> steps;
    for (const FlatField& field : flat.fields) {
        steps.assign(flat.steps.begin() + field.steps_begin, flat.steps.begin() + field.steps_end);
        const std::string_view text = field.value.text;
        NumberShape number;
        const bool scanned = field.value.type == ValueType::kNumber && scan_whole_number(text, number);
        leaf(field.path, field.value.type, text.data(), text.size(), steps, scanned ? &number : nullptr);
    }
    return true;
}

void MatchRun::leaf(std::uint32_t path, ValueType type, const char* text_data, std::size_t size,
                    const std::vector<ArrayStep>& steps, const NumberShape* number) {
    const std::string_view text(text_data, size);
    path_stamp_[path] = epoch_;
    const ValueIndex& index = automaton_.values(path);
    if (number && index.rules_out_number(*number)) return;
    EventValue value;
    value.type = type;
    value.text = text;
    if (type == ValueType::kNumber && index.needs_number())
        value.number = number ? comparable_fast(text, *number) : comparable_fast(text);
    candidates_.clear();
    index.collect(value, candidates_);
    if (candidates_.empty()) return;
    // The value's array positions are kept only if a test it passed shares its branch with others.
    std::uint32_t field = kNoField;
    for (const std::uint32_t test : candidates_) {
        if (steps.empty() || automaton_.tests()[test].alone) {
            hit(test, kNoField);
            continue;
        }
        if (field == kNoField) field = add_field(steps);
        hit(test, field);
    }
}

std::uint32_t MatchRun::add_field(const std::vector<ArrayStep>& steps) {
    const auto field = static_cast<std::uint32_t>(fields_.size());
    const auto first = static_cast<std::uint32_t>(steps_.size());
    steps_.insert(steps_.end(), steps.begin(), steps.end());
    fields_.push_back(Field{first, static_cast<std::uint32_t>(steps_.size())});
    return field;
}

void MatchRun::hit(std::uint32_t test, std::uint32_t field) {
    const TestInfo& info = automaton_.tests()[test];
    if (info.alone) return found(info.pattern);
    TestState& state = tests_[test];
    if (state.stamp != epoch_) {
        state = TestState{epoch_, false, kNoField, kNoHit, kNoHit};
        const std::uint32_t branch = info.branch;
        if (branch_stamp_[branch] != epoch_) {
            branch_stamp_[branch] = epoch_;
            branch_count_[branch] = 0;
            touched_.push_back(branch);
        }
        ++branch_count_[branch];
    }
    if (field == kNoField) {
        state.free = true;
        return;
    }
    if (state.free || state.last_field == field) return;
    state.last_field = field;
    const auto at = static_cast<std::uint32_t>(hits_.size());
    hits_.push_back(Hit{field, kNoHit});
    if (state.last_hit == kNoHit) {
        state.first_hit = at;
    } else {
        hits_[state.last_hit].next = at;
    }
    state.last_hit = at;
}

void MatchRun::finish(std::vector<std::size_t>& matched) {
    const std::vector<TestInfo>& tests = automaton_.tests();
    for (const std::uint32_t test : automaton_.absent_tests())
        if (path_stamp_[tests[test].path] != epoch_) hit(test, kNoField);
    const std::vector<BranchInfo>& branches = automaton_.branches();
    for (const std::uint32_t branch : automaton_.empty_branches())
        found(branches[branch].pattern);
    for (const std::uint32_t branch : touched_) {
        const BranchInfo& info = branches[branch];
        if (branch_count_[branch] == info.test_count && pattern_stamp_[info.pattern] != epoch_ &&
            branch_holds(info)) {
            found(info.pattern);
        }
    }
    std::sort(found_.begin(), found_.end());
    matched.insert(matched.end(), found_.begin(), found_.end());
}

bool MatchRun::branch_holds(const BranchInfo& branch) {
    candidate_fields_.clear();
    pending_.clear();
    for (std::uint32_t test = branch.first_test; test < branch.first_test + branch.test_count; ++test) {
        const TestState& state = tests_[test];
        if (state.free) continue;
        const auto begin = static_cast<std::uint32_t>(candidate_fields_.size());
        for (std::uint32_t at = state.first_hit; at != kNoHit; at = hits_[at].next)
            candidate_fields_.push_back(hits_[at].field);
        pending_.push_back(Candidates{begin, static_cast<std::uint32_t>(candidate_fields_.size())});
    }
    if (pending_.empty()) return true;
    std::sort(pending_.begin(), pending_.end(),
              [](const Candidates& a, const Candidates& b) { return a.size() < b.size(); });
    chosen_.clear();
    search_steps_ = 0;
    return assign(0);
}

bool MatchRun::assign(std::size_t next) {
    if (next == pending_.size()) return true;
    const Candidates candidates = pending_[next];
    for (std::uint32_t i = candidates.begin; i < candidates.end; ++i) {
        const std::uint32_t field = candidate_fields_[i];
        if (++search_steps_ > kMaxSearchSteps) return false;
        const bool fits = std::all_of(chosen_.begin(), chosen_.end(),
                                      [&](std::uint32_t other) { return consistent(field, other); });
        if (!fits) continue;
        chosen_.push_back(field);
        if (assign(next + 1)) return true;
        chosen_.pop_back();
    }
    return false;
}

bool MatchRun::consistent(std::uint32_t a, std::uint32_t b) const {
    const std::span<const ArrayStep> steps(steps_);
    const Field& x = fields_[a];
    const Field& y = fields_[b];
    return steps_consistent(steps.subspan(x.steps_begin, x.steps_end - x.steps_begin),
                            steps.subspan(y.steps_begin, y.steps_end - y.steps_begin));
}

}  // namespace evb::matcher
