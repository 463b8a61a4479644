// StringTable: a compact open-addressing hash set of byte strings, each given a dense id (0, 1, 2, ...) in
// the order added. The fast matcher keys field names and exact values with it; looking a string up costs one
// hash and, usually, one comparison, however many strings the table holds. Depends only on the standard
// library.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace evb::matcher {

// hash_bytes hashes a byte string 8 bytes at a time; the same text gives the same hash on every platform.
std::uint64_t hash_bytes(std::string_view text);

class StringTable {
  public:
    static constexpr std::int32_t kMissing = -1;

    // find returns the id of a string, or kMissing.
    std::int32_t find(std::string_view text) const { return find(text, hash_bytes(text)); }

    // find returns the id of a string whose hash_bytes is already known, or kMissing.
    std::int32_t find(std::string_view text, std::uint64_t hash) const;

    // add returns the id of a string, adding it first when it is new.
    std::uint32_t add(std::string_view text);

    // size returns the number of strings held.
    std::size_t size() const { return offsets_.size(); }

    // text returns the string with an id.
    std::string_view text(std::uint32_t id) const;

  private:
    struct Slot {
        std::uint32_t hash_tag = 0;  // high half of the hash; 0 marks an empty slot
        std::uint32_t id = 0;
    };

    void grow();
    void place(std::uint32_t id, std::uint64_t hash);

    std::string bytes_;                   // every string, back to back
    std::vector<std::uint32_t> offsets_;  // id -> start in bytes_; its end is the next start (or bytes_ end)
    std::vector<std::uint64_t> hashes_;   // id -> hash
    std::vector<Slot> slots_;             // power-of-two sized, at most half full
};

// KeyedTests: a string table whose entries each list numbers (tests, or an index's own slots).
struct KeyedTests {
    StringTable keys;
    std::vector<std::vector<std::uint32_t>> tests;

    void add(std::string_view key, std::uint32_t test);

    // collect appends the list under a key, if any (inline: it is on every value's path).
    void collect(std::string_view key, std::vector<std::uint32_t>& out) const {
        if (tests.empty()) return;
        const std::int32_t id = keys.find(key);
        if (id == StringTable::kMissing) return;
        const std::vector<std::uint32_t>& found = tests[static_cast<std::size_t>(id)];
        out.insert(out.end(), found.begin(), found.end());
    }
};

}  // namespace evb::matcher
