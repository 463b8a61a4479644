// The API requests that recreate an account's resources, in dependency order: event buses, log groups,
// customer managed policies, roles (with attached and inline policies), functions (their simulated
// behaviour packaged as the code), rules, then targets. Only resources, never their contents (log events,
// metrics, invocation counts) or generated ids. Two accounts with the same resources give the same list,
// which makes it the yardstick for "export then import gives back the same world".
// Depends only on the account model.
#pragma once

#include "evb/common/json.hpp"
#include "evb/world/account.hpp"

#include <string_view>

namespace evb {

// world_requests lists [{"service", "operation", "request"}, ...] that rebuild the account's resources.
Json world_requests(const Account& account);

// request_step is one {"service", "operation", "request"} entry of such a list.
Json request_step(std::string_view service, std::string_view operation, Json request);

}  // namespace evb
