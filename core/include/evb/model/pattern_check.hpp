// A member pattern of AWS's models (a Java regular expression, matched against the whole value) compiled
// once. Patterns of one character class repeated ("[\.\-_A-Za-z0-9]+", "[^:*]*", "\d{12}") are checked by
// a loop over the value's code points: fast, any length, Java's meaning. Others go to std::regex when
// ECMAScript reads them as Java does, for ASCII values of bounded length only (its matcher recurses per
// character), after a shortcut for optional groups around one class. A pattern or value neither can check
// is accepted: a missed check, never a false refusal.
// Depends only on the standard library.
#pragma once

#include <cstddef>
#include <memory>
#include <regex>
#include <string_view>
#include <vector>

namespace evb::model {

class PatternCheck {
  public:
    // PatternCheck compiles a model's pattern; it never throws.
    explicit PatternCheck(std::string_view pattern);

    // matches tells whether the whole UTF-8 value matches, or true when this pattern cannot be checked here.
    bool matches(std::string_view value) const;

    // checkable tells whether the pattern is checked at all (a class loop or a regular expression).
    bool checkable() const { return simple_ || regex_ != nullptr; }

  private:
    struct Range {
        char32_t lo;
        char32_t hi;
    };

    bool parse_simple(std::string_view pattern);
    bool in_class(char32_t c) const;
    bool simple_match(std::string_view value) const;

    // When the pattern is optional groups around one repeated class ("(arn:...)?[\.\-_A-Za-z0-9]+"), a
    // value the class alone matches matches the whole pattern, without std::regex: the common case, fast.
    std::shared_ptr<const PatternCheck> shortcut_;

    bool simple_ = false;
    bool negated_ = false;
    std::vector<Range> ranges_;
    std::size_t min_count_ = 0;
    std::size_t max_count_ = 0;
    std::shared_ptr<const std::regex> regex_;
};

// kMaxRegexValue is the longest value handed to std::regex (longer ones are not checked by it).
inline constexpr std::size_t kMaxRegexValue = 2048;

}  // namespace evb::model
