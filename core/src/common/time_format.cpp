#include "evb/common/time_format.hpp"

#include <cmath>
#include <cstdio>

namespace evb {
namespace {

constexpr std::int64_t kMsPerDay = 86400000;

// floor_div divides rounding toward negative infinity.
std::int64_t floor_div(std::int64_t a, std::int64_t b) {
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

// civil_from_days converts days since the epoch to year, month and day (Gregorian, era-based).
void civil_from_days(std::int64_t z, int& year, int& month, int& day) {
    z += 719468;
    const std::int64_t era = floor_div(z, 146097);
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
}

// format writes printf-style into a std::string.
template <typename... Args>
std::string format(const char* pattern, Args... args) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, pattern, args...);
    return buffer;
}

// read_int parses exactly n digits at text[at], advancing at.
std::optional<int> read_int(std::string_view text, std::size_t& at, std::size_t n) {
    if (at + n > text.size()) return std::nullopt;
    int value = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const char c = text[at + i];
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    at += n;
    return value;
}

// expect consumes one expected character.
bool expect(std::string_view text, std::size_t& at, char c) {
    if (at >= text.size() || text[at] != c) return false;
    ++at;
    return true;
}

// read_fraction reads ".ddd..." as milliseconds (extra digits are truncated).
int read_fraction(std::string_view text, std::size_t& at) {
    if (at >= text.size() || text[at] != '.') return 0;
    ++at;
    int millis = 0, digits = 0;
    while (at < text.size() && text[at] >= '0' && text[at] <= '9') {
        if (digits++ < 3) millis = millis * 10 + (text[at] - '0');
        ++at;
    }
    while (digits < 3 && digits > 0)
        millis *= 10, ++digits;
    return millis;
}

// read_offset reads "Z", "+hh:mm", "+hhmm" or nothing (UTC) as an offset in minutes.
std::optional<int> read_offset(std::string_view text, std::size_t& at) {
    if (at == text.size()) return 0;
    if (text[at] == 'Z' || text[at] == 'z') return ++at, 0;
    if (text[at] != '+' && text[at] != '-') return std::nullopt;
    const int sign = text[at++] == '-' ? -1 : 1;
    auto hours = read_int(text, at, 2);
    expect(text, at, ':');
    auto minutes = read_int(text, at, 2);
    if (!hours || !minutes) return std::nullopt;
    return sign * (*hours * 60 + *minutes);
}

}  // namespace

std::int64_t days_from_civil(int year, int month, int day) {
    const std::int64_t y = year - (month <= 2 ? 1 : 0);
    const std::int64_t era = floor_div(y, 400);
    const std::int64_t yoe = y - era * 400;
    const std::int64_t doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int days_in_month(int year, int month) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[(month - 1) % 12];
}

CivilTime to_civil(std::int64_t ms) {
    CivilTime t;
    const std::int64_t days = floor_div(ms, kMsPerDay);
    std::int64_t rest = ms - days * kMsPerDay;
    civil_from_days(days, t.year, t.month, t.day);
    t.hour = static_cast<int>(rest / 3600000);
    t.minute = static_cast<int>(rest / 60000 % 60);
    t.second = static_cast<int>(rest / 1000 % 60);
    t.millis = static_cast<int>(rest % 1000);
    t.weekday = static_cast<int>(((days % 7) + 11) % 7);
    return t;
}

std::string event_time(std::int64_t ms) {
    const CivilTime t = to_civil(ms);
    return format("%04d-%02d-%02dT%02d:%02d:%02dZ", t.year, t.month, t.day, t.hour, t.minute, t.second);
}

std::string lambda_time(std::int64_t ms) {
    const CivilTime t = to_civil(ms);
    return format("%04d-%02d-%02dT%02d:%02d:%02d.%03d+0000", t.year, t.month, t.day, t.hour, t.minute,
                  t.second, t.millis);
}

std::string cli_time(std::int64_t ms) {
    const CivilTime t = to_civil(ms);
    std::string out =
        format("%04d-%02d-%02dT%02d:%02d:%02d", t.year, t.month, t.day, t.hour, t.minute, t.second);
    if (t.millis != 0) out += format(".%03d000", t.millis);
    return out + "+00:00";
}

std::string date_path(std::int64_t ms) {
    const CivilTime t = to_civil(ms);
    return format("%04d/%02d/%02d", t.year, t.month, t.day);
}

std::optional<std::int64_t> parse_iso8601(std::string_view text) {
    std::size_t at = 0;
    auto year = read_int(text, at, 4);
    if (!year || !expect(text, at, '-')) return std::nullopt;
    auto month = read_int(text, at, 2);
    if (!month || !expect(text, at, '-')) return std::nullopt;
    auto day = read_int(text, at, 2);
    if (!day || *month < 1 || *month > 12 || *day < 1 || *day > days_in_month(*year, *month))
        return std::nullopt;
    if (!expect(text, at, 'T') && !expect(text, at, ' ')) return std::nullopt;
    auto hour = read_int(text, at, 2);
    auto minute = expect(text, at, ':') ? read_int(text, at, 2) : std::nullopt;
    auto second = expect(text, at, ':') ? read_int(text, at, 2) : std::nullopt;
    if (!hour || !minute || !second || *hour > 23 || *minute > 59 || *second > 60) return std::nullopt;
    const int millis = read_fraction(text, at);
    auto offset = read_offset(text, at);
    if (!offset || at != text.size()) return std::nullopt;
    const std::int64_t seconds =
        days_from_civil(*year, *month, *day) * 86400 + *hour * 3600 + *minute * 60 + *second;
    return (seconds - std::int64_t(*offset) * 60) * 1000 + millis;
}

std::optional<std::int64_t> parse_timestamp(const Json& value) {
    if (value.is_number()) {
        const double seconds = value.get<double>();
        if (!std::isfinite(seconds) || std::fabs(seconds) > 1e13) return std::nullopt;
        return static_cast<std::int64_t>(std::llround(seconds * 1000.0));
    }
    if (value.is_string()) return parse_iso8601(value.get<std::string>());
    return std::nullopt;
}

}  // namespace evb
