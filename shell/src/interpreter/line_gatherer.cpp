// LineGatherer (see evb/shell.hpp): the tokenizer's quoting rules, run one character at a time so that the
// state at the end of the text so far is known without reading it again.
#include "evb/shell.hpp"

#include "tokenizer.hpp"

namespace evb {
namespace {

bool ends_word(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '|' || c == '&' || c == ';' || c == '<' || c == '>' ||
           c == '\n';
}

}  // namespace

std::optional<std::string> LineGatherer::add(std::string_view line) {
    const bool continued = started_;
    if (continued) text_ += '\n';
    started_ = true;
    text_ += line;
    if (!here_documents_.empty()) return here_document_line(line);
    if (continued) scan('\n');
    for (char c : line)
        scan(c);
    // Inside quotes or a substitution, or after a trailing backslash, the text is incomplete whatever
    // follows. Inside an open if, for, while or until only a line with a closing word (or a new
    // here-document) can change that, so other lines are not read again: a long loop body stays linear.
    if (!open_.empty() || escaped_) return std::nullopt;
    if (awaiting_closer_ && !may_close(line)) return std::nullopt;
    return decide();
}

// decide reads the whole text once: complete, incomplete, or waiting for here-document bodies.
std::optional<std::string> LineGatherer::decide() {
    const cli::ParsedLine parsed = cli::parse_command_line(text_);
    for (const auto& end : parsed.open_here_documents)
        here_documents_.emplace_back(end.delimiter, end.strip_tabs);
    awaiting_closer_ = parsed.incomplete && parsed.open_compound && here_documents_.empty();
    if (parsed.incomplete) return std::nullopt;
    return take();
}

// may_close tells whether a line could end an open compound command: it holds a closing word or starts
// a here-document (whose body must then be taken as it is).
bool LineGatherer::may_close(std::string_view line) {
    if (line.find("<<") != std::string_view::npos) return true;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= line.size(); ++i) {
        if (i < line.size() && !ends_word(line[i]) && line[i] != '(' && line[i] != ')') continue;
        const std::string_view word = line.substr(start, i - start);
        if (word == "fi" || word == "done" || word == "esac" || word == "}") return true;
        start = i + 1;
    }
    return false;
}

// here_document_line takes a line of a here-document's body as it is (quotes in it mean nothing) until
// the delimiter; after the last body the command line may be complete.
std::optional<std::string> LineGatherer::here_document_line(std::string_view line) {
    const auto& [delimiter, strip_tabs] = here_documents_.front();
    if (!cli::HereDocumentEnd{delimiter, strip_tabs}.ends_at(line)) return std::nullopt;
    here_documents_.erase(here_documents_.begin());
    if (!here_documents_.empty()) return std::nullopt;
    in_word_ = in_comment_ = dollar_ = false;  // the next line starts afresh
    return decide();
}

std::string LineGatherer::take() {
    std::string text = std::move(text_);
    *this = LineGatherer();
    return text;
}

void LineGatherer::scan(char c) {
    const bool after_dollar = dollar_;
    dollar_ = false;
    const char top = open_.empty() ? '\0' : open_.back();
    if (top == '\'') {
        if (c == '\'') open_.pop_back();
    } else if (escaped_) {
        escaped_ = false;
        in_word_ = in_word_ || c != '\n';  // a backslash-newline disappears; any other escape starts a word
    } else if (in_comment_) {
        if (c == '\n') in_comment_ = false, in_word_ = false;
    } else if (c == '\\') {
        escaped_ = true;
    } else if (after_dollar && (c == '(' || c == '{')) {
        open_ += c == '(' ? ')' : '}';
    } else if (c == '$') {
        dollar_ = true;
        in_word_ = in_word_ || top == '\0';
    } else if (top == '"') {
        if (c == '"') open_.pop_back();
        if (c == '`') open_ += '`';
    } else if (top != '\0' && c == top) {
        open_.pop_back();
    } else if (c == '\'' || c == '"' || c == '`' || (top == ')' && c == '(')) {
        open_ += c == '(' ? ')' : c;
        in_word_ = in_word_ || top == '\0';
    } else if (top == '\0') {
        scan_unquoted(c);
    }
}

void LineGatherer::scan_unquoted(char c) {
    if (c == '#' && !in_word_)
        in_comment_ = true;
    else
        in_word_ = !ends_word(c);
}

}  // namespace evb
