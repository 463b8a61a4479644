// StringTable (see string_table.hpp): linear probing over slots that carry 32 bits of the hash, so a probe
// compares bytes only when the tags agree.
#include "string_table.hpp"

#include "swar.hpp"

namespace evb::matcher {
namespace {

constexpr std::uint64_t kMix = 0xD6E8FEB86659FD93ULL;

constexpr std::uint64_t mix(std::uint64_t x) {
    x = (x ^ (x >> 32)) * kMix;
    return x ^ (x >> 29);
}

std::uint32_t tag_of(std::uint64_t hash) {
    return static_cast<std::uint32_t>(hash >> 32) | 1U;
}

}  // namespace

std::uint64_t hash_bytes(std::string_view text) {
    const char* p = text.data();
    const std::size_t n = text.size();
    std::uint64_t h = 0x9E3779B97F4A7C15ULL ^ (n * 0xC2B2AE3D27D4EB4FULL);
    if (n == 0) return mix(h);
    if (n < 8) return mix(h ^ load_short(p, n));
    // Whole words, then the last 8 bytes (overlapping the last whole word when n is not a multiple of 8).
    std::size_t i = 0;
    for (; i + 8 < n; i += 8)
        h = mix(h ^ load_word(p + i));
    return mix(h ^ load_word(p + n - 8) ^ 0xA0761D6478BD642FULL);
}

std::string_view StringTable::text(std::uint32_t id) const {
    const std::size_t begin = offsets_[id];
    const std::size_t end = id + 1 < offsets_.size() ? offsets_[id + 1] : bytes_.size();
    return std::string_view(bytes_).substr(begin, end - begin);
}

std::int32_t StringTable::find(std::string_view text, std::uint64_t hash) const {
    if (slots_.empty()) return kMissing;
    const std::size_t mask = slots_.size() - 1;
    const std::uint32_t tag = tag_of(hash);
    for (std::size_t i = static_cast<std::size_t>(hash) & mask;; i = (i + 1) & mask) {
        const Slot& slot = slots_[i];
        if (slot.hash_tag == 0) return kMissing;
        if (slot.hash_tag == tag && this->text(slot.id) == text) return static_cast<std::int32_t>(slot.id);
    }
}

std::uint32_t StringTable::add(std::string_view text) {
    const std::uint64_t hash = hash_bytes(text);
    const std::int32_t found = find(text, hash);
    if (found != kMissing) return static_cast<std::uint32_t>(found);
    const auto id = static_cast<std::uint32_t>(offsets_.size());
    offsets_.push_back(static_cast<std::uint32_t>(bytes_.size()));
    bytes_.append(text);
    hashes_.push_back(hash);
    if (2 * offsets_.size() > slots_.size()) {
        grow();
    } else {
        place(id, hash);
    }
    return id;
}

void StringTable::place(std::uint32_t id, std::uint64_t hash) {
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = static_cast<std::size_t>(hash) & mask;
    while (slots_[i].hash_tag != 0)
        i = (i + 1) & mask;
    slots_[i] = Slot{tag_of(hash), id};
}

void StringTable::grow() {
    slots_.assign(slots_.empty() ? 8 : 2 * slots_.size(), Slot{});
    while (2 * offsets_.size() > slots_.size())
        slots_.assign(2 * slots_.size(), Slot{});
    for (std::uint32_t id = 0; id < offsets_.size(); ++id)
        place(id, hashes_[id]);
}

void KeyedTests::add(std::string_view key, std::uint32_t test) {
    const std::uint32_t id = keys.add(key);
    if (id == tests.size()) tests.emplace_back();
    tests[id].push_back(test);
}

}  // namespace evb::matcher
