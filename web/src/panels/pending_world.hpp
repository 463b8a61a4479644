// A whole world that arrived from outside (a shared link, ?scenario= in the address, "Open in full
// playground") waits for the user's yes before it replaces theirs: a modal says what would open, with
// "Open it" and "Keep my world". A world holding nothing of the user's (or an embed's) is replaced at once.
#pragma once

#include "evb/common/json.hpp"

#include <optional>
#include <string>
#include <vector>

namespace evb::web {

class App;

struct PendingWorld {
    std::string what;                // what would open, for the question: "the world of a shared link"
    std::string document;            // the World::save document; empty when nothing waits
    std::string label;               // the undo step's label
    std::vector<std::string> lines;  // the command lines that built it, echoed in the console
    std::string exercise;            // the exercise to start once it is open ("" for none)
};

// offer_world replaces the world with offer at once when nothing of the user's would be replaced (an
// embed, a world with no work in it), or keeps it waiting for their answer; returns the refusal of a
// document that is not a world, before asking anything.
std::optional<ApiError> offer_world(App& app, PendingWorld offer);

// draw_pending_world asks about the waiting world while there is one.
void draw_pending_world(App& app);

}  // namespace evb::web
