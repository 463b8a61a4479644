// A read-only JSON picture of the whole account for the UI: buses with their rules, targets and metrics,
// log groups with streams and their latest events, functions, roles, policies and the activity feed.
// Shapes reuse the AWS field names where AWS has them. Depends only on the account model.
#pragma once

#include "evb/common/json.hpp"
#include "evb/world/account.hpp"

#include <cstddef>

namespace evb {

// kStateEventsPerStream bounds the log events per stream in the picture (the newest are kept).
inline constexpr std::size_t kStateEventsPerStream = 100;

// state_view builds the UI's picture of an account.
Json state_view(const Account& account);

}  // namespace evb
