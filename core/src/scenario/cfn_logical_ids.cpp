// Logical ids from names.
#include "evb/scenario/cfn_logical_ids.hpp"

namespace evb {
namespace {

bool is_alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

char upper(char c) {
    return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
}

std::string key_of(std::string_view kind, std::string_view name) {
    return std::string(kind) + '\n' + std::string(name);
}

}  // namespace

std::string upper_camel(std::string_view name) {
    std::string out;
    bool start = true;
    for (char c : name) {
        if (!is_alnum(c)) {
            start = true;
            continue;
        }
        out += start ? upper(c) : c;
        start = false;
    }
    return out;
}

std::string LogicalIds::assign(std::string_view kind, std::string_view name) {
    const std::string key = key_of(kind, name);
    if (auto it = by_key_.find(key); it != by_key_.end()) return it->second;
    std::string base = (std::string(kind) + upper_camel(name)).substr(0, kMaxLogicalIdLength - 4);
    std::string id = base;
    for (int n = 2; used_.count(id); ++n)
        id = base + std::to_string(n);
    used_.insert(id);
    by_key_.emplace(key, id);
    return id;
}

std::optional<std::string> LogicalIds::find(std::string_view kind, std::string_view name) const {
    auto it = by_key_.find(key_of(kind, name));
    if (it == by_key_.end()) return std::nullopt;
    return it->second;
}

}  // namespace evb
