// PatternSet (see evb/pattern/pattern_set.hpp): the patterns' compiled forms feed one matcher::Automaton;
// events are matched by a matcher::MatchRun over it. Indexes that are cheaper to build in one go (numeric
// ranges) are finished before the first match after an add.
#include "evb/pattern/pattern_set.hpp"

#include "evb/pattern/event_text.hpp"
#include "matcher/automaton.hpp"
#include "matcher/match_run.hpp"

namespace evb {

struct PatternSet::Compiled {
    matcher::Automaton automaton;
    matcher::MatchRun run{automaton};
    bool prepared = true;
};

PatternSet::PatternSet() : compiled_(std::make_unique<Compiled>()) {}

PatternSet::~PatternSet() = default;

PatternSet::PatternSet(const PatternSet& other) : PatternSet() {
    for (const EventPattern& pattern : other.patterns_)
        add(pattern);
}

PatternSet& PatternSet::operator=(const PatternSet& other) {
    if (this != &other) *this = PatternSet(other);
    return *this;
}

PatternSet::PatternSet(PatternSet&& other) noexcept = default;

PatternSet& PatternSet::operator=(PatternSet&& other) noexcept = default;

std::size_t PatternSet::add(const EventPattern& pattern) {
    if (!compiled_) compiled_ = std::make_unique<Compiled>();
    patterns_.push_back(pattern);
    compiled_->automaton.add(pattern.compiled_ ? *pattern.compiled_ : CompiledPattern{});
    compiled_->prepared = false;
    return patterns_.size() - 1;
}

void PatternSet::match(const Json& event, std::vector<std::size_t>& matched) const {
    if (patterns_.empty()) return;
    if (const auto text = event_text(event)) match_text(*text, matched);
}

bool PatternSet::holds(std::size_t index, const EventPattern& pattern) const {
    return index < patterns_.size() && patterns_[index].compiled_ == pattern.compiled_;
}

void PatternSet::match_text(std::string_view event_json, std::vector<std::size_t>& matched) const {
    if (!compiled_ || patterns_.empty()) return;
    if (!compiled_->prepared) {
        compiled_->automaton.prepare();
        compiled_->prepared = true;
    }
    compiled_->run.match(event_json, matched);
}

}  // namespace evb
