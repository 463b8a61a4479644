// JMESPath internals shared by the lexer, parser, evaluator and function library.
// Private to evb_shell: callers use jmespath.hpp.
#pragma once

#include "evb/common/json.hpp"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace evb::cli {

enum class JmesToken {
    Eof,
    UnquotedIdentifier,
    QuotedIdentifier,
    Literal,
    Number,
    Dot,
    Star,
    Flatten,
    Filter,
    LBracket,
    RBracket,
    LBrace,
    RBrace,
    LParen,
    RParen,
    Comma,
    Colon,
    Pipe,
    Or,
    And,
    Not,
    Eq,
    Ne,
    Lt,
    Lte,
    Gt,
    Gte,
    Current,
    Expref
};

struct JmesLexeme {
    JmesToken type = JmesToken::Eof;
    std::string text;  // identifier name, raw token text
    Json value;        // literal value, or the number
    std::size_t position = 0;
};

// jmes_tokenize splits an expression into lexemes; on failure returns nothing and sets error.
std::optional<std::vector<JmesLexeme>> jmes_tokenize(std::string_view expression, std::string& error);

// jmes_token_name names a token type as jmespath.py does in its messages ("rbracket", "eof").
std::string jmes_token_name(JmesToken type);

enum class JmesKind {
    Identity,
    Current,
    Field,
    Subexpression,
    IndexExpression,
    Index,
    Slice,
    Projection,
    ValueProjection,
    Flatten,
    FilterProjection,
    MultiSelectList,
    MultiSelectHash,
    Literal,
    Pipe,
    Or,
    And,
    Not,
    Comparator,
    Function,
    Expref
};

struct JmesNode {
    JmesKind kind = JmesKind::Identity;
    std::string name;                   // field name, function name, comparator, hash key names
    Json value;                         // literal, index
    std::optional<long long> slice[3];  // start, stop, step
    std::vector<std::shared_ptr<const JmesNode>> children;
    std::vector<std::string> keys;  // multiselect hash keys, parallel to children
    int height = 1;                 // the longest path down to a leaf, bounded by the parser
};

using JmesNodePtr = std::shared_ptr<const JmesNode>;

// jmes_parse builds the syntax tree of an expression; on failure returns null and sets error.
JmesNodePtr jmes_parse(std::string_view expression, std::string& error);

// JmesRun is one evaluation's state: its first error, and the weight (values plus string bytes) that any one
// step's result may have.
struct JmesRun {
    std::string error;
    std::size_t budget = 0;
};

// jmes_eval evaluates a node against the current value; type errors set run.error (first one wins).
Json jmes_eval(const JmesNode& node, const Json& current, JmesRun& run);

// jmes_call_function runs a built-in function on evaluated arguments (expref arguments are unevaluated
// nodes in refs, null entries elsewhere).
Json jmes_call_function(const std::string& name, const std::vector<Json>& args,
                        const std::vector<const JmesNode*>& refs, JmesRun& run);

// jmes_truthy tells whether a value is true as JMESPath sees it (not null, false, "", [] or {}).
bool jmes_truthy(const Json& value);

// jmes_type names a value's JMESPath type: "string", "number", "boolean", "array", "object" or "null".
std::string jmes_type(const Json& value);

}  // namespace evb::cli
