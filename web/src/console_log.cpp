#include "console_log.hpp"

namespace evb::web {

void ConsoleLog::add(LineKind kind, std::string_view text) {
    if (!text.empty() && text.back() == '\n') text.remove_suffix(1);
    std::size_t start = 0;
    while (true) {
        std::size_t end = text.find('\n', start);
        lines_.push_back({kind, std::string(text.substr(start, end - start))});
        ++added_;
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    while (lines_.size() > kMaxConsoleLines)
        lines_.pop_front();
}

void ConsoleLog::clear() {
    lines_.clear();
}

}  // namespace evb::web
