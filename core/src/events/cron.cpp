#include "evb/events/cron.hpp"

#include "evb/common/time_format.hpp"

#include <string>
#include <vector>

namespace evb {
namespace {

constexpr std::int64_t kMinute = 60000;
constexpr std::string_view kMonthNames[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                            "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
constexpr std::string_view kDayNames[] = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"};

// FieldRange is the allowed value range of one field and its optional name table (names map to lo+i).
struct FieldRange {
    int lo, hi;
    const std::string_view* names = nullptr;
    int name_count = 0;
};

// split cuts text at every separator.
std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (std::size_t at = 0; at <= text.size(); ++at) {
        if (at == text.size() || text[at] == separator) {
            parts.push_back(text.substr(start, at - start));
            start = at + 1;
        }
    }
    return parts;
}

// value_of reads a number or a name of the field; -1 when it is neither or out of range.
int value_of(std::string_view text, const FieldRange& range) {
    for (int i = 0; i < range.name_count; ++i) {
        if (text == range.names[i]) return range.lo + i;
    }
    if (text.empty() || text.size() > 4) return -1;
    int value = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return -1;
        value = value * 10 + (c - '0');
    }
    return value >= range.lo && value <= range.hi ? value : -1;
}

// add_item marks the values of one list item ("*", "5", "1-5", "*/10", "10/5", "MON-FRI") in bits.
template <std::size_t N>
bool add_item(std::string_view item, const FieldRange& range, std::bitset<N>& bits, int offset = 0) {
    int step = 1;
    if (const std::size_t slash = item.find('/'); slash != std::string_view::npos) {
        step = value_of(item.substr(slash + 1), FieldRange{1, range.hi});
        if (step <= 0) return false;
        item = item.substr(0, slash);
    }
    int lo = range.lo, hi = range.hi;
    if (item != "*") {
        const std::size_t dash = item.find('-');
        lo = value_of(item.substr(0, dash), range);
        hi = dash == std::string_view::npos ? (step > 1 ? range.hi : lo)
                                            : value_of(item.substr(dash + 1), range);
        if (lo < 0 || hi < 0 || hi < lo) return false;
    }
    for (int v = lo; v <= hi; v += step)
        bits.set(static_cast<std::size_t>(v - offset));
    return true;
}

// parse_list reads a comma-separated field into bits.
template <std::size_t N>
bool parse_list(std::string_view field, const FieldRange& range, std::bitset<N>& bits, int offset = 0) {
    for (auto item : split(field, ',')) {
        if (!add_item(item, range, bits, offset)) return false;
    }
    return bits.any();
}

// parse_days reads Day-of-month: "?", "L", "LW", "15W" or a list.
bool parse_days(std::string_view field, CronSpec& spec) {
    if (field == "?") return spec.days_any = true;
    if (field == "L") return spec.last_day = true;
    if (field == "LW") return spec.nearest_weekday = -1, true;
    if (field.size() >= 2 && field.back() == 'W') {
        spec.nearest_weekday = value_of(field.substr(0, field.size() - 1), FieldRange{1, 31});
        return spec.nearest_weekday > 0;
    }
    return parse_list(field, FieldRange{1, 31}, spec.days);
}

// parse_weekdays reads Day-of-week: "?", "L", "6L", "6#3" or a list.
bool parse_weekdays(std::string_view field, CronSpec& spec) {
    const FieldRange range{1, 7, kDayNames, 7};
    if (field == "?") return spec.weekdays_any = true;
    if (field == "L") return spec.last_weekday = 7, true;
    if (field.size() >= 2 && field.back() == 'L') {
        spec.last_weekday = value_of(field.substr(0, field.size() - 1), range);
        return spec.last_weekday > 0;
    }
    if (const std::size_t hash = field.find('#'); hash != std::string_view::npos) {
        spec.nth_weekday = value_of(field.substr(0, hash), range);
        spec.nth = value_of(field.substr(hash + 1), FieldRange{1, 5});
        return spec.nth_weekday > 0 && spec.nth > 0;
    }
    return parse_list(field, range, spec.weekdays);
}

// nearest_weekday_of returns the weekday (Mon-Fri) of the month nearest to day, within the month.
int nearest_weekday_of(int year, int month, int day) {
    const int last = days_in_month(year, month);
    if (day > last) day = last;
    const int weekday = to_civil(days_from_civil(year, month, day) * 86400000).weekday;
    if (weekday == 6) return day == 1 ? 3 : day - 1;
    if (weekday == 0) return day == last ? day - 2 : day + 1;
    return day;
}

// day_matches tells whether the calendar day of t is selected by the day-of-month and day-of-week fields.
bool day_matches(const CronSpec& spec, const CivilTime& t) {
    const int last = days_in_month(t.year, t.month);
    if (!spec.weekdays_any) {
        const int weekday = t.weekday + 1;
        if (spec.last_weekday) return weekday == spec.last_weekday && t.day + 7 > last;
        if (spec.nth_weekday) return weekday == spec.nth_weekday && (t.day - 1) / 7 + 1 == spec.nth;
        return spec.weekdays.test(static_cast<std::size_t>(weekday));
    }
    if (spec.last_day) return t.day == last;
    if (spec.nearest_weekday == -1) return t.day == nearest_weekday_of(t.year, t.month, last);
    if (spec.nearest_weekday > 0) return t.day == nearest_weekday_of(t.year, t.month, spec.nearest_weekday);
    return spec.days.test(static_cast<std::size_t>(t.day));
}

// start_of_next_day, _month and _year return the first minute of the following day, month or year.
std::int64_t start_of_next_day(const CivilTime& t) {
    return (days_from_civil(t.year, t.month, t.day) + 1) * 86400000;
}
std::int64_t start_of_next_month(const CivilTime& t) {
    return days_from_civil(t.month == 12 ? t.year + 1 : t.year, t.month == 12 ? 1 : t.month + 1, 1) *
           86400000;
}
std::int64_t start_of_next_year(const CivilTime& t) {
    return days_from_civil(t.year + 1, 1, 1) * 86400000;
}

}  // namespace

std::optional<CronSpec> parse_cron(std::string_view fields) {
    const auto parts = split(fields, ' ');
    if (parts.size() != 6) return std::nullopt;
    CronSpec spec;
    const bool ok = parse_list(parts[0], FieldRange{0, 59}, spec.minutes) &&
                    parse_list(parts[1], FieldRange{0, 23}, spec.hours) && parse_days(parts[2], spec) &&
                    parse_list(parts[3], FieldRange{1, 12, kMonthNames, 12}, spec.months) &&
                    parse_weekdays(parts[4], spec) &&
                    parse_list(parts[5], FieldRange{1970, 2199}, spec.years, 1970);
    if (!ok || spec.days_any == spec.weekdays_any) return std::nullopt;
    return spec;
}

std::optional<std::int64_t> next_cron_time(const CronSpec& spec, std::int64_t after_ms) {
    std::int64_t t =
        (after_ms >= 0 ? after_ms / kMinute : (after_ms - kMinute + 1) / kMinute) * kMinute + kMinute;
    for (int guard = 0; guard < 2000000; ++guard) {
        const CivilTime c = to_civil(t);
        if (c.year > 2199) return std::nullopt;
        if (c.year < 1970 || !spec.years.test(static_cast<std::size_t>(c.year - 1970))) {
            t = start_of_next_year(c);
        } else if (!spec.months.test(static_cast<std::size_t>(c.month))) {
            t = start_of_next_month(c);
        } else if (!day_matches(spec, c)) {
            t = start_of_next_day(c);
        } else if (!spec.hours.test(static_cast<std::size_t>(c.hour))) {
            t += (60 - c.minute) * kMinute;
        } else if (!spec.minutes.test(static_cast<std::size_t>(c.minute))) {
            t += kMinute;
        } else {
            return t;
        }
    }
    return std::nullopt;
}

}  // namespace evb
