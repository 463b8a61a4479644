// The question asked before a whole world replaces the user's (an example, an exercise's start): a modal
// with a yes and a no, saying that their world stays one Undo away.
#pragma once

namespace evb::web {

enum class PromptAnswer { None, Yes, No };

// draw_replace_prompt shows the modal titled title while open; returns the button pressed this frame.
PromptAnswer draw_replace_prompt(const char* title, bool open, const char* text, const char* yes,
                                 const char* no);

}  // namespace evb::web
