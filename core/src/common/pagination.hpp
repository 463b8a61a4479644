// Paging of list operations: an opaque NextToken/Marker that encodes where the next page starts.
// Depends only on the standard library.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace evb {

// Page is the slice [begin, end) of a list and the token of the next page, if any.
struct Page {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::optional<std::string> next_token;
};

// paginate slices total items by an optional token and limit; nothing when the token is not ours.
std::optional<Page> paginate(std::size_t total, const std::optional<std::string>& token,
                             std::optional<std::int64_t> limit, std::size_t default_limit);

}  // namespace evb
