#include "console_log.hpp"

namespace evb::web {
namespace {

// shown is a line as the console keeps it: whole, or cut at a character boundary with what was left out.
std::string shown(std::string_view line) {
    if (line.size() <= kMaxConsoleLineBytes) return std::string(line);
    std::size_t cut = kMaxConsoleLineBytes;
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80)
        --cut;
    return std::string(line.substr(0, cut)) + " \u2026 (" + std::to_string(line.size() - cut) +
           " more bytes not shown)";
}

}  // namespace

void ConsoleLog::add(LineKind kind, std::string_view text) {
    if (!text.empty() && text.back() == '\n') text.remove_suffix(1);
    std::size_t start = 0;
    while (true) {
        std::size_t end = text.find('\n', start);
        lines_.push_back({kind, shown(text.substr(start, end - start))});
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
