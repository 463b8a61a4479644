// The AWS CLI's automatic pagination: keep calling while the service returns a next token, merge the
// result lists, honour --page-size, --max-items and --starting-token, and print the CLI's NextToken
// when --max-items cuts the results short. Depends on operation_model.hpp and core's World.
#pragma once

#include "evb/world/world.hpp"
#include "operation_model.hpp"

#include <optional>

namespace evb::cli {

struct PageOptions {
    std::optional<std::string> starting_token;
    std::optional<long long> page_size;
    std::optional<long long> max_items;
};

// paginate_call performs a paginated operation to the end (or to max_items) and merges its pages.
ApiResult paginate_call(World& world, const OperationSpec& op, Json request, const PageOptions& options);

}  // namespace evb::cli
