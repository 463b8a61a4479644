// Virtual-clock times as the AWS services print them, and timestamps parsed from requests.
// All times are milliseconds since the Unix epoch, UTC. Depends only on evb/common/json.hpp; never reads a
// clock.
#pragma once

#include "evb/common/json.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace evb {

// CivilTime is a UTC calendar time broken into fields (month 1-12, weekday 0 = Sunday).
struct CivilTime {
    int year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0, millis = 0, weekday = 4;
};

// to_civil splits epoch milliseconds into UTC calendar fields.
CivilTime to_civil(std::int64_t ms);

// days_from_civil returns the days since 1970-01-01 of a proleptic Gregorian date.
std::int64_t days_from_civil(int year, int month, int day);

// days_in_month returns the number of days of a month (1-12) of a year.
int days_in_month(int year, int month);

// event_time formats an EventBridge envelope time: "2020-08-16T09:09:11Z".
std::string event_time(std::int64_t ms);

// lambda_time formats Lambda's LastModified: "2020-08-16T08:57:54.443+0000".
std::string lambda_time(std::int64_t ms);

// cli_time formats a timestamp the way AWS CLI v2 prints it: "2020-08-16T08:57:54.443000+00:00".
std::string cli_time(std::int64_t ms);

// date_path formats the date part of a Lambda log stream name: "2020/08/16".
std::string date_path(std::int64_t ms);

// parse_iso8601 reads "2020-08-16T08:57:54Z", with optional fraction and "+hh:mm" offset, to epoch ms.
std::optional<std::int64_t> parse_iso8601(std::string_view text);

// parse_timestamp reads a request timestamp: epoch seconds (number) or ISO 8601 text.
std::optional<std::int64_t> parse_timestamp(const Json& value);

}  // namespace evb
