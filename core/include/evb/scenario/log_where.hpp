// The "where" of an exercise's log-contains check: a CloudWatch Logs JSON filter body in which selectors
// may leave out "$." — `detail.price > 100 && source = "shop"` reads as the filter pattern
// `{ $.detail.price > 100 && $.source = "shop" }`, so teachers reuse FilterLogEvents' syntax and semantics.
// Depends only on the standard library.
#pragma once

#include <string>
#include <string_view>

namespace evb {

// where_to_filter_pattern turns a where clause into a JSON filter pattern (selectors gain "$."); a clause
// already in braces is returned as it is.
std::string where_to_filter_pattern(std::string_view where);

}  // namespace evb
