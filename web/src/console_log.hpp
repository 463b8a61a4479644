// The console's transcript: command lines typed, what they printed, and the `aws` lines echoed for
// changes made with the mouse. One entry per printed line, bounded so that firing thousands of events
// cannot grow it without limit (the oldest lines go first); a line longer than kMaxConsoleLineBytes is
// cut, saying how much was left out, so a pasted megabyte costs nothing to draw.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>

namespace evb::web {

enum class LineKind { Command, Output, Error, Echo, Note };

struct ConsoleLine {
    LineKind kind;
    std::string text;
};

inline constexpr std::size_t kMaxConsoleLines = 5000;
inline constexpr std::size_t kMaxConsoleLineBytes = 16 * 1024;

class ConsoleLog {
  public:
    // add appends text, one entry per line; a trailing newline adds no empty line.
    void add(LineKind kind, std::string_view text);

    // clear empties the transcript.
    void clear();

    const std::deque<ConsoleLine>& lines() const { return lines_; }

    // added counts every line ever added, so a view can tell that something new arrived.
    std::uint64_t added() const { return added_; }

  private:
    std::deque<ConsoleLine> lines_;
    std::uint64_t added_ = 0;
};

}  // namespace evb::web
