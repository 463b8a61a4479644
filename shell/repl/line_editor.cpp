// The REPL's line editor: termios raw mode and a handful of Emacs-style keys.
#include "line_editor.hpp"

#include <termios.h>
#include <unistd.h>
#include <algorithm>
#include <cstdio>

namespace evb {
namespace {

// RawMode puts the terminal into character-at-a-time mode for its lifetime.
class RawMode {
  public:
    RawMode() {
        ok_ = tcgetattr(STDIN_FILENO, &saved_) == 0;
        if (!ok_) return;
        termios raw = saved_;
        raw.c_lflag &= ~static_cast<tcflag_t>(ECHO | ICANON | ISIG | IEXTEN);
        raw.c_iflag &= ~static_cast<tcflag_t>(IXON | ICRNL);
        raw.c_cc[VMIN] = 1;
        raw.c_cc[VTIME] = 0;
        tcsetattr(STDIN_FILENO, TCSANOW, &raw);
    }
    ~RawMode() {
        if (ok_) tcsetattr(STDIN_FILENO, TCSANOW, &saved_);
    }
    RawMode(const RawMode&) = delete;
    RawMode& operator=(const RawMode&) = delete;

  private:
    termios saved_{};
    bool ok_ = false;
};

int read_key() {
    unsigned char c = 0;
    return read(STDIN_FILENO, &c, 1) == 1 ? c : -1;
}

void write_out(const std::string& text) {
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
}

std::string common_prefix(const std::vector<std::string>& words) {
    if (words.empty()) return "";
    std::string prefix = words[0];
    for (const auto& w : words) {
        std::size_t n = 0;
        while (n < prefix.size() && n < w.size() && prefix[n] == w[n])
            ++n;
        prefix.resize(n);
    }
    return prefix;
}

}  // namespace

void LineEditor::refresh(const std::string& prompt) const {
    std::string text = "\r" + prompt + line_ + "\x1b[K";
    std::size_t back = line_.size() - cursor_;
    if (back > 0) text += "\x1b[" + std::to_string(back) + "D";
    write_out(text);
}

void LineEditor::complete_word() {
    std::string head = line_.substr(0, cursor_);
    std::vector<std::string> options = completer_(head);
    if (options.empty()) return;
    std::size_t start = head.find_last_of(" \t");
    start = start == std::string::npos ? 0 : start + 1;
    std::string typed = head.substr(start);
    std::string prefix = common_prefix(options);
    if (options.size() == 1) prefix += " ";
    if (prefix.size() > typed.size()) {
        line_.replace(start, typed.size(), prefix);
        cursor_ = start + prefix.size();
        return;
    }
    std::string listing = "\r\n";
    for (const auto& o : options)
        listing += o + "  ";
    write_out(listing + "\r\n");
}

std::optional<std::string> LineEditor::read_line(const std::string& prompt,
                                                 const std::vector<std::string>& history) {
    RawMode raw;
    line_.clear();
    cursor_ = 0;
    std::size_t history_index = history.size();
    refresh(prompt);
    while (true) {
        int key = read_key();
        if (key < 0 || (key == 4 && line_.empty())) {
            write_out("\r\n");
            return std::nullopt;
        }
        if (key == '\r' || key == '\n') {
            write_out("\r\n");
            return line_;
        }
        if (key == 3) {  // Ctrl-C: abandon the line
            write_out("^C\r\n");
            line_.clear();
            cursor_ = 0;
        } else if (key == 127 || key == 8) {
            if (cursor_ > 0) line_.erase(--cursor_, 1);
        } else if (key == 1) {
            cursor_ = 0;
        } else if (key == 5) {
            cursor_ = line_.size();
        } else if (key == 21) {
            line_.erase(0, cursor_);
            cursor_ = 0;
        } else if (key == '\t') {
            complete_word();
        } else if (key == 27) {
            if (read_key() != '[') continue;
            int code = read_key();
            if (code == 'A' && history_index > 0) line_ = history[--history_index], cursor_ = line_.size();
            if (code == 'B' && history_index < history.size()) {
                ++history_index;
                line_ = history_index < history.size() ? history[history_index] : "";
                cursor_ = line_.size();
            }
            if (code == 'C' && cursor_ < line_.size()) ++cursor_;
            if (code == 'D' && cursor_ > 0) --cursor_;
        } else if (key >= 32) {
            line_.insert(cursor_++, 1, static_cast<char>(key));
        }
        refresh(prompt);
    }
}

}  // namespace evb
