// The activity feed: one entry per routed event (what matched, what was delivered), kept within the
// world's activity budget; the oldest entries are dropped first and counted. Depends only on
// evb/world/account.hpp.
#pragma once

#include "evb/world/account.hpp"

namespace evb {

// record_activity appends one entry to the feed and drops the oldest beyond the budget.
void record_activity(Account& account, Json entry);

// trim_activity drops the oldest entries beyond the budget, counting them.
void trim_activity(Account& account);

}  // namespace evb
