// RangeIndex (see range_index.hpp). With k bounds there are 2k+1 pieces: piece 2j+1 is bounds[j] itself,
// piece 2j the open stretch just below bounds[j] (piece 2k lies above the last bound).
#include "range_index.hpp"

#include <algorithm>

namespace evb::matcher {
namespace {

constexpr std::size_t kLinearRanges = 8;     // up to this many ranges, trying each is fastest
constexpr std::size_t kPiecesPerRange = 32;  // beyond this many piece entries per range, try each instead

}  // namespace

void RangeIndex::add(const NumericRange& range, std::uint32_t test) {
    ranges_.push_back(Entry{range, test});
    by_piece_ = false;
}

std::size_t RangeIndex::piece_of(const ComparableNumber& value) const {
    const auto at = std::lower_bound(bounds_.begin(), bounds_.end(), value);
    const auto j = static_cast<std::size_t>(at - bounds_.begin());
    return at != bounds_.end() && *at == value ? 2 * j + 1 : 2 * j;
}

void RangeIndex::prepare() {
    by_piece_ = false;
    bounds_.clear();
    piece_start_.clear();
    piece_tests_.clear();
    if (ranges_.size() <= kLinearRanges) return;
    for (const Entry& e : ranges_) {
        bounds_.push_back(e.range.low);
        bounds_.push_back(e.range.high);
    }
    std::sort(bounds_.begin(), bounds_.end());
    bounds_.erase(std::unique(bounds_.begin(), bounds_.end()), bounds_.end());
    const std::size_t pieces = 2 * bounds_.size() + 1;
    std::vector<std::uint32_t> counts(pieces + 1, 0);
    std::size_t total = 0;
    auto span_of = [&](const Entry& e) {
        const std::size_t first = piece_of(e.range.low) + (e.range.open_low ? 1 : 0);
        const std::size_t last = piece_of(e.range.high) - (e.range.open_high ? 1 : 0);
        return std::pair{first, last};
    };
    for (const Entry& e : ranges_) {
        const auto [first, last] = span_of(e);
        for (std::size_t piece = first; piece <= last; ++piece)
            ++counts[piece + 1];
        total += last + 1 - first;
        if (total > kPiecesPerRange * ranges_.size()) {
            bounds_.clear();
            return;
        }
    }
    for (std::size_t piece = 1; piece <= pieces; ++piece)
        counts[piece] += counts[piece - 1];
    piece_start_ = counts;
    piece_tests_.resize(total);
    for (const Entry& e : ranges_) {
        const auto [first, last] = span_of(e);
        for (std::size_t piece = first; piece <= last; ++piece)
            piece_tests_[counts[piece]++] = e.test;
    }
    by_piece_ = true;
}

void RangeIndex::collect(const ComparableNumber& value, std::vector<std::uint32_t>& out) const {
    if (!by_piece_) {
        for (const Entry& e : ranges_)
            if (range_contains(e.range, value)) out.push_back(e.test);
        return;
    }
    const std::size_t piece = piece_of(value);
    out.insert(out.end(), piece_tests_.begin() + piece_start_[piece],
               piece_tests_.begin() + piece_start_[piece + 1]);
}

}  // namespace evb::matcher
