// ValueIndex (see value_index.hpp). Each indexed form reproduces matcher_accepts exactly: string tests see
// only strings, number tests only numbers, ignore-case tests the value folded by fold_case.
#include "value_index.hpp"

#include "evb/pattern/case_fold.hpp"
#include "number.hpp"

#include <algorithm>

namespace evb::matcher {
namespace {

std::size_t literal_slot(ValueType type) {
    return type == ValueType::kNull ? 0 : type == ValueType::kTrue ? 1 : 2;
}

}  // namespace

void ValueIndex::add(const Matcher& m, std::uint32_t test) {
    char bytes[16];
    if (m.letterwise) {  // an ignore-case text with letters that do not fold in pairs: no index holds it
        generic_.push_back(Generic{&m, test});
        return;
    }
    switch (m.kind) {
        case MatchKind::kExactString:
            if (m.ip) break;  // an IP address also matches its other spellings: matcher_accepts knows how
            exact_strings_.add(m.text, test);
            return;
        case MatchKind::kExactNumber:
            // A number matches by value, or by text when it has no comparable value (precise_number, used on
            // both sides, decides by the text alone): each test needs only one of the two tables.
            if (m.number) {
                number_values_.add(number_key(*m.number, bytes), test);
                exact_micros_.push_back(abs_micros(*m.number));
                needs_number_ = true;
            } else {
                number_texts_.add(m.text, test);
            }
            return;
        case MatchKind::kExactLiteral:
            literal_tests_[literal_slot(m.literal)].push_back(test);
            return;
        case MatchKind::kPrefix:
            prefixes_.add(m.text, test, false);
            return;
        case MatchKind::kSuffix:
            suffixes_.add(m.text, test, true);
            return;
        case MatchKind::kPrefixIgnoreCase:
            folded_prefixes_.add(m.text, test, false);
            needs_fold_ = true;
            return;
        case MatchKind::kSuffixIgnoreCase:
            folded_suffixes_.add(m.text, test, true);
            needs_fold_ = true;
            return;
        case MatchKind::kEqualsIgnoreCase:
            folded_equals_.add(m.text, test);
            needs_fold_ = true;
            return;
        case MatchKind::kNumeric:
            ranges_.add(m.range, test);
            needs_number_ = true;
            return;
        case MatchKind::kExists:
            exists_tests_.push_back(test);
            return;
        case MatchKind::kAbsent:
            return;  // accepts no value; the test's absence rule is the automaton's business
        default:
            if (!anything_but_.add(m, test)) break;
            anything_but_few_.push_back(Generic{&m, test});
            needs_number_ = needs_number_ || !m.numbers.empty();
            return;
    }
    generic_.push_back(Generic{&m, test});
}

void ValueIndex::prepare() {
    // Measured on CityLots (tools/bench_instructions.sh ANYTHING_BUT): with one or two anything-but tests on
    // a field, the index's hash lookups cost more per value than trying them.
    constexpr std::size_t kFewAnythingBut = 8;
    index_anything_but_ = anything_but_few_.size() > kFewAnythingBut;
    needs_fold_ = needs_fold_ || (index_anything_but_ && anything_but_.needs_fold());
    ranges_.prepare();
    std::sort(exact_micros_.begin(), exact_micros_.end());
    exact_micros_.erase(std::unique(exact_micros_.begin(), exact_micros_.end()), exact_micros_.end());
    sieve_numbers_ = !exact_micros_.empty() && number_texts_.tests.empty() && ranges_.empty() &&
                     exists_tests_.empty() && anything_but_few_.empty() && generic_.empty();
}

// Inlined into collect: called apart, its three mostly empty lookups cost a third more.
[[gnu::always_inline]] inline void ValueIndex::collect_string(std::string_view text,
                                                              std::vector<std::uint32_t>& out) const {
    exact_strings_.collect(text, out);
    prefixes_.collect(text, false, out);
    suffixes_.collect(text, true, out);
    if (needs_fold_) collect_folded(text, out);
}

void ValueIndex::collect(const EventValue& value, std::vector<std::uint32_t>& out) const {
    out.insert(out.end(), exists_tests_.begin(), exists_tests_.end());
    if (value.type == ValueType::kString) {
        collect_string(value.text, out);
    } else if (value.type == ValueType::kNumber) {
        collect_number(value, out);
    } else {
        const std::vector<std::uint32_t>& tests = literal_tests_[literal_slot(value.type)];
        out.insert(out.end(), tests.begin(), tests.end());
    }
    if (index_anything_but_) {
        anything_but_.collect(value, folded_, out);
    } else {
        for (const Generic& g : anything_but_few_)
            if (matcher_accepts(*g.matcher, value)) out.push_back(g.test);
    }
    for (const Generic& g : generic_)
        if (matcher_accepts(*g.matcher, value)) out.push_back(g.test);
}

void ValueIndex::collect_folded(std::string_view text, std::vector<std::uint32_t>& out) const {
    fold_case_into(text, folded_);
    folded_equals_.collect(folded_, out);
    folded_prefixes_.collect(folded_, false, out);
    folded_suffixes_.collect(folded_, true, out);
}

void ValueIndex::collect_number(const EventValue& value, std::vector<std::uint32_t>& out) const {
    if (!value.number) return number_texts_.collect(value.text, out);
    char bytes[16];
    number_values_.collect(number_key(*value.number, bytes), out);
    if (!ranges_.empty()) ranges_.collect(*value.number, out);
}

}  // namespace evb::matcher
