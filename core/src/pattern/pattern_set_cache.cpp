// PatternSetCache (see evb/pattern/pattern_set_cache.hpp). Checking identity costs one comparison per rule,
// far less than matching each rule on its own.
#include "evb/pattern/pattern_set_cache.hpp"

namespace evb {

PatternSetCache& PatternSetCache::operator=(const PatternSetCache& other) {
    if (this != &other) set_ = PatternSet();
    return *this;
}

const PatternSet& PatternSetCache::set_for(const std::vector<const EventPattern*>& patterns) {
    bool same = set_.size() == patterns.size();
    for (std::size_t i = 0; same && i < patterns.size(); ++i)
        same = set_.holds(i, *patterns[i]);
    if (!same) {
        set_ = PatternSet();
        for (const EventPattern* pattern : patterns)
            set_.add(*pattern);
    }
    return set_;
}

}  // namespace evb
