// FieldTree: the field paths some pattern uses, arranged for reading an event: from an object's position
// (the root, or a dotted path that some pattern path extends) a field name leads either nowhere (the reader
// skips the value) or to the position of the longer path. Dotted names work either way round, as in the
// reference flattener: {"a.b": 1} and {"a": {"b": 1}} both reach "a.b". Depends on StringTable and swar.hpp
// only.
#pragma once

#include "string_table.hpp"
#include "swar.hpp"

#include <cstdint>
#include <string_view>
#include <vector>

namespace evb::matcher {

class FieldTree {
  public:
    static constexpr std::int32_t kNone = -1;
    static constexpr std::int32_t kRoot = 0;

    // A position: the pattern path id ending here (or kNone), and the names leading on (or kNone).
    struct Node {
        std::int32_t path = kNone;
        std::int32_t names = kNone;
    };

    FieldTree();

    // add_path registers a dotted pattern path under an id.
    void add_path(std::string_view path, std::uint32_t id);

    // node returns a position.
    const Node& node(std::int32_t id) const { return nodes_[static_cast<std::size_t>(id)]; }

    // child returns the position a field name leads to from a position, or kNone. Names of a length no
    // onward name has are turned away before hashing; a position with only a few onward names (most have)
    // compares them directly instead.
    std::int32_t child(const Node& from, std::string_view name) const {
        if (from.names == kNone) return kNone;
        const Names& names = names_[static_cast<std::size_t>(from.names)];
        if ((names.lengths & length_bit(name.size())) == 0) return kNone;
        if (names.few_count > 0) return few_child(names, name);
        const std::int32_t found = names.table.find(name);
        return found == StringTable::kMissing ? kNone : names.nodes[static_cast<std::size_t>(found)];
    }

  private:
    static constexpr int kFewNames = 4;

    // A name's length and its first and last 8 bytes (overlapping; all of a name under 9 bytes in `first`):
    // names of up to 16 bytes are equal exactly when their keys are.
    struct NameKey {
        std::uint64_t first = 0;
        std::uint64_t last = 0;
        std::size_t length = 0;
        friend bool operator==(const NameKey&, const NameKey&) = default;
    };
    struct FewName {
        NameKey key;
        std::uint32_t id = 0;  // in the table, for names over 16 bytes
        std::int32_t node = kNone;
    };
    struct Names {
        StringTable table;
        std::vector<std::int32_t> nodes;  // name id -> node
        std::uint64_t lengths = 0;        // bit n: some name has n bytes (bit 63: 63 or more)
        FewName few[kFewNames];           // every name, when there are at most kFewNames
        int few_count = 0;
    };

    static NameKey key_of(std::string_view name) {
        const char* p = name.data();
        const std::size_t n = name.size();
        if (n == 0) return NameKey{};
        if (n <= 8) return NameKey{load_short(p, n), 0, n};
        return NameKey{load_word(p), load_word(p + n - 8), n};
    }

    static std::int32_t few_child(const Names& names, std::string_view name) {
        const NameKey key = key_of(name);
        for (int i = 0; i < names.few_count; ++i) {
            const FewName& few = names.few[i];
            if (few.key == key && (name.size() <= 16 || names.table.text(few.id) == name)) return few.node;
        }
        return kNone;
    }

    static constexpr std::uint64_t length_bit(std::size_t length) {
        return 1ULL << (length < 63 ? length : 63);
    }

    std::int32_t entry(std::string_view dotted);
    void link(std::int32_t from, std::string_view name, std::int32_t to);

    std::vector<Node> nodes_;   // node 0 is the root
    std::vector<Names> names_;  // a node's onward names
    StringTable entries_;       // dotted path -> entry id; node = entry id + 1
};

}  // namespace evb::matcher
