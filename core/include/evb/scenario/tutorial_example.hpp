// The seed tutorial's account, ready to use: manual-order-bus, manual-order-rule (every event of the
// account) with the /aws/events/manual-order-cw log group as target, the myManualOrder role with
// AWSLambdaBasicExecutionRole-... and AmazonEventBridgeFullAccess, and manual-order-function, whose
// behaviour puts the tutorial's order on the bus. As a list of API requests, so every step is replayable.
// Depends only on evb/world/world.hpp.
#pragma once

#include "evb/common/json.hpp"
#include "evb/world/world.hpp"

#include <optional>
#include <string_view>

namespace evb {

// manual_order_behavior is manual-order-function's behaviour: PutEvents with the tutorial's order.
Json manual_order_behavior();

// tutorial_requests lists the tutorial's set-up as [{"service", "operation", "request"}, ...].
Json tutorial_requests(std::string_view region, std::string_view account_id);

// install_tutorial_example performs tutorial_requests on a world; the first error stops it.
std::optional<ApiError> install_tutorial_example(World& world);

}  // namespace evb
