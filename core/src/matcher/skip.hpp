// Skipping the parts of an event no pattern looks at, as fast as the text allows: containers 64 bytes per
// step on bit masks (block.hpp), strings 16 bytes per step with word-at-a-time arithmetic (swar.hpp).
// Skipping checks structure only (strings closed, brackets balanced), not the full grammar; where the careful
// reader (the reference flattener) might judge otherwise (nesting deeper than Jackson allows, a number token
// that could be longer than Jackson allows, text ending early) the skip gives up and returns nullptr. Depends
// only on the standard library.
#pragma once

namespace evb::matcher {

// skip_container skips the rest of an object or array whose opening bracket was just read, nested at `depth`
// (the root object is depth 1). Returns the position after the matching closing bracket, or nullptr.
const char* skip_container(const char* p, const char* end, int depth);

// skip_string skips the rest of a string whose opening quote was just read; nullptr when it never closes.
const char* skip_string(const char* p, const char* end);

}  // namespace evb::matcher
