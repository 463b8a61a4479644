// Internal to the event-pattern engine (evb/pattern/event_pattern.hpp is the public API). Case folding for
// equals- ignore-case and its prefix/suffix/anything-but forms: ASCII, Latin-1, Latin Extended-A, Greek and
// Cyrillic letters fold to lower case; everything else (and invalid UTF-8) is kept. Depends only on the
// standard library.
#pragma once

#include <string>
#include <string_view>

namespace evb {

// fold_case returns text with every foldable letter in lower case.
std::string fold_case(std::string_view text);

// fold_case_into leaves fold_case(text) in out, reusing its storage.
void fold_case_into(std::string_view text, std::string& out);

}  // namespace evb
