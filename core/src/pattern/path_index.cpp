// PathIndex (see path_index.hpp).
#include "evb/pattern/path_index.hpp"

namespace evb {

void PathIndex::add(std::string_view path, std::uint32_t id) {
    entries_[std::string(path)].id = static_cast<std::int32_t>(id);
    for (std::size_t dot = path.find('.'); dot != std::string_view::npos; dot = path.find('.', dot + 1)) {
        entries_[std::string(path.substr(0, dot))].is_prefix = true;
    }
}

const PathEntry* PathIndex::find(std::string_view path) const {
    const auto found = entries_.find(path);
    return found == entries_.end() ? nullptr : &found->second;
}

}  // namespace evb
