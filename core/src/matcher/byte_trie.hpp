// ByteTrie: the prefixes (or, added reversed, the suffixes) of one field's prefix/suffix tests, sharing their
// common beginnings, so finding every prefix of a value costs one step per byte of the value, however many
// prefixes there are. Each node lists the tests whose text ends there. Depends only on the standard library.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace evb::matcher {

class ByteTrie {
  public:
    // add registers a test under a text (forwards), or under the text read backwards.
    void add(std::string_view text, std::uint32_t test, bool backwards);

    // empty tells whether no text was added.
    bool empty() const { return nodes_.empty(); }

    // collect appends the tests of every added text that begins (or, backwards, ends) the value.
    void collect(std::string_view value, bool backwards, std::vector<std::uint32_t>& out) const {
        if (!nodes_.empty()) walk(value, backwards, out);  // the test inline: most fields have no trie
    }

  private:
    struct Edge {
        unsigned char byte = 0;
        std::uint32_t to = 0;
    };
    struct Node {
        std::vector<Edge> edges;  // sorted by byte
        std::vector<std::uint32_t> tests;
    };

    std::int64_t next(std::uint32_t node, unsigned char byte) const;
    void walk(std::string_view value, bool backwards, std::vector<std::uint32_t>& out) const;

    std::vector<Node> nodes_;  // node 0 is the root once anything is added
};

}  // namespace evb::matcher
