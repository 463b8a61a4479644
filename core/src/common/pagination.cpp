#include "pagination.hpp"

#include "evb/common/base64.hpp"

#include <string_view>

namespace evb {
namespace {

constexpr std::string_view kTokenPrefix = "evb-page:";

// token_offset decodes a token back to the index it points at.
std::optional<std::size_t> token_offset(const std::string& token) {
    auto text = base64_decode(token);
    if (!text || text->rfind(kTokenPrefix, 0) != 0 || text->size() == kTokenPrefix.size())
        return std::nullopt;
    std::size_t offset = 0;
    for (char c : text->substr(kTokenPrefix.size())) {
        if (c < '0' || c > '9' || offset > 100000000) return std::nullopt;
        offset = offset * 10 + static_cast<std::size_t>(c - '0');
    }
    return offset;
}

}  // namespace

std::optional<Page> paginate(std::size_t total, const std::optional<std::string>& token,
                             std::optional<std::int64_t> limit, std::size_t default_limit) {
    Page page;
    if (token) {
        auto offset = token_offset(*token);
        if (!offset) return std::nullopt;
        page.begin = *offset < total ? *offset : total;
    }
    const std::size_t size = limit && *limit > 0 ? static_cast<std::size_t>(*limit) : default_limit;
    page.end = total - page.begin > size ? page.begin + size : total;
    if (page.end < total)
        page.next_token = base64_encode(std::string(kTokenPrefix) + std::to_string(page.end));
    return page;
}

}  // namespace evb
