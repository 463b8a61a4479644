// POSIX-shell word splitting and the little command grammar (pipes, lists, redirections) around it.
#include "tokenizer.hpp"

namespace evb::cli {
namespace {

enum class TokenKind { Word, Pipe, And, Or, Semicolon, Great, DGreat, Less, HereDoc };

struct Token {
    TokenKind kind = TokenKind::Word;
    std::string text;
    std::size_t start = 0;
    std::string_view raw;  // a word's source text
};

// A here-document met on a line: its delimiter word, then (once the line ends) its body.
struct PendingHereDocument {
    HereDocumentEnd end;
    bool named = false;  // its delimiter word has been read
    bool quoted = false;
    bool closed = false;
    std::string body;
};

struct Lexed {
    std::vector<Token> tokens;
    std::vector<PendingHereDocument> here_documents;  // in order; a HereDoc token's text is its index
    bool open_quote = false;
    bool trailing_backslash = false;
    char quote = 0;
};

bool is_operator_char(char c) {
    return c == '|' || c == '&' || c == ';' || c == '<' || c == '>' || c == '\n';
}

struct WordLexer {
    std::string_view line;
    std::size_t pos = 0;
    Lexed out;
    std::string word;
    bool in_word = false;
    std::size_t word_start = 0;

    void start_word() {
        if (!in_word) word_start = pos;
        in_word = true;
    }

    bool expect_delimiter = false;
    std::size_t bodies_read = 0;  // here-documents whose bodies have been read

    void end_word() {
        if (in_word && expect_delimiter) {
            const std::string_view raw = line.substr(word_start, pos - word_start);
            out.here_documents.back().end.delimiter = word;
            out.here_documents.back().named = true;
            out.here_documents.back().quoted = raw.find_first_of("'\"\\") != std::string_view::npos;
            expect_delimiter = false;
        }
        if (in_word)
            out.tokens.push_back(
                {TokenKind::Word, word, word_start, line.substr(word_start, pos - word_start)});
        word.clear();
        in_word = false;
    }

    void single_quoted() {
        start_word();
        std::size_t close = line.find('\'', pos + 1);
        if (close == std::string_view::npos) {
            word += line.substr(pos + 1);
            out.open_quote = true;
            out.quote = '\'';
            pos = line.size();
            return;
        }
        word += line.substr(pos + 1, close - pos - 1);
        pos = close + 1;
    }

    void double_quoted() {
        start_word();
        ++pos;
        while (pos < line.size() && line[pos] != '"') {
            char c = line[pos];
            if (c == '\\' && pos + 1 < line.size()) {
                char next = line[pos + 1];
                if (next == '\n') {
                    pos += 2;
                    continue;
                }
                if (next == '"' || next == '\\' || next == '$' || next == '`') {
                    word += next;
                    pos += 2;
                    continue;
                }
            }
            if (starts_substitution()) {
                if (!substitution()) return;
                continue;
            }
            word += c;
            ++pos;
        }
        if (pos >= line.size()) {
            out.open_quote = true;
            out.quote = '"';
            return;
        }
        ++pos;
    }

    void backslash() {
        if (pos + 1 >= line.size()) {
            out.trailing_backslash = true;
            ++pos;
            return;
        }
        if (line[pos + 1] == '\n') {
            pos += 2;
            return;
        }
        start_word();
        word += line[pos + 1];
        pos += 2;
    }

    bool starts_substitution() const {
        const char next = pos + 1 < line.size() ? line[pos + 1] : '\0';
        return line[pos] == '`' || (line[pos] == '$' && (next == '(' || next == '{'));
    }

    // substitution takes a whole `$(…)`, `${…}` or backquoted text into the word; false when it is not
    // closed before the end of the line (the line is then incomplete).
    bool substitution() {
        start_word();
        const std::size_t end = end_of_substitution(line, pos);
        if (end == std::string_view::npos) {
            word += line.substr(pos);
            out.open_quote = true;
            out.quote = line[pos] == '`' ? '`' : line[pos + 1] == '(' ? ')' : '}';
            pos = line.size();
            return false;
        }
        word += line.substr(pos, end - pos);
        pos = end;
        return true;
    }

    void operator_token() {
        end_word();
        char c = line[pos];
        char next = pos + 1 < line.size() ? line[pos + 1] : '\0';
        std::size_t start = pos;
        if (c == '|' && next == '|') {
            out.tokens.push_back({TokenKind::Or, "||", start, {}});
            pos += 2;
            return;
        }
        if (c == '&' && next == '&') {
            out.tokens.push_back({TokenKind::And, "&&", start, {}});
            pos += 2;
            return;
        }
        if (c == '<' && next == '<') {
            const bool strip = pos + 2 < line.size() && line[pos + 2] == '-';
            out.tokens.push_back({TokenKind::HereDoc, std::to_string(out.here_documents.size()), start, {}});
            out.here_documents.push_back({{"", strip}, false, false, false, ""});
            expect_delimiter = true;
            pos += strip ? 3 : 2;
            return;
        }
        if (c == '\n' && bodies_read < out.here_documents.size()) {
            out.tokens.push_back({TokenKind::Semicolon, "\n", start, {}});
            ++pos;
            read_bodies();
            return;
        }
        if (c == '>' && next == '>') {
            out.tokens.push_back({TokenKind::DGreat, ">>", start, {}});
            pos += 2;
            return;
        }
        ++pos;
        if (c == '|')
            out.tokens.push_back({TokenKind::Pipe, "|", start, {}});
        else if (c == '>')
            out.tokens.push_back({TokenKind::Great, ">", start, {}});
        else if (c == '<')
            out.tokens.push_back({TokenKind::Less, "<", start, {}});
        else if (c == '&')
            out.tokens.push_back({TokenKind::Word, "&", start, line.substr(start, 1)});
        else
            out.tokens.push_back({TokenKind::Semicolon, std::string(1, c), start, {}});
    }

    // read_bodies reads, after the newline that ends a line, the bodies of that line's here-documents:
    // each runs up to a line that is exactly its delimiter (after leading tabs, for <<-).
    void read_bodies() {
        for (; bodies_read < out.here_documents.size(); ++bodies_read) {
            PendingHereDocument& document = out.here_documents[bodies_read];
            if (!document.named) continue;  // `<<` with no word: the grammar reports it
            while (pos < line.size()) {
                std::size_t end = line.find('\n', pos);
                const bool last = end == std::string_view::npos;
                std::string_view body_line = line.substr(pos, last ? std::string_view::npos : end - pos);
                pos = last ? line.size() : end + 1;
                if (document.end.ends_at(body_line)) {
                    document.closed = true;
                    break;
                }
                if (document.end.strip_tabs)
                    body_line.remove_prefix(std::min(body_line.find_first_not_of('\t'), body_line.size()));
                document.body.append(body_line).push_back('\n');
            }
            if (!document.closed) return;
        }
    }

    void comment() {
        std::size_t end = line.find('\n', pos);
        pos = end == std::string_view::npos ? line.size() : end;
    }

    Lexed run() {
        while (pos < line.size()) {
            char c = line[pos];
            if (c == '\'')
                single_quoted();
            else if (c == '"')
                double_quoted();
            else if (c == '\\')
                backslash();
            else if (starts_substitution())
                substitution();
            else if (c == '#' && !in_word)
                comment();
            else if (c == ' ' || c == '\t' || c == '\r') {
                end_word();
                ++pos;
            } else if (is_operator_char(c))
                operator_token();
            else {
                start_word();
                word += c;
                ++pos;
            }
        }
        end_word();
        return out;
    }
};

struct Grammar {
    const std::vector<Token>& tokens;
    const std::vector<PendingHereDocument>& here_documents;
    std::size_t index = 0;
    ParsedLine result;

    bool at_end() const { return index >= tokens.size(); }
    const Token& current() const { return tokens[index]; }

    bool syntax_error(const std::string& near) {
        result.error = "syntax error near unexpected token `" + near + "'";
        return false;
    }

    bool redirect(SimpleCommand& command) {
        TokenKind kind = current().kind;
        std::string op = current().text;
        ++index;
        if (at_end()) {
            result.error = "syntax error near unexpected token `newline'";
            return false;
        }
        if (current().kind != TokenKind::Word) return syntax_error(current().text);
        if (kind == TokenKind::HereDoc) {
            const PendingHereDocument& document = here_documents[std::stoul(op)];
            command.here_document = HereDocument{document.body, !document.quoted};
        } else if (kind == TokenKind::Less) {
            command.input_file = current().text;
            command.raw_input_file = current().raw;
        } else {
            command.output_file = current().text;
            command.raw_output_file = current().raw;
            command.append = kind == TokenKind::DGreat;
        }
        ++index;
        return true;
    }

    bool simple_command(SimpleCommand& command) {
        while (!at_end()) {
            TokenKind kind = current().kind;
            if (kind == TokenKind::Word) {
                command.words.push_back(current().text);
                command.raw_words.emplace_back(current().raw);
                ++index;
            } else if (kind == TokenKind::Great || kind == TokenKind::DGreat || kind == TokenKind::Less ||
                       kind == TokenKind::HereDoc) {
                if (!redirect(command)) return false;
            } else
                break;
        }
        return true;
    }

    bool pipeline(Pipeline& out) {
        while (true) {
            SimpleCommand command;
            if (!simple_command(command)) return false;
            bool empty = command.words.empty() && command.output_file.empty() && command.input_file.empty();
            if (empty) {
                if (at_end()) {
                    result.incomplete = !out.commands.empty();
                    return out.commands.empty() ? true : syntax_error("newline");
                }
                return syntax_error(current().text);
            }
            out.commands.push_back(std::move(command));
            if (at_end() || current().kind != TokenKind::Pipe) return true;
            ++index;
        }
    }

    bool list() {
        Connector connector = Connector::Sequence;
        while (!at_end()) {
            if (current().kind == TokenKind::Semicolon && connector == Connector::Sequence) {
                if (current().text == ";") return syntax_error(";");
                ++index;
                continue;
            }
            ListItem item;
            item.connector = connector;
            if (!pipeline(item.pipeline)) return false;
            if (!item.pipeline.commands.empty()) result.items.push_back(std::move(item));
            if (at_end()) return true;
            TokenKind kind = current().kind;
            ++index;
            connector = kind == TokenKind::And  ? Connector::And
                        : kind == TokenKind::Or ? Connector::Or
                                                : Connector::Sequence;
            if (connector != Connector::Sequence && at_end()) {
                result.incomplete = true;
                result.error = "syntax error: unexpected end of file";
                return false;
            }
        }
        return true;
    }
};

}  // namespace

ParsedLine parse_command_line(std::string_view line) {
    Lexed lexed = WordLexer{line, 0, {}, {}, false, 0}.run();
    ParsedLine parsed;
    if (lexed.open_quote) {
        parsed.incomplete = true;
        parsed.error = std::string("unexpected EOF while looking for matching `") + lexed.quote + "'";
        return parsed;
    }
    if (lexed.trailing_backslash) {
        parsed.incomplete = true;
        parsed.error = "syntax error: unexpected end of file";
        return parsed;
    }
    for (const auto& document : lexed.here_documents) {
        if (document.named && !document.closed) parsed.open_here_documents.push_back(document.end);
    }
    if (!parsed.open_here_documents.empty()) {
        parsed.incomplete = true;
        parsed.error = "here-document delimited by end-of-file (wanted `" +
                       parsed.open_here_documents[0].delimiter + "')";
        return parsed;
    }
    Grammar grammar{lexed.tokens, lexed.here_documents, 0, {}};
    if (!grammar.list() && grammar.result.error.empty()) grammar.result.error = "syntax error";
    if (grammar.result.incomplete && grammar.result.error.empty())
        grammar.result.error = "syntax error: unexpected end of file";
    return grammar.result;
}

std::size_t end_of_substitution(std::string_view text, std::size_t open) {
    // The closers still expected, innermost last: ) } ` ' or ".
    std::vector<char> expected{text[open] == '`' ? '`' : text[open + 1] == '(' ? ')' : '}'};
    std::size_t i = text[open] == '`' ? open + 1 : open + 2;
    while (i < text.size()) {
        const char c = text[i];
        const char top = expected.back();
        const char next = i + 1 < text.size() ? text[i + 1] : '\0';
        if (top == '\'') {
            if (c == '\'') expected.pop_back();
            ++i;
            continue;
        }
        if (c == '\\') {
            i += 2;
            continue;
        }
        if (c == top) {
            expected.pop_back();
            ++i;
            if (expected.empty()) return i;
            continue;
        }
        if (c == '$' && (next == '(' || next == '{')) {
            expected.push_back(next == '(' ? ')' : '}');
            i += 2;
            continue;
        }
        if (c == '`' || (top != '"' && (c == '"' || c == '\''))) expected.push_back(c);
        if (top == ')' && c == '(') expected.push_back(')');
        ++i;
    }
    return std::string_view::npos;
}

std::vector<TypedWord> split_for_completion(std::string_view line) {
    Lexed lexed = WordLexer{line, 0, {}, {}, false, 0}.run();
    std::vector<TypedWord> words;
    for (const auto& token : lexed.tokens) {
        if (token.kind == TokenKind::Pipe || token.kind == TokenKind::And || token.kind == TokenKind::Or ||
            token.kind == TokenKind::Semicolon) {
            words.clear();
        } else if (token.kind == TokenKind::Word) {
            words.push_back({token.text, token.start});
        }
    }
    bool ends_in_space = !line.empty() && !lexed.open_quote &&
                         (line.back() == ' ' || line.back() == '\t' || is_operator_char(line.back()));
    if (words.empty() || ends_in_space) words.push_back({"", line.size()});
    return words;
}

std::string shell_quote(std::string_view word) {
    if (word.empty()) return "''";
    bool plain = true;
    for (char c : word) {
        bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    std::string_view("-_./:=,@+%^").find(c) != std::string_view::npos;
        plain = plain && safe;
    }
    if (plain) return std::string(word);
    std::string out = "'";
    for (char c : word) {
        if (c == '\'')
            out += "'\\''";
        else
            out += c;
    }
    return out + "'";
}

}  // namespace evb::cli
