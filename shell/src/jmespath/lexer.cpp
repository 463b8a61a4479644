// JMESPath lexer: expression text to lexemes, with jmespath.py's error wording.
#include "ast.hpp"

#include <cctype>
#include <charconv>

namespace evb::cli {
namespace {

struct Lexer {
    std::string_view text;
    std::size_t pos = 0;
    std::vector<JmesLexeme> out;
    std::string error;

    char peek(std::size_t ahead = 0) const { return pos + ahead < text.size() ? text[pos + ahead] : '\0'; }

    void emit(JmesToken type, std::size_t start, std::size_t length) {
        JmesLexeme lexeme;
        lexeme.type = type;
        lexeme.text = std::string(text.substr(start, length));
        lexeme.position = start;
        out.push_back(std::move(lexeme));
        pos = start + length;
    }

    // fail words a lexer error as jmespath.py's LexerError does (the expression unquoted, a caret below).
    bool fail(const std::string& message, std::size_t at) {
        error = "Bad jmespath expression: " + message + ":\n" + std::string(text) + "\n" +
                std::string(at, ' ') + "^";
        return false;
    }

    // delimited returns the text between a quote at pos and its unescaped closing twin.
    std::optional<std::string> delimited(char quote) {
        std::size_t start = pos;
        std::size_t i = pos + 1;
        while (i < text.size() && text[i] != quote)
            i += (text[i] == '\\' && i + 1 < text.size()) ? 2 : 1;
        if (i >= text.size()) {
            fail("Unclosed " + std::string(1, quote) + " delimiter", start);
            return std::nullopt;
        }
        pos = i + 1;
        return std::string(text.substr(start + 1, i - start - 1));
    }

    bool quoted_identifier() {
        std::size_t start = pos;
        auto body = delimited('"');
        if (!body) return false;
        auto parsed = parse_json("\"" + *body + "\"");
        if (!parsed) return fail("Invalid quoted identifier", start);
        JmesLexeme lexeme{JmesToken::QuotedIdentifier, parsed->get<std::string>(), Json(), start};
        out.push_back(std::move(lexeme));
        return true;
    }

    bool raw_string() {
        std::size_t start = pos;
        auto body = delimited('\'');
        if (!body) return false;
        std::string value;
        for (std::size_t i = 0; i < body->size(); ++i) {
            if ((*body)[i] == '\\' && i + 1 < body->size() && (*body)[i + 1] == '\'') ++i;
            value += (*body)[i];
        }
        out.push_back(JmesLexeme{JmesToken::Literal, value, Json(value), start});
        return true;
    }

    bool json_literal() {
        std::size_t start = pos;
        auto body = delimited('`');
        if (!body) return false;
        std::string unescaped;
        for (std::size_t i = 0; i < body->size(); ++i) {
            if ((*body)[i] == '\\' && i + 1 < body->size() && (*body)[i + 1] == '`') ++i;
            unescaped += (*body)[i];
        }
        auto parsed = parse_json(unescaped);
        if (!parsed) parsed = parse_json("\"" + unescaped + "\"");
        if (!parsed) return fail("Bad token `" + unescaped + "`", start);
        out.push_back(JmesLexeme{JmesToken::Literal, unescaped, std::move(*parsed), start});
        return true;
    }

    void number() {
        std::size_t start = pos;
        if (peek() == '-') ++pos;
        while (std::isdigit(static_cast<unsigned char>(peek())))
            ++pos;
        JmesLexeme lexeme{JmesToken::Number, std::string(text.substr(start, pos - start)), Json(), start};
        long long parsed = 0;
        auto result = std::from_chars(lexeme.text.data(), lexeme.text.data() + lexeme.text.size(), parsed);
        if (result.ec != std::errc()) parsed = lexeme.text[0] == '-' ? -(1LL << 62) : (1LL << 62);
        lexeme.value = parsed;
        out.push_back(std::move(lexeme));
    }

    void identifier() {
        std::size_t start = pos;
        while (std::isalnum(static_cast<unsigned char>(peek())) || peek() == '_')
            ++pos;
        out.push_back(JmesLexeme{JmesToken::UnquotedIdentifier, std::string(text.substr(start, pos - start)),
                                 Json(), start});
    }

    // two emits the two-character token when the next character is second, else the one-character one.
    void two(char second, JmesToken both, JmesToken single) {
        if (peek(1) == second)
            emit(both, pos, 2);
        else
            emit(single, pos, 1);
    }

    bool bracket() {
        if (peek(1) == ']')
            emit(JmesToken::Flatten, pos, 2);
        else if (peek(1) == '?')
            emit(JmesToken::Filter, pos, 2);
        else
            emit(JmesToken::LBracket, pos, 1);
        return true;
    }

    bool step() {
        char c = peek();
        unsigned char u = static_cast<unsigned char>(c);
        if (std::isspace(u)) {
            ++pos;
            return true;
        }
        if (std::isalpha(u) || c == '_') {
            identifier();
            return true;
        }
        if (std::isdigit(u) || (c == '-' && std::isdigit(static_cast<unsigned char>(peek(1))))) {
            number();
            return true;
        }
        switch (c) {
            case '.':
                emit(JmesToken::Dot, pos, 1);
                return true;
            case '*':
                emit(JmesToken::Star, pos, 1);
                return true;
            case ']':
                emit(JmesToken::RBracket, pos, 1);
                return true;
            case '{':
                emit(JmesToken::LBrace, pos, 1);
                return true;
            case '}':
                emit(JmesToken::RBrace, pos, 1);
                return true;
            case '(':
                emit(JmesToken::LParen, pos, 1);
                return true;
            case ')':
                emit(JmesToken::RParen, pos, 1);
                return true;
            case ',':
                emit(JmesToken::Comma, pos, 1);
                return true;
            case ':':
                emit(JmesToken::Colon, pos, 1);
                return true;
            case '@':
                emit(JmesToken::Current, pos, 1);
                return true;
            case '[':
                return bracket();
            case '|':
                two('|', JmesToken::Or, JmesToken::Pipe);
                return true;
            case '&':
                two('&', JmesToken::And, JmesToken::Expref);
                return true;
            case '<':
                two('=', JmesToken::Lte, JmesToken::Lt);
                return true;
            case '>':
                two('=', JmesToken::Gte, JmesToken::Gt);
                return true;
            case '!':
                two('=', JmesToken::Ne, JmesToken::Not);
                return true;
            case '=':
                if (peek(1) == '=') {
                    emit(JmesToken::Eq, pos, 2);
                    return true;
                }
                return fail("Unknown token '='", pos);
            case '"':
                return quoted_identifier();
            case '\'':
                return raw_string();
            case '`':
                return json_literal();
            default:
                return fail(c == '-' ? "Unknown token '-'" : "Unknown token " + std::string(1, c), pos);
        }
    }
};

}  // namespace

std::optional<std::vector<JmesLexeme>> jmes_tokenize(std::string_view expression, std::string& error) {
    Lexer lexer{expression, 0, {}, {}};
    while (lexer.pos < expression.size()) {
        if (!lexer.step()) {
            error = lexer.error;
            return std::nullopt;
        }
    }
    lexer.out.push_back(JmesLexeme{JmesToken::Eof, "", Json(), expression.size()});
    return lexer.out;
}

std::string jmes_token_name(JmesToken type) {
    static const char* const kNames[] = {"eof",
                                         "unquoted_identifier",
                                         "quoted_identifier",
                                         "literal",
                                         "number",
                                         "dot",
                                         "star",
                                         "flatten",
                                         "filter",
                                         "lbracket",
                                         "rbracket",
                                         "lbrace",
                                         "rbrace",
                                         "lparen",
                                         "rparen",
                                         "comma",
                                         "colon",
                                         "pipe",
                                         "or",
                                         "and",
                                         "not",
                                         "eq",
                                         "ne",
                                         "lt",
                                         "lte",
                                         "gt",
                                         "gte",
                                         "current",
                                         "expref"};
    return kNames[static_cast<int>(type)];
}

}  // namespace evb::cli
