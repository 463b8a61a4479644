// CloudWatch Logs filter patterns for FilterLogEvents: terms (all must appear), "quoted phrases",
// ?optional terms (any may appear), -excluded terms, and JSON patterns such as
// { $.detail.price > 100 && $.source = "Order*" } with =, !=, <, <=, >, >=, IS NULL, NOT EXISTS,
// IS TRUE, IS FALSE, && , || and parentheses. Depends only on evb/common/json.hpp.
#pragma once

#include "evb/common/json.hpp"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace evb {

struct JsonFilterNode;

// LogFilter is a parsed filter pattern; an empty pattern matches every event.
class LogFilter {
  public:
    // matches tells whether a log event's message passes the filter.
    bool matches(std::string_view message) const;

  private:
    friend struct LogFilterParser;
    std::vector<std::string> all_terms, any_terms, excluded_terms;
    std::shared_ptr<const JsonFilterNode> json;
};

// LogFilterResult is a filter, or InvalidParameterException.
// kMaxFilterPatternLength is CloudWatch Logs' limit on a filter pattern (FilterLogEvents' filterPattern).
inline constexpr std::size_t kMaxFilterPatternLength = 1024;

struct LogFilterResult {
    std::optional<LogFilter> filter;
    std::optional<ApiError> error;
};

// parse_log_filter parses a filter pattern as CloudWatch Logs does.
LogFilterResult parse_log_filter(std::string_view pattern);

}  // namespace evb
