// PatternSet: the baseline matches each pattern in turn; the matcher-speed work replaces it with one
// automaton over all patterns.
#include "evb/pattern_set.hpp"

namespace evb {

std::size_t PatternSet::add(const EventPattern& pattern) {
    patterns_.push_back(pattern);
    return patterns_.size() - 1;
}

void PatternSet::match_text(std::string_view event_json, std::vector<std::size_t>& matched) const {
    for (std::size_t i = 0; i < patterns_.size(); ++i) {
        if (patterns_[i].matches_text(event_json)) matched.push_back(i);
    }
}

}  // namespace evb
