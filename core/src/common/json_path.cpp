#include "evb/common/json_path.hpp"

#include <string>
#include <vector>

namespace evb {
namespace {

// Step is one path step: a member name, an array index, or a wildcard.
struct Step {
    enum class Kind { kName, kIndex, kWildcard } kind;
    std::string name;
    std::size_t index = 0;
};

// is_name_char tells whether c may appear in a dotted member name.
bool is_name_char(char c) {
    return c != '.' && c != '[' && c != ']' && c != ' ';
}

// read_bracket reads "[3]", "[*]" or "['name']" at text[at].
std::optional<Step> read_bracket(std::string_view text, std::size_t& at) {
    const std::size_t close = text.find(']', at);
    if (close == std::string_view::npos) return std::nullopt;
    std::string_view inside = text.substr(at + 1, close - at - 1);
    at = close + 1;
    if (inside == "*") return Step{Step::Kind::kWildcard, "", 0};
    if (inside.size() >= 2 && (inside.front() == '\'' || inside.front() == '"') &&
        inside.back() == inside.front()) {
        return Step{Step::Kind::kName, std::string(inside.substr(1, inside.size() - 2)), 0};
    }
    if (inside.empty() || inside.size() > 9) return std::nullopt;
    std::size_t index = 0;
    for (char c : inside) {
        if (c < '0' || c > '9') return std::nullopt;
        index = index * 10 + static_cast<std::size_t>(c - '0');
    }
    return Step{Step::Kind::kIndex, "", index};
}

// read_dotted reads ".name" or ".*" at text[at].
std::optional<Step> read_dotted(std::string_view text, std::size_t& at) {
    std::size_t end = ++at;
    while (end < text.size() && is_name_char(text[end]))
        ++end;
    if (end == at) return std::nullopt;
    std::string name(text.substr(at, end - at));
    at = end;
    if (name == "*") return Step{Step::Kind::kWildcard, "", 0};
    return Step{Step::Kind::kName, name, 0};
}

// parse splits a path into steps; nothing when it is not in the subset.
std::optional<std::vector<Step>> parse(std::string_view text) {
    if (text.empty() || text[0] != '$') return std::nullopt;
    std::vector<Step> steps;
    for (std::size_t at = 1; at < text.size();) {
        std::optional<Step> step;
        if (text[at] == '.')
            step = read_dotted(text, at);
        else if (text[at] == '[')
            step = read_bracket(text, at);
        if (!step) return std::nullopt;
        steps.push_back(*step);
    }
    return steps;
}

// select applies steps from position i to value, appending results; wildcard tells whether one was used.
void select(const Json& value, const std::vector<Step>& steps, std::size_t i, std::vector<Json>& out) {
    if (i == steps.size()) return out.push_back(value);
    const Step& step = steps[i];
    if (step.kind == Step::Kind::kName && value.is_object()) {
        auto it = value.find(step.name);
        if (it != value.end()) select(*it, steps, i + 1, out);
    } else if (step.kind == Step::Kind::kIndex && value.is_array() && step.index < value.size()) {
        select(value[step.index], steps, i + 1, out);
    } else if (step.kind == Step::Kind::kWildcard && (value.is_array() || value.is_object())) {
        for (const auto& child : value)
            select(child, steps, i + 1, out);
    }
}

// has_wildcard tells whether any step is a wildcard.
bool has_wildcard(const std::vector<Step>& steps) {
    for (const auto& step : steps) {
        if (step.kind == Step::Kind::kWildcard) return true;
    }
    return false;
}

}  // namespace

bool is_valid_json_path(std::string_view path) {
    return parse(path).has_value();
}

std::optional<Json> json_path_select(const Json& document, std::string_view path) {
    auto steps = parse(path);
    if (!steps) return std::nullopt;
    std::vector<Json> found;
    select(document, *steps, 0, found);
    if (has_wildcard(*steps)) {
        if (found.empty()) return std::nullopt;
        Json all = Json::array();
        for (auto& value : found)
            all.push_back(std::move(value));
        return all;
    }
    if (found.empty()) return std::nullopt;
    return found.front();
}

}  // namespace evb
