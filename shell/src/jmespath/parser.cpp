// JMESPath parser: a Pratt parser over the lexemes, with jmespath.py's binding powers and error texts.
#include "ast.hpp"

#include <algorithm>
#include <optional>

namespace evb::cli {
namespace {

constexpr int kProjectionStop = 10;
// kMaxDepth bounds both the parser's recursion and the height of the tree it builds (chains such as
// `[][][]...` or `a.b.c...` grow the tree without recursing), so evaluating and freeing it stay shallow.
constexpr int kMaxDepth = 200;

int binding_power(JmesToken type) {
    switch (type) {
        case JmesToken::Pipe:
            return 1;
        case JmesToken::Or:
            return 2;
        case JmesToken::And:
            return 3;
        case JmesToken::Eq:
        case JmesToken::Ne:
        case JmesToken::Lt:
        case JmesToken::Lte:
        case JmesToken::Gt:
        case JmesToken::Gte:
            return 5;
        case JmesToken::Flatten:
            return 9;
        case JmesToken::Star:
            return 20;
        case JmesToken::Filter:
            return 21;
        case JmesToken::Dot:
            return 40;
        case JmesToken::Not:
            return 45;
        case JmesToken::LBrace:
            return 50;
        case JmesToken::LBracket:
            return 55;
        case JmesToken::LParen:
            return 60;
        default:
            return 0;
    }
}

std::shared_ptr<JmesNode> make(JmesKind kind, std::vector<JmesNodePtr> children = {}) {
    auto node = std::make_shared<JmesNode>();
    node->kind = kind;
    node->children = std::move(children);
    for (const auto& child : node->children)
        if (child) node->height = std::max(node->height, child->height + 1);
    return node;
}

// adopt appends a child to a node built piece by piece, keeping its height.
void adopt(JmesNode& node, JmesNodePtr child) {
    node.height = std::max(node.height, child->height + 1);
    node.children.push_back(std::move(child));
}

struct Parser {
    std::string_view source;
    std::vector<JmesLexeme> tokens;
    std::size_t index = 0;
    int depth = 0;
    std::string error;

    const JmesLexeme& current() const { return tokens[index]; }
    JmesToken type(std::size_t ahead = 0) const {
        return index + ahead < tokens.size() ? tokens[index + ahead].type : JmesToken::Eof;
    }
    void advance() {
        if (index + 1 < tokens.size()) ++index;
    }

    // fail words a parse error as jmespath.py does; at the end of the expression it is "Incomplete
    // expression", unless the rule that failed reports the end token itself (as after a dot). A column
    // overrides the token's (jmespath.py reports a quoted function name at column 0).
    JmesNodePtr fail(const std::string& message, bool eof_is_incomplete = true,
                     std::optional<std::size_t> column = std::nullopt) {
        if (!error.empty()) return nullptr;
        const JmesLexeme& token = current();
        if (token.type == JmesToken::Eof && eof_is_incomplete) {
            error = "Invalid jmespath expression: Incomplete expression:\n\"" + std::string(source) + "\"\n" +
                    std::string(source.size() + 1, ' ') + "^";
            return nullptr;
        }
        std::string name = jmes_token_name(token.type);
        for (char& c : name)
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        std::size_t at = column.value_or(token.position);
        error = message + ": Parse error at column " + std::to_string(at) + ", token \"" + token.text +
                "\" (" + name + "), for expression:\n\"" + std::string(source) + "\"\n" +
                std::string(at + 1, ' ') + "^";
        return nullptr;
    }

    bool match(JmesToken expected) {
        if (type() == expected) {
            advance();
            return true;
        }
        fail("Expecting: " + jmes_token_name(expected) + ", got: " + jmes_token_name(type()));
        return false;
    }

    JmesNodePtr expression(int power) {
        if (++depth > kMaxDepth) return fail("Expression nested too deeply");
        JmesLexeme token = current();
        advance();
        JmesNodePtr left = nud(token);
        while (left && power < binding_power(type())) {
            JmesToken op = type();
            advance();
            left = led(op, left);
            if (left && left->height > kMaxDepth) return fail("Expression nested too deeply");
        }
        --depth;
        return error.empty() ? left : nullptr;
    }

    JmesNodePtr nud(const JmesLexeme& token) {
        switch (token.type) {
            case JmesToken::Literal: {
                auto node = make(JmesKind::Literal);
                node->value = token.value;
                return node;
            }
            case JmesToken::UnquotedIdentifier:
                return field(token.text);
            case JmesToken::QuotedIdentifier:
                if (type() == JmesToken::LParen)
                    return fail("Quoted identifier not allowed for function names.", true, 0);
                return field(token.text);
            case JmesToken::Star:
                return value_projection(make(JmesKind::Identity), binding_power(JmesToken::Star));
            case JmesToken::Filter:
                return filter(make(JmesKind::Identity));
            case JmesToken::LBrace:
                return multi_select_hash();
            case JmesToken::LParen: {
                auto inner = expression(0);
                if (!inner || !match(JmesToken::RParen)) return nullptr;
                return inner;
            }
            case JmesToken::Flatten:
                return flatten(make(JmesKind::Identity));
            case JmesToken::Not:
                return make(JmesKind::Not, {expression(binding_power(JmesToken::Not))});
            case JmesToken::LBracket:
                return nud_bracket();
            case JmesToken::Current:
                return make(JmesKind::Current);
            case JmesToken::Expref:
                return make(JmesKind::Expref, {expression(binding_power(JmesToken::Expref))});
            default: {
                if (token.type == JmesToken::Eof) return fail("Incomplete expression");
                --index;
                return fail("invalid token");
            }
        }
    }

    JmesNodePtr field(const std::string& name) {
        auto node = make(JmesKind::Field);
        node->name = name;
        return node;
    }

    JmesNodePtr nud_bracket() {
        if (type() == JmesToken::Number || type() == JmesToken::Colon) {
            auto right = index_expression();
            return right ? project_if_slice(make(JmesKind::Identity), right) : nullptr;
        }
        if (type() == JmesToken::Star && type(1) == JmesToken::RBracket) {
            advance();
            advance();
            auto rhs = projection_rhs(binding_power(JmesToken::Star));
            return rhs ? make(JmesKind::Projection, {make(JmesKind::Identity), rhs}) : nullptr;
        }
        return multi_select_list();
    }

    JmesNodePtr led(JmesToken op, JmesNodePtr left) {
        switch (op) {
            case JmesToken::Dot:
                return led_dot(left);
            case JmesToken::Pipe:
                return binary(JmesKind::Pipe, left, op);
            case JmesToken::Or:
                return binary(JmesKind::Or, left, op);
            case JmesToken::And:
                return binary(JmesKind::And, left, op);
            case JmesToken::LParen:
                return function_call(left);
            case JmesToken::Filter:
                return filter(left);
            case JmesToken::Flatten:
                return flatten(left);
            case JmesToken::LBracket:
                return led_bracket(left);
            case JmesToken::Eq:
            case JmesToken::Ne:
            case JmesToken::Lt:
            case JmesToken::Lte:
            case JmesToken::Gt:
            case JmesToken::Gte:
                return comparator(op, left);
            default:
                --index;
                return fail("invalid token");
        }
    }

    JmesNodePtr binary(JmesKind kind, JmesNodePtr left, JmesToken op) {
        auto right = expression(binding_power(op));
        return right ? make(kind, {left, right}) : nullptr;
    }

    JmesNodePtr comparator(JmesToken op, JmesNodePtr left) {
        auto right = expression(binding_power(op));
        if (!right) return nullptr;
        auto node = make(JmesKind::Comparator, {left, right});
        node->name = jmes_token_name(op);
        return node;
    }

    JmesNodePtr led_dot(JmesNodePtr left) {
        if (type() == JmesToken::Star) {
            advance();
            return value_projection(left, binding_power(JmesToken::Dot));
        }
        auto right = dot_rhs(binding_power(JmesToken::Dot));
        return right ? make(JmesKind::Subexpression, {left, right}) : nullptr;
    }

    JmesNodePtr led_bracket(JmesNodePtr left) {
        if (type() == JmesToken::Number || type() == JmesToken::Colon) {
            auto right = index_expression();
            return right ? project_if_slice(left, right) : nullptr;
        }
        if (!match(JmesToken::Star) || !match(JmesToken::RBracket)) return nullptr;
        auto rhs = projection_rhs(binding_power(JmesToken::Star));
        return rhs ? make(JmesKind::Projection, {left, rhs}) : nullptr;
    }

    JmesNodePtr value_projection(JmesNodePtr left, int power) {
        auto rhs = projection_rhs(power);
        return rhs ? make(JmesKind::ValueProjection, {left, rhs}) : nullptr;
    }

    JmesNodePtr flatten(JmesNodePtr left) {
        auto rhs = projection_rhs(binding_power(JmesToken::Flatten));
        return rhs ? make(JmesKind::Projection, {make(JmesKind::Flatten, {left}), rhs}) : nullptr;
    }

    JmesNodePtr filter(JmesNodePtr left) {
        auto condition = expression(0);
        if (!condition || !match(JmesToken::RBracket)) return nullptr;
        JmesNodePtr rhs = type() == JmesToken::Flatten ? make(JmesKind::Identity)
                                                       : projection_rhs(binding_power(JmesToken::Filter));
        return rhs ? make(JmesKind::FilterProjection, {left, rhs, condition}) : nullptr;
    }

    JmesNodePtr project_if_slice(JmesNodePtr left, JmesNodePtr right) {
        auto index_expr = make(JmesKind::IndexExpression, {left, right});
        if (right->kind != JmesKind::Slice) return index_expr;
        auto rhs = projection_rhs(binding_power(JmesToken::Star));
        return rhs ? make(JmesKind::Projection, {index_expr, rhs}) : nullptr;
    }

    JmesNodePtr index_expression() {
        if (type() == JmesToken::Colon || type(1) == JmesToken::Colon) return slice();
        auto node = make(JmesKind::Index);
        node->value = current().value;
        advance();
        return match(JmesToken::RBracket) ? node : nullptr;
    }

    JmesNodePtr slice() {
        auto node = make(JmesKind::Slice);
        int part = 0;
        while (type() != JmesToken::RBracket && type() != JmesToken::Eof) {
            if (type() == JmesToken::Colon) {
                if (++part > 2) return fail("syntax error");
                advance();
            } else if (type() == JmesToken::Number) {
                node->slice[part] = current().value.get<long long>();
                advance();
            } else {
                return fail("syntax error");
            }
        }
        if (node->slice[2] && *node->slice[2] == 0) return fail("Invalid slice, step cannot be 0");
        return match(JmesToken::RBracket) ? node : nullptr;
    }

    JmesNodePtr projection_rhs(int power) {
        if (binding_power(type()) < kProjectionStop) return make(JmesKind::Identity);
        if (type() == JmesToken::LBracket || type() == JmesToken::Filter) return expression(power);
        if (type() == JmesToken::Dot) {
            advance();
            return dot_rhs(power);
        }
        return fail("syntax error");
    }

    JmesNodePtr dot_rhs(int power) {
        JmesToken next = type();
        if (next == JmesToken::QuotedIdentifier || next == JmesToken::UnquotedIdentifier ||
            next == JmesToken::Star) {
            return expression(power);
        }
        if (next == JmesToken::LBracket) {
            advance();
            return multi_select_list();
        }
        if (next == JmesToken::LBrace) {
            advance();
            return multi_select_hash();
        }
        return fail("Expecting: ['quoted_identifier', 'unquoted_identifier', 'lbracket', 'lbrace'], got: " +
                        jmes_token_name(next),
                    false);
    }

    JmesNodePtr multi_select_list() {
        std::vector<JmesNodePtr> items;
        while (true) {
            auto item = expression(0);
            if (!item) return nullptr;
            items.push_back(item);
            if (type() == JmesToken::RBracket) break;
            if (!match(JmesToken::Comma)) return nullptr;
        }
        advance();
        return make(JmesKind::MultiSelectList, std::move(items));
    }

    JmesNodePtr multi_select_hash() {
        auto node = make(JmesKind::MultiSelectHash);
        while (true) {
            if (type() != JmesToken::QuotedIdentifier && type() != JmesToken::UnquotedIdentifier) {
                return fail("Expecting: ['quoted_identifier', 'unquoted_identifier'], got: " +
                            jmes_token_name(type()));
            }
            node->keys.push_back(current().text);
            advance();
            if (!match(JmesToken::Colon)) return nullptr;
            auto value = expression(0);
            if (!value) return nullptr;
            adopt(*node, value);
            if (type() == JmesToken::RBrace) break;
            if (!match(JmesToken::Comma)) return nullptr;
        }
        advance();
        return node;
    }

    JmesNodePtr function_call(JmesNodePtr left) {
        if (left->kind != JmesKind::Field) {
            --index;
            return fail("Invalid function name");
        }
        auto node = make(JmesKind::Function);
        node->name = left->name;
        while (type() != JmesToken::RParen) {
            auto argument = expression(0);
            if (!argument) return nullptr;
            adopt(*node, argument);
            if (type() == JmesToken::Comma)
                advance();
            else if (type() != JmesToken::RParen)
                return fail("Expecting: comma, got: " + jmes_token_name(type()));
        }
        advance();
        return node;
    }
};

}  // namespace

JmesNodePtr jmes_parse(std::string_view expression, std::string& error) {
    auto tokens = jmes_tokenize(expression, error);
    if (!tokens) return nullptr;
    Parser parser{expression, std::move(*tokens), 0, 0, {}};
    auto root = parser.expression(0);
    if (root && parser.type() != JmesToken::Eof) {
        root = parser.fail("Unexpected token: " + parser.current().text);
    }
    error = parser.error;
    return error.empty() ? root : nullptr;
}

}  // namespace evb::cli
