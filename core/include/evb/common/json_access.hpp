// Safe reads of JSON documents (the world's snapshots, behaviour documents): a missing member or one of
// another type gives an empty value instead of undefined behaviour or an exception.
#pragma once

#include "evb/common/json.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace evb {

// member returns object[key], or a null value when object is not an object or lacks key.
inline const Json& member(const Json& object, std::string_view key) {
    static const Json kNull;
    if (!object.is_object()) return kNull;
    auto it = object.find(key);
    return it == object.end() ? kNull : *it;
}

// text_member returns a string member, or "" when it is absent or not a string.
inline std::string text_member(const Json& object, std::string_view key) {
    const Json& value = member(object, key);
    return value.is_string() ? value.get<std::string>() : std::string();
}

// number_member returns a numeric member, or 0 when it is absent or not a number.
inline std::int64_t number_member(const Json& object, std::string_view key) {
    const Json& value = member(object, key);
    return value.is_number() ? value.get<std::int64_t>() : 0;
}

// items returns an array member, or an empty array.
inline const Json& items(const Json& object, std::string_view key) {
    static const Json kEmpty = Json::array();
    const Json& value = member(object, key);
    return value.is_array() ? value : kEmpty;
}

}  // namespace evb
