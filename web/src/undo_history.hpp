// Undo and redo of world changes, as whole-world snapshots (World::save documents): the app records the
// world's document after every change, labelled with the change's `aws` line. Bounded in steps and bytes
// (the oldest steps are forgotten first), so a large world cannot exhaust the tab. The history travels as
// JSON to survive a reload (the newest steps that fit a byte budget; redo is not kept).
#pragma once

#include "evb/common/json.hpp"

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

    // to_json writes the undo steps, newest first while they fit max_bytes, without the current document
    // (kept beside it): {"format": "evb-undo", "version": 1, "label", "past": [{document, label}]}.
    Json to_json(std::size_t max_bytes) const;

    // restore takes back the steps of to_json's document over current, the world as it is now; false
    // (and the history reset to current) when the document is not one.
    bool restore(const Json& kept, std::string current);

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
