// Internal to the event-pattern engine (evb/pattern/event_pattern.hpp is the public API). PathIndex: the
// dotted field paths a compiled pattern tests, and every dotted prefix of them, so flattening can skip event
// subtrees no pattern field can reach. Depends only on the standard library.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace evb {

// What the index knows about one dotted path: the pattern path id (or -1) and whether longer paths extend it.
struct PathEntry {
    std::int32_t id = -1;
    bool is_prefix = false;
};

class PathIndex {
  public:
    // add registers a pattern path under an id, and its dotted prefixes.
    void add(std::string_view path, std::uint32_t id);

    // find returns what is known about a path, or nullptr when no pattern path starts with it.
    const PathEntry* find(std::string_view path) const;

  private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };

    std::unordered_map<std::string, PathEntry, Hash, std::equal_to<>> entries_;
};

}  // namespace evb
