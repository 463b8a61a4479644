// Wildcard syntax, matching and complexity (see wildcard.hpp).
//
// Complexity: the wildcards on one field are merged into a trie over their bytes (as the quoted value
// '"' + text + '"', the way event-ruler stores them) and run as an automaton; a worst-case value keeps a set
// of trie states alive at once, each state costing the number of patterns reachable from it. The largest such
// cost over the reachable state sets is the complexity. The limit is our calibration against AWS's observed
// answers ("*:*:*:*:*:event-bus/*" rejected, one wildcard before repeating "dir/" accepted, three
// "*:stack/NAME/*" accepted and four rejected); AWS does not publish its threshold.
#include "evb/pattern/wildcard.hpp"

#include <algorithm>
#include <array>
#include <deque>
#include <map>
#include <set>

namespace evb {
namespace {

constexpr int kStar = 256;
constexpr std::size_t kMaxStateSets = 2000;

std::vector<int> tokens_of(std::string_view text) {
    std::vector<int> tokens{'"'};
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '*') {
            tokens.push_back(kStar);
        } else if (c == '\\' && i + 1 < text.size()) {
            tokens.push_back(static_cast<unsigned char>(text[++i]));
        } else {
            tokens.push_back(c);
        }
    }
    tokens.push_back('"');
    return tokens;
}

// A trie of wildcard token sequences; node 0 is the root.
struct WildcardTrie {
    std::vector<std::map<int, int>> children{1};
    std::vector<bool> star{false};
    std::vector<std::set<std::size_t>> reach{1};

    void add(const std::vector<int>& tokens, std::size_t pattern) {
        int node = 0;
        reach[0].insert(pattern);
        for (const int token : tokens) {
            auto found = children[static_cast<std::size_t>(node)].find(token);
            if (found == children[static_cast<std::size_t>(node)].end()) {
                children.emplace_back();
                star.push_back(token == kStar);
                reach.emplace_back();
                found = children[static_cast<std::size_t>(node)]
                            .emplace(token, static_cast<int>(children.size() - 1))
                            .first;
            }
            node = found->second;
            reach[static_cast<std::size_t>(node)].insert(pattern);
        }
    }

    std::vector<int> closure(std::set<int> states) const {
        std::vector<int> stack(states.begin(), states.end());
        while (!stack.empty()) {
            const int node = stack.back();
            stack.pop_back();
            const auto& next = children[static_cast<std::size_t>(node)];
            const auto found = next.find(kStar);
            if (found != next.end() && states.insert(found->second).second) stack.push_back(found->second);
        }
        return {states.begin(), states.end()};
    }

    std::vector<int> step(const std::vector<int>& states, int byte) const {
        std::set<int> next;
        for (const int node : states) {
            if (star[static_cast<std::size_t>(node)]) next.insert(node);
            const auto& edges = children[static_cast<std::size_t>(node)];
            const auto found = edges.find(byte);
            if (found != edges.end()) next.insert(found->second);
        }
        return next.empty() ? std::vector<int>{} : closure(std::move(next));
    }

    std::size_t cost(const std::vector<int>& states) const {
        std::size_t total = 0;
        for (const int node : states)
            total += reach[static_cast<std::size_t>(node)].size();
        return total;
    }

    std::vector<int> alphabet() const {
        std::array<bool, 256> used{};
        for (const auto& edges : children) {
            for (const auto& [token, child] : edges) {
                if (token != kStar) used[static_cast<std::size_t>(token)] = true;
            }
        }
        std::vector<int> bytes;
        int unused = -1;
        for (int b = 0; b < 256; ++b) {
            if (used[static_cast<std::size_t>(b)]) {
                bytes.push_back(b);
            } else if (unused < 0) {
                unused = b;
            }
        }
        if (unused >= 0) bytes.push_back(unused);
        return bytes;
    }
};

}  // namespace

std::optional<std::string> wildcard_syntax_error(std::string_view text) {
    // Positions count bytes of the quoted value '"' + text + '"', as AWS reports them.
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '*') {
            if (i + 1 < text.size() && text[i + 1] == '*') {
                return "Consecutive wildcard characters at pos " + std::to_string(i + 1);
            }
        } else if (text[i] == '\\') {
            if (i + 1 < text.size() && (text[i + 1] == '*' || text[i + 1] == '\\')) {
                ++i;
            } else {
                return "Invalid escape character at pos " + std::to_string(i + 1);
            }
        }
    }
    return std::nullopt;
}

WildcardPattern parse_wildcard(std::string_view text) {
    WildcardPattern pattern;
    pattern.pieces.emplace_back();
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '*') {
            pattern.pieces.emplace_back();
        } else if (text[i] == '\\' && i + 1 < text.size()) {
            pattern.pieces.back().push_back(text[++i]);
        } else {
            pattern.pieces.back().push_back(text[i]);
        }
    }
    return pattern;
}

bool wildcard_matches(const WildcardPattern& pattern, std::string_view value) {
    const auto& pieces = pattern.pieces;
    if (pieces.size() == 1) return value == pieces.front();
    const std::string& head = pieces.front();
    const std::string& tail = pieces.back();
    if (value.size() < head.size() + tail.size()) return false;
    if (value.substr(0, head.size()) != head || value.substr(value.size() - tail.size()) != tail)
        return false;
    std::size_t at = head.size();
    const std::size_t end = value.size() - tail.size();
    for (std::size_t i = 1; i + 1 < pieces.size(); ++i) {
        const std::size_t found = value.substr(0, end).find(pieces[i], at);
        if (found == std::string_view::npos) return false;
        at = found + pieces[i].size();
    }
    return true;
}

std::size_t wildcard_complexity(const std::vector<std::string>& texts) {
    WildcardTrie trie;
    for (std::size_t i = 0; i < texts.size(); ++i)
        trie.add(tokens_of(texts[i]), i);
    const std::vector<int> alphabet = trie.alphabet();
    const std::vector<int> start = trie.closure({0});
    std::set<std::vector<int>> seen{start};
    std::deque<std::vector<int>> queue{start};
    std::size_t worst = 0;
    while (!queue.empty() && seen.size() < kMaxStateSets && worst <= kMaxWildcardComplexity) {
        const std::vector<int> states = queue.front();
        queue.pop_front();
        if (states != start) worst = std::max(worst, trie.cost(states));
        for (const int byte : alphabet) {
            std::vector<int> next = trie.step(states, byte);
            if (!next.empty() && seen.insert(next).second) queue.push_back(std::move(next));
        }
    }
    return worst;
}

}  // namespace evb
