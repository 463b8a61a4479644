#include "evb/logs/filter_pattern.hpp"

#include "evb/common/json_path.hpp"
#include "evb/common/wildcard.hpp"

#include <cctype>

namespace evb {

// JsonFilterNode is one node of a JSON filter: an && / || of two nodes, or one comparison.
struct JsonFilterNode {
    enum class Kind { kAnd, kOr, kCompare } kind = Kind::kCompare;
    std::shared_ptr<const JsonFilterNode> left, right;
    std::string selector;
    std::string op;
    Json value;
};

namespace {

using NodePtr = std::shared_ptr<const JsonFilterNode>;

// split_terms cuts a plain pattern at spaces, keeping "quoted phrases" whole (quotes removed).
std::vector<std::string> split_terms(std::string_view text) {
    std::vector<std::string> terms;
    std::string current;
    bool quoted = false;
    for (char c : text) {
        if (c == '"')
            quoted = !quoted;
        else if (c == ' ' && !quoted) {
            if (!current.empty()) terms.push_back(current);
            current.clear();
        } else
            current += c;
    }
    if (!current.empty()) terms.push_back(current);
    return terms;
}

// contains tells whether message contains term.
bool contains(std::string_view message, std::string_view term) {
    return message.find(term) != std::string_view::npos;
}

// equals compares an event value with a filter value (strings may use * wildcards).
bool equals(const Json& actual, const Json& expected) {
    if (expected.is_string()) {
        return actual.is_string() && wildcard_match(expected.get<std::string>(), actual.get<std::string>());
    }
    return actual.is_number() && expected.is_number() && actual.get<double>() == expected.get<double>();
}

// compare_numbers applies <, <=, > or >= to two numbers.
bool compare_numbers(const Json& actual, const std::string& op, const Json& expected) {
    if (!actual.is_number() || !expected.is_number()) return false;
    const double a = actual.get<double>(), b = expected.get<double>();
    if (op == "<") return a < b;
    if (op == "<=") return a <= b;
    if (op == ">") return a > b;
    return a >= b;
}

// evaluate_compare applies one comparison to a parsed message.
bool evaluate_compare(const JsonFilterNode& node, const Json& message) {
    auto actual = json_path_select(message, node.selector);
    if (node.op == "NOT EXISTS") return !actual;
    if (!actual) return false;
    if (node.op == "IS NULL") return actual->is_null();
    if (node.op == "IS TRUE") return actual->is_boolean() && actual->get<bool>();
    if (node.op == "IS FALSE") return actual->is_boolean() && !actual->get<bool>();
    if (node.op == "=") return equals(*actual, node.value);
    if (node.op == "!=") return !equals(*actual, node.value);
    return compare_numbers(*actual, node.op, node.value);
}

// evaluate walks the filter tree.
bool evaluate(const JsonFilterNode& node, const Json& message) {
    if (node.kind == JsonFilterNode::Kind::kAnd)
        return evaluate(*node.left, message) && evaluate(*node.right, message);
    if (node.kind == JsonFilterNode::Kind::kOr)
        return evaluate(*node.left, message) || evaluate(*node.right, message);
    return evaluate_compare(node, message);
}

// JsonFilterParser reads the text between the braces of a JSON filter pattern.
class JsonFilterParser {
  public:
    explicit JsonFilterParser(std::string_view text) : text_(text) {}

    // parse reads the whole expression; nullptr when it is malformed.
    NodePtr parse() {
        NodePtr node = parse_or();
        skip_spaces();
        return node && at_ == text_.size() ? node : nullptr;
    }

  private:
    void skip_spaces() {
        while (at_ < text_.size() && text_[at_] == ' ')
            ++at_;
    }

    bool take(std::string_view token) {
        skip_spaces();
        if (text_.substr(at_, token.size()) != token) return false;
        at_ += token.size();
        return true;
    }

    NodePtr combine(JsonFilterNode::Kind kind, NodePtr left, NodePtr right) {
        if (!left || !right) return nullptr;
        auto node = std::make_shared<JsonFilterNode>();
        node->kind = kind;
        node->left = std::move(left);
        node->right = std::move(right);
        return node;
    }

    NodePtr parse_or() {
        NodePtr left = parse_and();
        while (left && take("||"))
            left = combine(JsonFilterNode::Kind::kOr, left, parse_and());
        return left;
    }

    NodePtr parse_and() {
        NodePtr left = parse_primary();
        while (left && take("&&"))
            left = combine(JsonFilterNode::Kind::kAnd, left, parse_primary());
        return left;
    }

    NodePtr parse_primary() {
        if (take("(")) {
            NodePtr inner = parse_or();
            return inner && take(")") ? inner : nullptr;
        }
        return parse_comparison();
    }

    std::string read_word() {
        skip_spaces();
        const std::size_t start = at_;
        while (at_ < text_.size() && text_[at_] != ' ' && text_[at_] != ')' && text_[at_] != '(' &&
               text_.substr(at_, 2) != "&&" && text_.substr(at_, 2) != "||" && !is_op_char(text_[at_])) {
            ++at_;
        }
        return std::string(text_.substr(start, at_ - start));
    }

    static bool is_op_char(char c) { return c == '=' || c == '!' || c == '<' || c == '>'; }

    std::string read_operator() {
        skip_spaces();
        for (std::string_view op : {"!=", "<=", ">=", "=", "<", ">"}) {
            if (take(op)) return std::string(op);
        }
        if (take("IS NULL")) return "IS NULL";
        if (take("IS TRUE")) return "IS TRUE";
        if (take("IS FALSE")) return "IS FALSE";
        if (take("NOT EXISTS")) return "NOT EXISTS";
        return "";
    }

    std::optional<Json> read_value() {
        skip_spaces();
        if (at_ < text_.size() && text_[at_] == '"') {
            const std::size_t close = text_.find('"', at_ + 1);
            if (close == std::string_view::npos) return std::nullopt;
            std::string value(text_.substr(at_ + 1, close - at_ - 1));
            at_ = close + 1;
            return Json(value);
        }
        const std::string word = read_word();
        if (word.empty()) return std::nullopt;
        if (auto number = parse_json(word); number && number->is_number()) return number;
        return Json(word);
    }

    NodePtr parse_comparison() {
        const std::string selector = read_word();
        if (selector.empty() || selector[0] != '$' || !is_valid_json_path(selector)) return nullptr;
        auto node = std::make_shared<JsonFilterNode>();
        node->selector = selector;
        node->op = read_operator();
        if (node->op.empty()) return nullptr;
        if (node->op.find(' ') != std::string::npos) return node;
        auto value = read_value();
        if (!value) return nullptr;
        node->value = *value;
        return node;
    }

    std::string_view text_;
    std::size_t at_ = 0;
};

// trim removes surrounding spaces.
std::string_view trim(std::string_view text) {
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    return text;
}

ApiError invalid_pattern() {
    return ApiError{"InvalidParameterException", "Invalid filter pattern"};
}

}  // namespace

// LogFilterParser fills a LogFilter's private parts.
struct LogFilterParser {
    static LogFilterResult parse(std::string_view pattern) {
        // CloudWatch Logs takes filter patterns of at most 1024 characters; the bound also keeps the
        // recursive descent over parentheses and the evaluation of && / || chains shallow.
        if (pattern.size() > kMaxFilterPatternLength) {
            return {std::nullopt, ApiError{"InvalidParameterException",
                                           "Invalid filter pattern: longer than " +
                                               std::to_string(kMaxFilterPatternLength) + " characters"}};
        }
        LogFilter filter;
        pattern = trim(pattern);
        if (!pattern.empty() && pattern.front() == '[') {
            return {std::nullopt,
                    ApiError{"InvalidParameterException",
                             "Space-delimited filter patterns are not supported in this playground."}};
        }
        if (!pattern.empty() && pattern.front() == '{') {
            if (pattern.back() != '}') return {std::nullopt, invalid_pattern()};
            filter.json = JsonFilterParser(pattern.substr(1, pattern.size() - 2)).parse();
            if (!filter.json) return {std::nullopt, invalid_pattern()};
            return {filter, std::nullopt};
        }
        for (auto& term : split_terms(pattern)) {
            if (term.size() > 1 && term[0] == '?')
                filter.any_terms.push_back(term.substr(1));
            else if (term.size() > 1 && term[0] == '-')
                filter.excluded_terms.push_back(term.substr(1));
            else
                filter.all_terms.push_back(term);
        }
        return {filter, std::nullopt};
    }
};

bool LogFilter::matches(std::string_view message) const {
    if (json) {
        auto parsed = parse_json(message);
        return parsed && parsed->is_object() && evaluate(*json, *parsed);
    }
    for (const auto& term : all_terms) {
        if (!contains(message, term)) return false;
    }
    for (const auto& term : excluded_terms) {
        if (contains(message, term)) return false;
    }
    if (any_terms.empty()) return true;
    for (const auto& term : any_terms) {
        if (contains(message, term)) return true;
    }
    return false;
}

LogFilterResult parse_log_filter(std::string_view pattern) {
    return LogFilterParser::parse(pattern);
}

}  // namespace evb
