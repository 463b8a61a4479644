// EventReader: the fast matcher's single pass over an event's raw JSON text. It follows only the field names
// the FieldTree knows, hands each leaf value on a pattern path to a LeafSink (with its enclosing array
// positions, for array-consistent matching), and skips everything else with skip.hpp. It reads what it
// follows strictly; whenever it meets something it does not handle exactly as the reference flattener would
// (a backslash on a followed path, a syntax error, Jackson's limits) it gives up, and the caller re-reads the
// event with the reference flattener. Depends on the field tree, the skipper and the pattern engine's types.
#pragma once

#include "evb/pattern/flatten.hpp"
#include "evb/pattern/matcher.hpp"
#include "field_tree.hpp"
#include "number.hpp"

#include <cstdint>
#include <string_view>
#include <vector>

namespace evb::matcher {

// LeafSink receives the leaves the reader finds on pattern paths, in document order.
class LeafSink {
  public:
    // leaf receives one value at a pattern path (its text: `size` bytes at `text`), inside the given arrays
    // (outermost first); a number comes with its shape when the reader has it (else nullptr). The text is two
    // scalars, not a string_view: WebAssembly's C ABI passes a struct argument through memory, and copying it
    // there cost a store-forwarding stall on every leaf.
    virtual void leaf(std::uint32_t path, ValueType type, const char* text, std::size_t size,
                      const std::vector<ArrayStep>& steps, const NumberShape* number) = 0;

  protected:
    ~LeafSink() = default;
};

class EventReader {
  public:
    EventReader(const FieldTree& tree, LeafSink& sink) : tree_(tree), sink_(sink) {}

    // read walks an event; false when the reference flattener must decide instead.
    bool read(std::string_view json);

  private:
    bool object(const FieldTree::Node& at, int depth);
    bool array(std::int32_t node, int depth);
    bool value(std::int32_t node, int depth);
    bool container(char open, std::int32_t node, int depth);
    bool leaf_string(std::uint32_t path);
    bool leaf_token(std::uint32_t path);
    bool read_name(std::string_view& name);
    void skip_space() {
        while (p_ < end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t'))
            ++p_;
    }

    const FieldTree& tree_;
    LeafSink& sink_;
    const char* p_ = nullptr;
    const char* end_ = nullptr;
    std::uint32_t next_array_ = 0;
    std::vector<ArrayStep> steps_;
};

}  // namespace evb::matcher
