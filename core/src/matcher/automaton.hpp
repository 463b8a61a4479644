// Automaton: every pattern of a set compiled into one structure keyed by field path. Each ($or) branch of
// each pattern is a row of tests, one per field; each test belongs to the path of its field, and each path's
// ValueIndex finds, for one event value, the tests it passes. The FieldTree tells the event reader which
// field names lead to a path at all. An event is matched by counting, per branch, the tests it passed
// (match_run.hpp). Depends on the pattern engine's CompiledPattern and PathIndex, and the matcher/ tables.
#pragma once

#include "evb/pattern/compiled_pattern.hpp"
#include "evb/pattern/path_index.hpp"
#include "field_tree.hpp"
#include "string_table.hpp"
#include "value_index.hpp"

#include <cstdint>
#include <vector>

namespace evb::matcher {

// One field test of one branch: which branch (and its pattern), which path, whether the field may be absent
// ("exists": false), and whether it is its branch's only test (then passing it is the branch holding: there
// is nothing to count and no other value for array positions to be consistent with).
struct TestInfo {
    std::uint32_t branch = 0;
    std::uint32_t pattern = 0;
    std::uint32_t path = 0;
    bool allows_absent = false;
    bool alone = false;
};

// One branch: its pattern, and its tests (tests first_test .. first_test + test_count - 1).
struct BranchInfo {
    std::uint32_t pattern = 0;
    std::uint32_t first_test = 0;
    std::uint32_t test_count = 0;
};

class Automaton {
  public:
    // add compiles one pattern; its number is the count of patterns added before it. The pattern's matchers
    // must outlive the automaton.
    void add(const CompiledPattern& pattern);

    // prepare finishes the indexes; it must run after adds and before matching.
    void prepare();

    std::uint32_t pattern_count() const { return pattern_count_; }
    const FieldTree& fields() const { return fields_; }
    const PathIndex& careful_paths() const { return careful_paths_; }
    const ValueIndex& values(std::uint32_t path) const { return values_[path]; }
    std::size_t path_count() const { return values_.size(); }
    const std::vector<TestInfo>& tests() const { return tests_; }
    const std::vector<BranchInfo>& branches() const { return branches_; }
    const std::vector<std::uint32_t>& absent_tests() const { return absent_tests_; }
    const std::vector<std::uint32_t>& empty_branches() const { return empty_branches_; }

  private:
    std::uint32_t path_id(const std::string& dotted);

    std::uint32_t pattern_count_ = 0;
    StringTable path_ids_;            // dotted path -> path id
    FieldTree fields_;                // for the fast reader
    PathIndex careful_paths_;         // the same paths for the reference flattener
    std::vector<ValueIndex> values_;  // path id -> its value tests
    std::vector<TestInfo> tests_;
    std::vector<BranchInfo> branches_;
    std::vector<std::uint32_t> absent_tests_;    // tests that hold when their field is absent
    std::vector<std::uint32_t> empty_branches_;  // branches without tests: they hold for every event
};

}  // namespace evb::matcher
