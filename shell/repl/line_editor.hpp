// A minimal line editor for the native REPL: raw terminal mode, cursor movement, history (up/down) and
// tab completion through a callback. Native only (POSIX termios); never part of evb_shell or the wasm build.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace evb {

class LineEditor {
  public:
    using Completer = std::function<std::vector<std::string>(const std::string& line)>;

    explicit LineEditor(Completer completer) : completer_(std::move(completer)) {}

    // read_line shows prompt and returns the edited line, or nothing at end of input (Ctrl-D on empty).
    std::optional<std::string> read_line(const std::string& prompt, const std::vector<std::string>& history);

  private:
    void refresh(const std::string& prompt) const;
    void complete_word();

    Completer completer_;
    std::string line_;
    std::size_t cursor_ = 0;
};

}  // namespace evb
