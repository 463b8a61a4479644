// MatchRun: matching one event against an Automaton, with scratch space reused from event to event (nothing
// is allocated once the buffers have grown). Every leaf the reader reports is looked up in its path's
// ValueIndex; each test it passes is stamped as passed for this event and counts towards its branch. A branch
// whose every test passed holds, once its values are array-consistent, exactly as in the reference engine:
// tests passed by a value outside every array, or alone in their branch, need no search; the others are
// assigned by the same bounded backtracking search over the same candidates in the same order. Not safe for
// two threads at once. Depends on the automaton, the event reader and the reference flattener (for events the
// reader declines).
#pragma once

#include "automaton.hpp"
#include "event_reader.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace evb::matcher {

class MatchRun final : public LeafSink {
  public:
    explicit MatchRun(const Automaton& automaton)
        : automaton_(automaton), reader_(automaton.fields(), *this) {}

    // match appends, ascending, the numbers of the patterns the event (JSON text) matches.
    void match(std::string_view json, std::vector<std::size_t>& matched);

    void leaf(std::uint32_t path, ValueType type, const char* text, std::size_t size,
              const std::vector<ArrayStep>& steps, const NumberShape* number) override;

  private:
    static constexpr std::uint32_t kNoField = 0xFFFFFFFFU;  // a value outside every array
    static constexpr std::uint32_t kNoHit = 0xFFFFFFFFU;

    struct TestState {
        std::uint32_t stamp = 0;
        bool free = false;  // passed by a value outside every array, or by absence
        std::uint32_t last_field = kNoField;
        std::uint32_t first_hit = kNoHit;
        std::uint32_t last_hit = kNoHit;
    };
    struct Hit {
        std::uint32_t field = 0;
        std::uint32_t next = kNoHit;
    };
    struct Field {
        std::uint32_t steps_begin = 0;
        std::uint32_t steps_end = 0;
    };
    struct Candidates {
        std::uint32_t begin = 0;
        std::uint32_t end = 0;
        std::size_t size() const { return end - begin; }
    };

    void begin();
    bool read_carefully(std::string_view json);
    // add_field keeps one value's array positions for the consistency search; returns its field number.
    std::uint32_t add_field(const std::vector<ArrayStep>& steps);
    void hit(std::uint32_t test, std::uint32_t field);
    // found records that the event matches a pattern.
    void found(std::uint32_t pattern) {
        if (pattern_stamp_[pattern] == epoch_) return;
        pattern_stamp_[pattern] = epoch_;
        found_.push_back(pattern);
    }
    void finish(std::vector<std::size_t>& matched);
    bool branch_holds(const BranchInfo& branch);
    bool assign(std::size_t next);
    bool consistent(std::uint32_t a, std::uint32_t b) const;

    const Automaton& automaton_;
    EventReader reader_;
    std::uint32_t epoch_ = 0;
    std::vector<TestState> tests_;
    std::vector<std::uint32_t> branch_stamp_, branch_count_, touched_;
    std::vector<std::uint32_t> path_stamp_, pattern_stamp_;
    std::vector<Hit> hits_;
    std::vector<Field> fields_;
    std::vector<ArrayStep> steps_;
    std::vector<std::uint32_t> candidates_;  // tests found for one value
    std::vector<std::size_t> found_;         // patterns matched by this event
    // The consistency search: candidate fields per pending test, the fields chosen, the steps taken.
    std::vector<std::uint32_t> candidate_fields_;
    std::vector<Candidates> pending_;
    std::vector<std::uint32_t> chosen_;
    std::size_t search_steps_ = 0;
};

}  // namespace evb::matcher
