// json_nests_deeper_than and parse_json (see evb/common/json_depth.hpp, evb/common/json.hpp): the depth is
// counted outside strings before nlohmann builds anything.
#include "evb/common/json.hpp"

#include <cstddef>

namespace evb {

bool json_nests_deeper_than(std::string_view text, int limit) {
    int depth = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > limit) return true;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return false;
}

std::optional<Json> parse_json(std::string_view text) {
    if (json_nests_deeper_than(text)) return std::nullopt;
    Json value = Json::parse(text.begin(), text.end(), nullptr, false);
    if (value.is_discarded()) return std::nullopt;
    return value;
}

}  // namespace evb
