// PatternSetCache: a PatternSet kept beside the rules it was built from, so routing compiles a bus's rules
// into one set once and reuses it until they change. The cache holds no state of its own that matters: a
// copy starts empty and rebuilds on first use, so copying a bus (snapshots, undo) stays cheap and correct.
// Depends only on evb/pattern/pattern_set.hpp.
#pragma once

#include "evb/pattern/pattern_set.hpp"

#include <vector>

namespace evb {

class PatternSetCache {
  public:
    PatternSetCache() = default;
    PatternSetCache(const PatternSetCache&) {}
    PatternSetCache& operator=(const PatternSetCache&);
    PatternSetCache(PatternSetCache&&) noexcept = default;
    PatternSetCache& operator=(PatternSetCache&&) noexcept = default;
    ~PatternSetCache() = default;

    // set_for returns a set holding exactly `patterns`, in order; it is rebuilt only when they are not the
    // very patterns (by identity: a re-put rule is a new pattern) of the last call.
    const PatternSet& set_for(const std::vector<const EventPattern*>& patterns);

  private:
    PatternSet set_;
};

}  // namespace evb
