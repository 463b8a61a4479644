// FieldTree (see field_tree.hpp). Every pattern path and each of its dotted prefixes is an entry; an entry is
// reachable from the root by its whole text and from each shorter entry that it extends by the rest after
// that entry's dot.
#include "field_tree.hpp"

namespace evb::matcher {

FieldTree::FieldTree() : nodes_(1) {}

void FieldTree::add_path(std::string_view path, std::uint32_t id) {
    for (std::size_t dot = path.find('.'); dot != std::string_view::npos; dot = path.find('.', dot + 1))
        entry(path.substr(0, dot));
    nodes_[static_cast<std::size_t>(entry(path))].path = static_cast<std::int32_t>(id);
}

std::int32_t FieldTree::entry(std::string_view dotted) {
    const std::int32_t known = entries_.find(dotted);
    if (known != StringTable::kMissing) return known + 1;
    const auto node = static_cast<std::int32_t>(entries_.add(dotted)) + 1;
    nodes_.emplace_back();
    link(kRoot, dotted, node);
    for (std::size_t dot = dotted.find('.'); dot != std::string_view::npos; dot = dotted.find('.', dot + 1))
        link(entries_.find(dotted.substr(0, dot)) + 1, dotted.substr(dot + 1), node);
    return node;
}

void FieldTree::link(std::int32_t from, std::string_view name, std::int32_t to) {
    Node& node = nodes_[static_cast<std::size_t>(from)];
    if (node.names == kNone) {
        node.names = static_cast<std::int32_t>(names_.size());
        names_.emplace_back();
    }
    Names& names = names_[static_cast<std::size_t>(node.names)];
    names.lengths |= length_bit(name.size());
    const std::uint32_t name_id = names.table.add(name);
    if (name_id == names.nodes.size()) names.nodes.push_back(to);
    names.few_count = 0;
    if (names.table.size() > kFewNames) return;
    for (std::uint32_t id = 0; id < names.table.size(); ++id)
        names.few[id] = FewName{key_of(names.table.text(id)), id, names.nodes[id]};
    names.few_count = static_cast<int>(names.table.size());
}

}  // namespace evb::matcher
