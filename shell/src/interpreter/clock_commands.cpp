// sleep and date (see clock_commands.hpp).
#include "clock_commands.hpp"

#include "evb/common/time_format.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace evb::cli {
namespace {

constexpr const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
constexpr const char* kLongDays[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                     "Thursday", "Friday", "Saturday"};
constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr const char* kLongMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                       "July",    "August",   "September", "October", "November", "December"};

ShellResult usage_error(const std::string& command, const std::string& message) {
    return {1, "", command + ": " + message + "\nTry '" + command + " --help' for more information.\n"};
}

std::string padded(std::int64_t value, int width, char pad = '0') {
    std::string digits = std::to_string(value < 0 ? -value : value);
    if (static_cast<int>(digits.size()) < width) digits.insert(0, width - digits.size(), pad);
    return (value < 0 ? "-" : "") + digits;
}

// seconds_of reads one sleep operand: a non-negative number with an optional s, m, h or d suffix.
std::optional<double> seconds_of(std::string_view text) {
    double scale = 1;
    if (!text.empty()) {
        switch (text.back()) {
            case 's':
                text.remove_suffix(1);
                break;
            case 'm':
                scale = 60, text.remove_suffix(1);
                break;
            case 'h':
                scale = 3600, text.remove_suffix(1);
                break;
            case 'd':
                scale = 86400, text.remove_suffix(1);
                break;
            default:
                break;
        }
    }
    // Digits with at most one point (std::from_chars has no double in the wasm build's libc++, and
    // strtod alone would take signs, spaces, hex and "inf").
    const bool digits = text.find_first_not_of("0123456789.") == std::string_view::npos &&
                        text.find_first_of("0123456789") != std::string_view::npos &&
                        text.find('.') == text.rfind('.');
    if (!digits) return std::nullopt;
    const double value = std::strtod(std::string(text).c_str(), nullptr);
    if (std::isinf(value)) return std::nullopt;
    return value * scale;
}

ShellResult sleep(World& world, const std::vector<std::string>& args) {
    if (args.size() == 1) return usage_error("sleep", "missing operand");
    double total = 0;
    for (std::size_t i = 1; i < args.size(); ++i) {
        auto seconds = seconds_of(args[i]);
        if (!seconds) return usage_error("sleep", "invalid time interval '" + args[i] + "'");
        total += *seconds;
    }
    constexpr double kMaxMs = 100.0 * 365 * 86400 * 1000;  // the world's clock stops at its end anyway
    world.advance_ms(static_cast<std::int64_t>(std::llround(std::min(total * 1000, kMaxMs))));
    return {0, "", ""};
}

// relative_ms reads GNU date's relative forms tutorials use: "+N unit", "-N unit", "N unit ago",
// "tomorrow", "yesterday", "now".
std::optional<std::int64_t> relative_ms(std::string_view text) {
    if (text == "now" || text == "today") return 0;
    if (text == "tomorrow") return 86400000;
    if (text == "yesterday") return -86400000;
    std::int64_t sign = 1;
    if (!text.empty() && (text[0] == '+' || text[0] == '-')) {
        sign = text[0] == '-' ? -1 : 1;
        text.remove_prefix(1);
    }
    std::int64_t count = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), count);
    if (ec != std::errc()) return std::nullopt;
    std::string_view unit = text.substr(end - text.data());
    while (!unit.empty() && unit.front() == ' ')
        unit.remove_prefix(1);
    constexpr std::string_view kAgo = " ago";
    if (unit.size() > kAgo.size() && unit.substr(unit.size() - kAgo.size()) == kAgo) {
        sign = -sign;
        unit.remove_suffix(kAgo.size());
    }
    if (unit.size() > 1 && unit.back() == 's') unit.remove_suffix(1);
    std::int64_t scale = 0;
    if (unit == "sec" || unit == "second") scale = 1000;
    if (unit == "min" || unit == "minute") scale = 60000;
    if (unit == "hour") scale = 3600000;
    if (unit == "day") scale = 86400000;
    if (unit == "week") scale = 7 * 86400000LL;
    if (scale == 0 || count > 1000000000) return std::nullopt;
    return sign * count * scale;
}

std::optional<std::int64_t> date_of(std::int64_t now, std::string_view text) {
    if (!text.empty() && text[0] == '@') {
        std::int64_t seconds = 0;
        auto [end, ec] = std::from_chars(text.data() + 1, text.data() + text.size(), seconds);
        if (ec != std::errc() || end != text.data() + text.size() || text.size() > 13) return std::nullopt;
        return seconds * 1000;
    }
    if (auto delta = relative_ms(text)) return now + *delta;
    return parse_iso8601(text);
}

ShellResult date(World& world, const std::vector<std::string>& args) {
    std::int64_t ms = world.now_ms();
    std::string format = "%a %b %e %H:%M:%S %Z %Y";
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& arg = args[i];
        std::optional<std::string> when;
        if (arg == "-u" || arg == "--utc" || arg == "--universal") continue;
        if (arg.size() > 1 && arg[0] == '+') {
            format = arg.substr(1);
        } else if (arg == "-d" || arg == "--date") {
            if (i + 1 >= args.size()) return usage_error("date", "option requires an argument -- 'd'");
            when = args[++i];
        } else if (arg.rfind("--date=", 0) == 0 || arg.rfind("-d", 0) == 0) {
            when = arg.substr(arg[1] == '-' ? 7 : 2);
        } else if (arg == "-R" || arg == "--rfc-email") {
            format = "%a, %d %b %Y %H:%M:%S %z";
        } else if (arg == "-I" || arg == "--iso-8601" || arg == "-Idate" || arg == "--iso-8601=date") {
            format = "%Y-%m-%d";
        } else if (arg == "-Iseconds" || arg == "--iso-8601=seconds") {
            format = "%Y-%m-%dT%H:%M:%S%:z";
        } else if (arg == "-Iminutes" || arg == "--iso-8601=minutes") {
            format = "%Y-%m-%dT%H:%M%:z";
        } else if (arg.size() > 1 && arg[0] == '-') {
            return usage_error("date", "invalid option -- '" + arg.substr(1, 1) + "'");
        } else {
            return usage_error("date", "extra operand '" + arg + "'");
        }
        if (when) {
            auto parsed = date_of(world.now_ms(), *when);
            if (!parsed) return {1, "", "date: invalid date '" + *when + "'\n"};
            ms = *parsed;
        }
    }
    return {0, format_date(ms, format) + "\n", ""};
}

// conversion returns what one %x of date's FORMAT prints; nothing for a conversion date does not know.
std::optional<std::string> conversion(char spec, std::int64_t ms, const CivilTime& t) {
    switch (spec) {
        case 'Y':
            return std::to_string(t.year);
        case 'y':
            return padded(t.year % 100, 2);
        case 'm':
            return padded(t.month, 2);
        case 'd':
            return padded(t.day, 2);
        case 'e':
            return padded(t.day, 2, ' ');
        case 'H':
            return padded(t.hour, 2);
        case 'I':
            return padded(t.hour % 12 == 0 ? 12 : t.hour % 12, 2);
        case 'p':
            return t.hour < 12 ? "AM" : "PM";
        case 'M':
            return padded(t.minute, 2);
        case 'S':
            return padded(t.second, 2);
        case 'N':
            return padded(t.millis, 3) + "000000";
        case 's':
            return std::to_string(ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000));
        case 'j':
            return padded(days_from_civil(t.year, t.month, t.day) - days_from_civil(t.year, 1, 1) + 1, 3);
        case 'u':
            return std::to_string(t.weekday == 0 ? 7 : t.weekday);
        case 'w':
            return std::to_string(t.weekday);
        case 'a':
            return kDays[t.weekday];
        case 'A':
            return kLongDays[t.weekday];
        case 'b':
        case 'h':
            return kMonths[t.month - 1];
        case 'B':
            return kLongMonths[t.month - 1];
        case 'F':
            return format_date(ms, "%Y-%m-%d");
        case 'T':
            return format_date(ms, "%H:%M:%S");
        case 'D':
            return format_date(ms, "%m/%d/%y");
        case 'R':
            return format_date(ms, "%H:%M");
        case 'Z':
            return "UTC";
        case 'z':
            return "+0000";
        case 'n':
            return "\n";
        case 't':
            return "\t";
        case '%':
            return "%";
        default:
            return std::nullopt;
    }
}

}  // namespace

std::string format_date(std::int64_t ms, std::string_view format) {
    const CivilTime t = to_civil(ms);
    std::string out;
    for (std::size_t i = 0; i < format.size(); ++i) {
        if (format[i] != '%' || i + 1 >= format.size()) {
            out += format[i];
        } else if (format.substr(i + 1, 2) == ":z") {
            out += "+00:00";
            i += 2;
        } else if (auto text = conversion(format[i + 1], ms, t)) {
            out += *text;
            ++i;
        } else {
            out += format[i];  // an unknown conversion is printed as typed
        }
    }
    return out;
}

std::optional<ShellResult> run_clock_command(World& world, const std::vector<std::string>& args) {
    if (args.empty()) return std::nullopt;
    if (args[0] == "sleep") return sleep(world, args);
    if (args[0] == "date") return date(world, args);
    return std::nullopt;
}

}  // namespace evb::cli
