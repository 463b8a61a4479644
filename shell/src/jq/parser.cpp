// The jq filter parser: precedence from lowest to highest is `|`, `,`, `//`, `or`, `and`, comparisons,
// then postfix terms (.a, [i], [], [i:j], ?).
#include "parser.hpp"

#include "functions.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

namespace evb::jq {
namespace {

// kMaxHeight bounds the parser's recursion and the height of the tree, so evaluating never recurses deeper.
constexpr int kMaxHeight = 200;

bool is_ident_start(char c) {
    return std::isalpha(static_cast<unsigned char>(c)) || c == '_';
}

bool is_ident_char(char c) {
    return is_ident_start(c) || std::isdigit(static_cast<unsigned char>(c));
}

Node make(Op op, std::vector<Node> kids = {}, std::string name = {}) {
    Node n;
    n.op = op;
    n.name = std::move(name);
    n.kids = std::move(kids);
    for (const auto& k : n.kids)
        n.height = std::max(n.height, k.height + 1);
    return n;
}

Node literal(Json value) {
    Node n;
    n.op = Op::Literal;
    n.value = std::move(value);
    return n;
}

class Parser {
  public:
    explicit Parser(std::string_view text) : text_(text) {}

    std::variant<Node, ParseError> run() {
        auto node = pipe();
        skip_ws();
        if (!error_ && pos_ < text_.size()) unexpected();
        if (error_) return *error_;
        return std::move(*node);
    }

  private:
    std::string_view text_;
    std::size_t pos_ = 0;
    int depth_ = 0;
    std::optional<ParseError> error_;

    std::nullopt_t fail(std::string message) {
        if (!error_) error_ = ParseError{std::move(message)};
        return std::nullopt;
    }

    std::nullopt_t unexpected() {
        if (pos_ >= text_.size())
            return fail(
                "syntax error, unexpected $end (Unix shell quoting issues?) at <top-level>, line 1:\n" +
                std::string(text_));
        return fail("syntax error, unexpected '" + std::string(1, text_[pos_]) +
                    "' at <top-level>, line 1:\n" + std::string(text_));
    }

    std::nullopt_t unsupported(const std::string& what) {
        return fail(what +
                    " is not supported by this shell's jq (supported: paths, [], |, ',', //, "
                    "comparisons, and/or/not, [..], {..}, select, map and the builtins `help` lists)");
    }

    void skip_ws() {
        while (pos_ < text_.size()) {
            if (std::isspace(static_cast<unsigned char>(text_[pos_]))) {
                ++pos_;
            } else if (text_[pos_] == '#') {
                while (pos_ < text_.size() && text_[pos_] != '\n')
                    ++pos_;
            } else {
                break;
            }
        }
    }

    bool peek(std::string_view s) {
        skip_ws();
        return text_.substr(pos_, s.size()) == s;
    }

    bool eat(std::string_view s) {
        if (!peek(s)) return false;
        pos_ += s.size();
        return true;
    }

    bool peek_word(std::string_view w) {
        skip_ws();
        if (text_.substr(pos_, w.size()) != w) return false;
        std::size_t end = pos_ + w.size();
        return end >= text_.size() || !is_ident_char(text_[end]);
    }

    bool eat_word(std::string_view w) {
        if (!peek_word(w)) return false;
        pos_ += w.size();
        return true;
    }

    std::optional<Node> checked(Node n) {
        if (n.height > kMaxHeight) return fail("filter nested too deeply (more than 200 levels)");
        return n;
    }

    // A binary level: operand parses the tighter level; ops are tried in order.
    template <typename Operand>
    std::optional<Node> left_assoc(Operand operand, std::string_view word, Op op) {
        auto left = (this->*operand)();
        while (left && eat_word(word)) {
            auto right = (this->*operand)();
            if (!right) return std::nullopt;
            left = checked(make(op, {std::move(*left), std::move(*right)}));
        }
        return left;
    }

    std::optional<Node> pipe() {
        if (++depth_ > kMaxHeight) return fail("filter nested too deeply (more than 200 levels)");
        if (peek_word("def")) return unsupported("`def`");
        auto left = comma();
        if (left && peek_word("as")) return unsupported("`as $variable`");
        if (left && eat("|")) {
            auto right = pipe();
            if (!right) return std::nullopt;
            left = checked(make(Op::Pipe, {std::move(*left), std::move(*right)}));
        }
        --depth_;
        return left;
    }

    std::optional<Node> comma() {
        auto left = alternative();
        while (left && eat(",")) {
            auto right = alternative();
            if (!right) return std::nullopt;
            left = checked(make(Op::Comma, {std::move(*left), std::move(*right)}));
        }
        return left;
    }

    std::optional<Node> alternative() {
        if (++depth_ > kMaxHeight) return fail("filter nested too deeply (more than 200 levels)");
        auto left = disjunction();
        --depth_;
        if (left && peek("//=")) return unsupported("`//=`");
        if (left && eat("//")) {
            auto right = alternative();
            if (!right) return std::nullopt;
            return checked(make(Op::Alternative, {std::move(*left), std::move(*right)}));
        }
        return left;
    }

    std::optional<Node> disjunction() { return left_assoc(&Parser::conjunction, "or", Op::Or); }

    std::optional<Node> conjunction() { return left_assoc(&Parser::comparison, "and", Op::And); }

    std::optional<Node> comparison() {
        auto left = postfix();
        if (!left) return std::nullopt;
        for (std::string_view cmp : {"==", "!=", "<=", ">=", "<", ">"}) {
            if (!eat(cmp)) continue;
            auto right = postfix();
            if (!right) return std::nullopt;
            return checked(make(Op::Compare, {std::move(*left), std::move(*right)}, std::string(cmp)));
        }
        skip_ws();
        if (pos_ < text_.size() && std::string_view("+-*/%").find(text_[pos_]) != std::string_view::npos &&
            !peek("//"))
            return unsupported("arithmetic (`" + std::string(1, text_[pos_]) + "`)");
        if (peek("|=") || peek("=")) return unsupported("assignment");
        return left;
    }

    std::optional<Node> postfix() {
        auto node = term();
        while (node) {
            if (peek(".") && !peek("..")) {
                std::size_t save = pos_;
                ++pos_;
                skip_ws();
                if (pos_ < text_.size() && text_[pos_] == '[') {
                    node = suffix_bracket(std::move(*node));
                } else if (pos_ < text_.size() && (is_ident_start(text_[pos_]) || text_[pos_] == '"')) {
                    node = field(std::move(*node));
                } else {
                    pos_ = save;
                    return unexpected();
                }
            } else if (peek("[")) {
                node = suffix_bracket(std::move(*node));
            } else if (peek("?") && !peek("?//")) {
                ++pos_;
                node = checked(make(Op::Optional, {std::move(*node)}));
            } else {
                break;
            }
        }
        return node;
    }

    std::optional<Node> field(Node target) {
        if (text_[pos_] == '"') {
            auto key = string_literal();
            if (!key) return std::nullopt;
            if (key->op != Op::Literal) return unsupported("an interpolated field name");
            return checked(make(Op::Field, {std::move(target)}, key->value.get<std::string>()));
        }
        std::size_t start = pos_;
        while (pos_ < text_.size() && is_ident_char(text_[pos_]))
            ++pos_;
        return checked(make(Op::Field, {std::move(target)}, std::string(text_.substr(start, pos_ - start))));
    }

    // suffix_bracket parses [], [e], [e:f], [:f], [e:] after a term.
    std::optional<Node> suffix_bracket(Node target) {
        eat("[");
        if (eat("]")) return checked(make(Op::Iterate, {std::move(target)}));
        std::optional<Node> from = peek(":") ? std::optional<Node>(literal(nullptr)) : pipe();
        if (!from) return std::nullopt;
        if (eat(":")) {
            std::optional<Node> to = peek("]") ? std::optional<Node>(literal(nullptr)) : pipe();
            if (!to) return std::nullopt;
            if (!eat("]")) return unexpected();
            return checked(make(Op::Slice, {std::move(target), std::move(*from), std::move(*to)}));
        }
        if (!eat("]")) return unexpected();
        return checked(make(Op::Index, {std::move(target), std::move(*from)}));
    }

    std::optional<Node> term() {
        skip_ws();
        if (pos_ >= text_.size()) return unexpected();
        char c = text_[pos_];
        if (c == '.') return dot_term();
        if (c == '"') return string_literal();
        if (c == '-' || std::isdigit(static_cast<unsigned char>(c))) return number();
        if (c == '(') {
            ++pos_;
            auto inner = pipe();
            if (!inner) return std::nullopt;
            if (!eat(")")) return unexpected();
            return inner;
        }
        if (c == '[') {
            ++pos_;
            if (eat("]")) return make(Op::Collect);
            auto inner = pipe();
            if (!inner) return std::nullopt;
            if (!eat("]")) return unexpected();
            return checked(make(Op::Collect, {std::move(*inner)}));
        }
        if (c == '{') return object();
        if (c == '$') return unsupported("`$variables`");
        if (c == '@') return unsupported("`@formats`");
        if (is_ident_start(c)) return call();
        return unexpected();
    }

    std::optional<Node> dot_term() {
        ++pos_;
        if (pos_ < text_.size() && text_[pos_] == '.') return unsupported("`..` (recurse)");
        if (pos_ < text_.size() && (is_ident_start(text_[pos_]) || text_[pos_] == '"'))
            return field(make(Op::Identity));
        skip_ws();
        if (pos_ < text_.size() && text_[pos_] == '"') return field(make(Op::Identity));
        if (pos_ < text_.size() && text_[pos_] == '[') return suffix_bracket(make(Op::Identity));
        return make(Op::Identity);
    }

    std::optional<Node> number() {
        std::size_t start = pos_;
        if (text_[pos_] == '-') {
            ++pos_;
            if (pos_ >= text_.size() || !std::isdigit(static_cast<unsigned char>(text_[pos_])))
                return unsupported("arithmetic (`-`)");
        }
        while (pos_ < text_.size() && (std::isdigit(static_cast<unsigned char>(text_[pos_])) ||
                                       text_[pos_] == '.' || text_[pos_] == 'e' || text_[pos_] == 'E' ||
                                       ((text_[pos_] == '+' || text_[pos_] == '-') &&
                                        (text_[pos_ - 1] == 'e' || text_[pos_ - 1] == 'E'))))
            ++pos_;
        auto value = parse_json(text_.substr(start, pos_ - start));
        if (!value || !value->is_number()) {
            pos_ = start;
            return unexpected();
        }
        return literal(std::move(*value));
    }

    std::optional<Node> object() {
        ++pos_;
        std::vector<Node> kids;
        if (eat("}")) return make(Op::Object);
        do {
            skip_ws();
            std::optional<Node> key;
            std::optional<std::string> shorthand;
            if (pos_ < text_.size() && text_[pos_] == '"') {
                key = string_literal();
                if (key && key->op == Op::Literal) shorthand = key->value.get<std::string>();
            } else if (pos_ < text_.size() && text_[pos_] == '(') {
                ++pos_;
                key = pipe();
                if (key && !eat(")")) return unexpected();
            } else if (pos_ < text_.size() && is_ident_start(text_[pos_])) {
                std::size_t start = pos_;
                while (pos_ < text_.size() && is_ident_char(text_[pos_]))
                    ++pos_;
                shorthand = std::string(text_.substr(start, pos_ - start));
                key = literal(*shorthand);
            } else if (pos_ < text_.size() && text_[pos_] == '$') {
                return unsupported("`$variables`");
            } else {
                return unexpected();
            }
            if (!key) return std::nullopt;
            std::optional<Node> value;
            if (eat(":")) {
                value = object_value();
            } else if (shorthand) {
                value = make(Op::Field, {make(Op::Identity)}, *shorthand);
            } else {
                return unexpected();
            }
            if (!value) return std::nullopt;
            kids.push_back(std::move(*key));
            kids.push_back(std::move(*value));
        } while (eat(","));
        if (!eat("}")) return unexpected();
        return checked(make(Op::Object, std::move(kids)));
    }

    // object_value parses a value in {k: v}: no bare `,` (it separates entries), a `|` chain allowed.
    std::optional<Node> object_value() {
        auto left = alternative();
        if (left && eat("|")) {
            auto right = object_value();
            if (!right) return std::nullopt;
            return checked(make(Op::Pipe, {std::move(*left), std::move(*right)}));
        }
        return left;
    }

    std::optional<Node> call() {
        std::size_t start = pos_;
        while (pos_ < text_.size() && is_ident_char(text_[pos_]))
            ++pos_;
        std::string name(text_.substr(start, pos_ - start));
        if (name == "true") return literal(true);
        if (name == "false") return literal(false);
        if (name == "null") return literal(nullptr);
        for (std::string_view word : {"if", "try", "reduce", "foreach", "label", "import", "include"})
            if (name == word) return unsupported("`" + name + "`");
        std::vector<Node> args;
        if (eat("(")) {
            do {
                auto arg = pipe_in_args();
                if (!arg) return std::nullopt;
                args.push_back(std::move(*arg));
            } while (eat(";"));
            if (!eat(")")) return unexpected();
        }
        if (!is_builtin(name, args.size()))
            return fail(name + "/" + std::to_string(args.size()) +
                        " is not defined at <top-level>, line 1:\n" + std::string(text_) +
                        "\n(this shell's jq supports only the builtins `help` lists)");
        return checked(make(Op::Call, std::move(args), std::move(name)));
    }

    std::optional<Node> pipe_in_args() { return pipe(); }

    // string_literal parses "..." with JSON escapes and \(...) interpolation.
    std::optional<Node> string_literal() {
        ++pos_;
        std::vector<Node> parts;
        std::string current;
        while (pos_ < text_.size() && text_[pos_] != '"') {
            char c = text_[pos_++];
            if (c != '\\') {
                current += c;
                continue;
            }
            if (pos_ >= text_.size()) break;
            char e = text_[pos_++];
            if (e == '(') {
                parts.push_back(literal(current));
                current.clear();
                auto inner = pipe();
                if (!inner) return std::nullopt;
                if (!eat(")")) return unexpected();
                parts.push_back(std::move(*inner));
            } else if (e == 'u') {
                auto decoded = parse_json("\"\\u" + std::string(text_.substr(pos_, 4)) + "\"");
                if (!decoded) return fail("invalid escape at line 1:\n" + std::string(text_));
                current += decoded->get<std::string>();
                pos_ += 4;
            } else {
                static constexpr std::string_view kFrom = "\"\\/bfnrt", kTo = "\"\\/\b\f\n\r\t";
                auto at = kFrom.find(e);
                if (at == std::string_view::npos)
                    return fail("invalid escape at line 1:\n" + std::string(text_));
                current += kTo[at];
            }
        }
        if (pos_ >= text_.size()) return unexpected();
        ++pos_;
        if (parts.empty()) return literal(current);
        parts.push_back(literal(current));
        return checked(make(Op::Interpolate, std::move(parts)));
    }
};

}  // namespace

std::variant<Node, ParseError> parse_filter(std::string_view text) {
    return Parser(text).run();
}

}  // namespace evb::jq
