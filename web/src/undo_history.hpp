// Undo and redo of world changes, as whole-world snapshots (World::save documents): the app records the
// world's document after every change, labelled with the change's `aws` line. Bounded in steps and bytes
// (the oldest steps are forgotten first), so a large world cannot exhaust the tab.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace evb::web {

inline constexpr std::size_t kMaxUndoSteps = 100;
inline constexpr std::size_t kMaxUndoBytes = 48u << 20;

class UndoHistory {
  public:
    // reset forgets every step; document is the world as it is now.
    void reset(std::string document);

    // record notes a change that led to document; the previous document becomes undoable, redo is cleared.
    void record(std::string document, std::string label);

    bool can_undo() const { return !past_.empty(); }
    bool can_redo() const { return !future_.empty(); }

    // undo_label names the change undo would revert; redo_label the one redo would repeat.
    std::string_view undo_label() const { return current_.label; }
    std::string_view redo_label() const {
        return future_.empty() ? std::string_view() : future_.back().label;
    }

    // undo steps back and returns the document to restore, or nothing when there is no earlier step.
    std::optional<std::string> undo();

    // redo steps forward and returns the document to restore, or nothing when nothing was undone.
    std::optional<std::string> redo();

    // current is the document of the world as last recorded.
    const std::string& current() const { return current_.document; }

  private:
    struct Step {
        std::string document;
        std::string label;  // the change that produced document
    };

    void trim();

    std::vector<Step> past_;
    Step current_;
    std::vector<Step> future_;
};

}  // namespace evb::web
