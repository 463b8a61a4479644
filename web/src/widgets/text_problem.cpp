#include "widgets/text_problem.hpp"

#include "evb/common/json_syntax_error.hpp"
#include "evb/pattern/event_pattern.hpp"

#include <cctype>
#include <cstdlib>

namespace evb::web {
namespace {

// position_of turns a byte offset into a 1-based line and a 1-based column counted in characters.
void position_of(std::string_view text, std::size_t offset, TextProblem& problem) {
    problem.line = 1;
    problem.column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '\n')
            ++problem.line, problem.column = 1;
        else if ((c & 0xC0) != 0x80)
            ++problem.column;
    }
}

// number_after reads the integer that follows marker in text, searching from the end.
int number_after(std::string_view text, std::string_view marker) {
    std::size_t at = text.rfind(marker);
    if (at == std::string_view::npos) return 0;
    return std::atoi(std::string(text.substr(at + marker.size(), 12)).c_str());
}

// quoted_word_offset finds the last word of message that appears quoted in text (`"prefix"`), for
// messages that name the offending operator or value without a location.
std::optional<std::size_t> quoted_word_offset(std::string_view message, std::string_view text) {
    std::optional<std::size_t> found;
    std::size_t i = 0;
    while (i < message.size()) {
        std::size_t start = i;
        while (i < message.size() && (std::isalnum(static_cast<unsigned char>(message[i])) ||
                                      message[i] == '-' || message[i] == '$' || message[i] == '_')) {
            ++i;
        }
        if (i - start >= 2) {
            std::size_t at = text.find("\"" + std::string(message.substr(start, i - start)) + "\"");
            if (at != std::string_view::npos) found = at + 1;
        }
        if (i == start) ++i;
    }
    return found;
}

// readable drops nlohmann's "[json.exception.parse_error.101] " prefix.
std::string readable(std::string message) {
    if (!message.empty() && message[0] == '[') {
        std::size_t end = message.find("] ");
        if (end != std::string::npos) message.erase(0, end + 2);
    }
    return message;
}

}  // namespace

std::optional<TextProblem> pattern_problem(std::string_view pattern) {
    PatternResult result = compile_event_pattern(pattern);
    if (!result.error) return std::nullopt;
    TextProblem problem{result.error->message, 0, 0};
    problem.line = number_after(problem.message, "line: ");
    problem.column = number_after(problem.message, "column: ");
    if (problem.line > 0) {
        if (problem.column < 1) problem.column = 1;
    } else if (auto at = quoted_word_offset(problem.message, pattern)) {
        position_of(pattern, *at, problem);
    }
    return problem;
}

std::optional<TextProblem> json_problem(std::string_view text) {
    const std::optional<JsonSyntaxError> error = find_json_syntax_error(text);
    if (!error) return std::nullopt;
    TextProblem problem{readable(error->message), 0, 0};
    position_of(text, error->offset, problem);
    return problem;
}

}  // namespace evb::web
