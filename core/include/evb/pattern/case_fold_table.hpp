// Internal to the event-pattern engine (evb/pattern/event_pattern.hpp is the public API). The case tables
// that tools/case_fold_table.py generates into the build folder from Python's str.lower and str.upper: how
// each plain letter folds (runs of code points sharing one delta), and the lower and upper case of every
// other letter. case_fold.cpp reads them. Depends only on the standard library.
#pragma once

#include <cstddef>
#include <cstdint>

namespace evb {

// Every stride-th code point from first to last (inclusive) folds to itself + delta.
struct CaseFoldRun {
    std::uint32_t first;
    std::uint32_t last;
    std::int32_t delta;
    std::uint32_t stride;
};

// A letter whose cases are not a plain pair (ß: ß or SS; ſ: ſ or S), with both as UTF-8.
struct CaseAlternatives {
    std::uint32_t code_point;
    const char* lower;
    const char* upper;
};

extern const CaseFoldRun kCaseFoldRuns[];  // sorted by first, not overlapping
extern const std::size_t kCaseFoldRunCount;
extern const CaseAlternatives kCaseAlternatives[];  // sorted by code point
extern const std::size_t kCaseAlternativeCount;

}  // namespace evb
