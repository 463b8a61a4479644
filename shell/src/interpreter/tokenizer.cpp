// POSIX-shell word splitting and the little command grammar (pipes, lists, redirections) around it.
#include "tokenizer.hpp"

#include <cctype>

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

bool is_name(std::string_view word) {
    if (word.empty() || !(std::isalpha(static_cast<unsigned char>(word[0])) || word[0] == '_')) return false;
    for (char c : word) {
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') return false;
    }
    return true;
}

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

    // A reserved word counts only unquoted and where a command starts.
    bool at_word(std::string_view word) const {
        return !at_end() && current().kind == TokenKind::Word && current().raw == word;
    }

    bool at_any(std::initializer_list<std::string_view> words) const {
        for (std::string_view word : words) {
            if (at_word(word)) return true;
        }
        return false;
    }

    // at_unsupported_compound: a compound command or function definition bash has and this shell lacks.
    bool at_unsupported_compound() const {
        if (at_end() || current().kind != TokenKind::Word) return false;
        if (at_any({"case", "select", "function", "{", "[["})) return true;
        const std::string_view raw = current().raw;
        return raw.size() > 2 && raw.substr(raw.size() - 2) == "()";
    }

    // unsupported_compound refuses a compound command this shell lacks, but only once its closing word
    // has been read (the line is incomplete until then), so no line of its body runs on its own.
    bool unsupported_compound() {
        const std::string word = current().text;
        const std::string_view opener = word == "case" ? "case" : word == "select" ? "do" : "{";
        const std::string_view closer = word == "case" ? "esac" : word == "select" ? "done" : "}";
        int open = 0;
        bool closed = word == "[[";
        for (std::size_t i = index; !closed && i < tokens.size(); ++i) {
            if (tokens[i].kind != TokenKind::Word) continue;
            open += tokens[i].raw == opener || (opener == "{" && tokens[i].raw.ends_with("{"));
            closed = tokens[i].raw == closer && --open <= 0;
        }
        if (!closed) {
            ++compound_depth;
            return unexpected_end();
        }
        result.error = word +
                       ": this shell runs if, for, while and until but not yet case, select, functions, "
                       "{ } groups or [[ ]] (use [ ] instead)";
        return false;
    }

    int compound_depth = 0;  // compound commands being read

    bool unexpected_end() {
        result.open_compound = compound_depth > 0;
        result.incomplete = true;
        result.error = "syntax error: unexpected end of file";
        return false;
    }

    bool at_newline() const {
        return !at_end() && current().kind == TokenKind::Semicolon && current().text == "\n";
    }

    void skip_newlines() {
        while (at_newline())
            ++index;
    }

    bool expect(std::string_view word) {
        if (at_end()) return unexpected_end();
        if (!at_word(word)) return syntax_error(current().text);
        ++index;
        return true;
    }

    // body reads a list up to one of the words that end it; an empty one is bash's syntax error.
    bool body(CommandList& items, std::initializer_list<std::string_view> ends) {
        if (!list(items, ends)) return false;
        if (at_end()) return unexpected_end();
        if (items.empty()) return syntax_error(current().text);
        return true;
    }

    bool if_clause(CompoundCommand& compound) {
        compound.kind = CompoundCommand::Kind::If;
        do {
            ++index;  // if or elif
            CompoundCommand::Branch branch;
            if (!body(branch.condition, {"then"}) || !expect("then")) return false;
            if (!body(branch.body, {"elif", "else", "fi"})) return false;
            compound.branches.push_back(std::move(branch));
        } while (at_word("elif"));
        if (at_word("else")) {
            ++index;
            compound.otherwise.emplace();
            if (!body(*compound.otherwise, {"fi"})) return false;
        }
        return expect("fi");
    }

    bool for_clause(CompoundCommand& compound) {
        compound.kind = CompoundCommand::Kind::For;
        ++index;
        if (at_end()) return unexpected_end();
        if (current().kind != TokenKind::Word || !is_name(current().raw))
            return syntax_error(current().text == "\n" ? "newline" : current().text);
        compound.variable = current().text;
        ++index;
        skip_newlines();
        if (at_word("in")) {
            ++index;
            for (; !at_end() && current().kind == TokenKind::Word; ++index)
                compound.raw_words.emplace_back(current().raw);
        }
        if (!at_end() && current().kind == TokenKind::Semicolon) ++index;
        skip_newlines();
        CompoundCommand::Branch branch;
        if (!expect("do") || !body(branch.body, {"done"})) return false;
        compound.branches.push_back(std::move(branch));
        return expect("done");
    }

    bool loop_clause(CompoundCommand& compound) {
        compound.kind = at_word("while") ? CompoundCommand::Kind::While : CompoundCommand::Kind::Until;
        ++index;
        CompoundCommand::Branch branch;
        if (!body(branch.condition, {"do"}) || !expect("do") || !body(branch.body, {"done"})) return false;
        compound.branches.push_back(std::move(branch));
        return expect("done");
    }

    // compound_command reads an if, for, while or until and the redirections after it.
    bool compound_command(SimpleCommand& command) {
        auto compound = std::make_shared<CompoundCommand>();
        ++compound_depth;
        const bool read = at_word("if")    ? if_clause(*compound)
                          : at_word("for") ? for_clause(*compound)
                                           : loop_clause(*compound);
        --compound_depth;
        if (!read) return false;
        command.compound = std::move(compound);
        command.words = {"compound"};
        return simple_command(command) && (command.words.size() == 1 || syntax_error(command.words[1]));
    }

    bool pipeline(Pipeline& out) {
        while (true) {
            SimpleCommand command;
            if (at_unsupported_compound()) return unsupported_compound();
            const bool ok =
                at_any({"if", "for", "while", "until"}) ? compound_command(command) : simple_command(command);
            if (!ok) return false;
            bool empty = command.words.empty() && command.output_file.empty() && command.input_file.empty() &&
                         !command.here_document;
            if (empty) {
                if (at_end()) {
                    if (out.commands.empty()) return true;
                    return unexpected_end();
                }
                return syntax_error(current().text == "\n" ? "newline" : current().text);
            }
            out.commands.push_back(std::move(command));
            if (at_end() || current().kind != TokenKind::Pipe) return true;
            ++index;
            skip_newlines();  // a pipe may end a line
        }
    }

    // list reads commands up to the end, or up to one of `ends` where a command would start (the words
    // that close a compound command); any other closing word there is a syntax error.
    bool list(CommandList& items, std::initializer_list<std::string_view> ends) {
        Connector connector = Connector::Sequence;
        while (!at_end()) {
            if (current().kind == TokenKind::Semicolon && connector == Connector::Sequence) {
                if (current().text == ";") return syntax_error(";");
                ++index;
                continue;
            }
            if (connector == Connector::Sequence && at_any(ends)) return true;
            if (at_any({"then", "elif", "else", "fi", "do", "done"})) return syntax_error(current().text);
            ListItem item;
            item.connector = connector;
            if (!pipeline(item.pipeline)) return false;
            if (!item.pipeline.commands.empty()) items.push_back(std::move(item));
            if (at_end()) break;
            TokenKind kind = current().kind;
            if (kind != TokenKind::Semicolon && kind != TokenKind::And && kind != TokenKind::Or)
                return syntax_error(current().text);
            ++index;
            connector = kind == TokenKind::And  ? Connector::And
                        : kind == TokenKind::Or ? Connector::Or
                                                : Connector::Sequence;
            if (connector != Connector::Sequence) skip_newlines();  // && and || may end a line
            if (connector != Connector::Sequence && at_end()) return unexpected_end();
        }
        return ends.size() == 0 || unexpected_end();
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
    if (!grammar.list(grammar.result.items, {}) && grammar.result.error.empty())
        grammar.result.error = "syntax error";
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
