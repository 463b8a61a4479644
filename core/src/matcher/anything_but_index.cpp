// AnythingButIndex (see anything_but_index.hpp). Reproduces matcher_accepts for the indexed forms: a string
// is excluded by its own text (plain), its folded text (ignore-case), or a prefix or suffix of it; a number
// with a comparable value by that value; every other value passes them all.
#include "anything_but_index.hpp"

#include "number.hpp"

namespace evb::matcher {

bool AnythingButIndex::add(const Matcher& m, std::uint32_t test) {
    const auto slot = static_cast<std::uint32_t>(tests_.size());
    switch (m.kind) {
        case MatchKind::kAnythingBut: {
            for (const std::string& text : m.texts)
                strings_.add(text, slot);
            char bytes[16];
            for (const ComparableNumber& number : m.numbers)
                numbers_.add(number_key(number, bytes), slot);
            break;
        }
        case MatchKind::kAnythingButIgnoreCase:
            for (const std::string& text : m.texts)
                folded_.add(text, slot);
            break;
        case MatchKind::kAnythingButPrefix:
            for (const std::string& text : m.texts)
                prefixes_.add(text, slot, false);
            break;
        case MatchKind::kAnythingButSuffix:
            for (const std::string& text : m.texts)
                suffixes_.add(text, slot, true);
            break;
        default:
            return false;
    }
    tests_.push_back(test);
    marked_.push_back(false);
    return true;
}

void AnythingButIndex::collect(const EventValue& value, std::string_view folded,
                               std::vector<std::uint32_t>& out) const {
    excluded_.clear();
    if (value.type == ValueType::kString) {
        strings_.collect(value.text, excluded_);
        prefixes_.collect(value.text, false, excluded_);
        suffixes_.collect(value.text, true, excluded_);
        if (needs_fold()) folded_.collect(folded, excluded_);
    } else if (value.type == ValueType::kNumber && value.number) {
        char bytes[16];
        numbers_.collect(number_key(*value.number, bytes), excluded_);
    }
    if (excluded_.empty()) {
        out.insert(out.end(), tests_.begin(), tests_.end());
        return;
    }
    for (const std::uint32_t slot : excluded_)
        marked_[slot] = true;
    for (std::size_t slot = 0; slot < tests_.size(); ++slot)
        if (!marked_[slot]) out.push_back(tests_[slot]);
    for (const std::uint32_t slot : excluded_)
        marked_[slot] = false;
}

}  // namespace evb::matcher
