// Moving the virtual clock: scheduled rules fire, in time order, at each firing time they pass, with
// the clock set to that time. A single move fires at most kMaxFiringsPerMove events; the rest are
// skipped and counted in Metrics::skipped_schedule_firings. Depends on the account model and routing.
#pragma once

#include "evb/world/account.hpp"

#include <cstdint>

namespace evb {

inline constexpr std::uint64_t kMaxFiringsPerMove = 10000;

// advance_clock moves the clock forward to target_ms, firing every scheduled rule that comes due.
void advance_clock(Account& account, std::int64_t target_ms);

// rewind_clock moves the clock back to target_ms and replans every schedule from there.
void rewind_clock(Account& account, std::int64_t target_ms);

}  // namespace evb
