// ByteTrie (see byte_trie.hpp).
#include "byte_trie.hpp"

#include <algorithm>

namespace evb::matcher {

std::int64_t ByteTrie::next(std::uint32_t node, unsigned char byte) const {
    const std::vector<Edge>& edges = nodes_[node].edges;
    const auto found = std::lower_bound(edges.begin(), edges.end(), byte,
                                        [](const Edge& edge, unsigned char b) { return edge.byte < b; });
    return found != edges.end() && found->byte == byte ? static_cast<std::int64_t>(found->to) : -1;
}

void ByteTrie::add(std::string_view text, std::uint32_t test, bool backwards) {
    if (nodes_.empty()) nodes_.emplace_back();
    std::uint32_t node = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(backwards ? text[text.size() - 1 - i] : text[i]);
        const std::int64_t found = next(node, byte);
        if (found >= 0) {
            node = static_cast<std::uint32_t>(found);
            continue;
        }
        const auto child = static_cast<std::uint32_t>(nodes_.size());
        nodes_.emplace_back();
        std::vector<Edge>& edges = nodes_[node].edges;
        const auto at = std::lower_bound(edges.begin(), edges.end(), byte,
                                         [](const Edge& edge, unsigned char b) { return edge.byte < b; });
        edges.insert(at, Edge{byte, child});
        node = child;
    }
    nodes_[node].tests.push_back(test);
}

void ByteTrie::walk(std::string_view value, bool backwards, std::vector<std::uint32_t>& out) const {
    std::uint32_t node = 0;
    for (std::size_t i = 0;; ++i) {
        const std::vector<std::uint32_t>& tests = nodes_[node].tests;
        out.insert(out.end(), tests.begin(), tests.end());
        if (i == value.size()) return;
        const auto byte = static_cast<unsigned char>(backwards ? value[value.size() - 1 - i] : value[i]);
        const std::int64_t found = next(node, byte);
        if (found < 0) return;
        node = static_cast<std::uint32_t>(found);
    }
}

}  // namespace evb::matcher
