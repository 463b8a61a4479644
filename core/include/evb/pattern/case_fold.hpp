// Internal to the event-pattern engine (evb/pattern/event_pattern.hpp is the public API). Case rules of
// equals-ignore-case and its prefix/suffix/anything-but forms, as event-ruler (in Java) applies them: each
// letter of a pattern stands for its toLowerCase or its toUpperCase, whatever the Unicode block (tables in
// case_fold_table.hpp). For patterns of plain letters that is folding both sides to lower case and comparing;
// a pattern holding one of the other letters (ß: ß or SS; ſ: ſ or S; the Kelvin sign) is matched letter by
// letter. Invalid UTF-8 is kept as it is. Depends only on the standard library.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace evb {

// fold_case returns text with every plain letter in lower case.
std::string fold_case(std::string_view text);

// fold_case_into leaves fold_case(text) in out, reusing its storage.
void fold_case_into(std::string_view text, std::string& out);

// fold_code_point returns a code point's lower case when it is a plain letter, else the code point.
std::uint32_t fold_code_point(std::uint32_t cp);

// needs_letterwise_match tells whether a pattern text holds a letter whose cases are not a plain pair, so
// that comparing folds would not decide as event-ruler does: match it with matches_ignoring_case instead.
bool needs_letterwise_match(std::string_view pattern);

enum class CaseMatch { kEquals, kPrefix, kSuffix };

// matches_ignoring_case tells whether text equals, starts with or ends with (how) a string spelt letter by
// letter with each letter of pattern in its lower or its upper case.
bool matches_ignoring_case(std::string_view pattern, std::string_view text, CaseMatch how);

}  // namespace evb
