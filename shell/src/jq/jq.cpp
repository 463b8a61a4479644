// The jq command: options, the input stream, output formatting and exit codes.
#include "jq.hpp"

#include "evaluate.hpp"
#include "parser.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>

namespace evb::jq {
namespace {

struct Options {
    bool raw = false;
    bool compact = false;
    bool exit_status = false;
    bool null_input = false;
    std::optional<std::string> filter;
    std::vector<std::string> files;
};

constexpr const char* kUsage =
    "Usage:\tjq [OPTIONS] FILTER [FILE...]\n\n"
    "This shell's jq supports -r (raw strings), -c (compact), -e (exit status), -n (null input).\n";

// parse_options reads jq's flags; an error text when one is unknown.
std::optional<std::string> parse_options(const std::vector<std::string>& args, Options& o) {
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--raw-output")
            o.raw = true;
        else if (a == "--compact-output")
            o.compact = true;
        else if (a == "--exit-status")
            o.exit_status = true;
        else if (a == "--null-input")
            o.null_input = true;
        else if (a.size() > 1 && a[0] == '-' && a[1] != '-') {
            for (char c : a.substr(1)) {
                if (c == 'r')
                    o.raw = true;
                else if (c == 'c')
                    o.compact = true;
                else if (c == 'e')
                    o.exit_status = true;
                else if (c == 'n')
                    o.null_input = true;
                else
                    return "jq: Unknown option " + a + "\n";
            }
        } else if (a.size() > 1 && a[0] == '-') {
            return "jq: Unknown option " + a + "\n";
        } else if (!o.filter) {
            o.filter = a;
        } else {
            o.files.push_back(a);
        }
    }
    return std::nullopt;
}

// number_text prints a number as jq 1.6 does: the shortest digits that read back the same double, plain
// unless the decimal point falls more than 15 places past them or 4 places before them (then 1e+17, 1e-05).
std::string number_text(const Json& v) {
    double d = v.get<double>();
    if (std::isnan(d)) return "null";
    if (std::isinf(d)) d = d > 0 ? std::numeric_limits<double>::max() : std::numeric_limits<double>::lowest();
    if (d == 0) return std::signbit(d) ? "-0" : "0";
    // The fewest significant digits that read back as d (std::to_chars of a double is missing from the
    // wasm build's libc++).
    char buffer[64];
    for (int precision = 0; precision < 17; ++precision) {
        std::snprintf(buffer, sizeof buffer, "%.*e", precision, d);
        if (std::strtod(buffer, nullptr) == d) break;
    }
    std::string text(buffer);
    std::string sign = text[0] == '-' ? "-" : "";
    if (!sign.empty()) text.erase(0, 1);
    std::size_t e = text.find('e');
    int decpt = std::stoi(text.substr(e + 1)) + 1;
    std::string digits = text.substr(0, e);
    digits.erase(std::remove(digits.begin(), digits.end(), '.'), digits.end());
    int count = static_cast<int>(digits.size());
    if (decpt <= -4 || decpt > count + 15) {
        std::string exponent = std::to_string(std::abs(decpt - 1));
        return sign + digits.substr(0, 1) + (count > 1 ? "." + digits.substr(1) : "") + "e" +
               (decpt - 1 < 0 ? "-" : "+") + (exponent.size() < 2 ? "0" : "") + exponent;
    }
    if (decpt <= 0) return sign + "0." + std::string(static_cast<std::size_t>(-decpt), '0') + digits;
    if (decpt >= count) return sign + digits + std::string(static_cast<std::size_t>(decpt - count), '0');
    return sign + digits.substr(0, static_cast<std::size_t>(decpt)) + "." +
           digits.substr(static_cast<std::size_t>(decpt));
}

// write_value prints a value as jq does: two-space indentation, or compact.
void write_value(const Json& v, bool compact, int indent, std::string& out) {
    auto newline = [&](int level) {
        if (!compact) out += "\n" + std::string(static_cast<std::size_t>(level) * 2, ' ');
    };
    if (v.is_number()) {
        out += number_text(v);
    } else if (v.is_array() && !v.empty()) {
        out += '[';
        for (std::size_t i = 0; i < v.size(); ++i) {
            if (i) out += ',';
            newline(indent + 1);
            write_value(v[i], compact, indent + 1, out);
        }
        newline(indent);
        out += ']';
    } else if (v.is_object() && !v.empty()) {
        out += '{';
        bool first = true;
        for (const auto& item : v.items()) {
            if (!first) out += ',';
            first = false;
            newline(indent + 1);
            out += to_json_text(Json(item.key())) + (compact ? ":" : ": ");
            write_value(item.value(), compact, indent + 1, out);
        }
        newline(indent);
        out += '}';
    } else {
        out += to_json_text(v);
    }
}

// next_text finds the end of the JSON text starting at pos: a scalar ends at whitespace or punctuation,
// a string at its closing quote, an array or object where its nesting closes.
std::size_t next_text(std::string_view s, std::size_t pos) {
    if (s[pos] != '{' && s[pos] != '[' && s[pos] != '"') {
        std::size_t i = pos + 1;
        while (i < s.size() && !std::isspace(static_cast<unsigned char>(s[i])) &&
               std::string_view("{}[]\",").find(s[i]) == std::string_view::npos)
            ++i;
        return i;
    }
    int depth = 0;
    bool in_string = false;
    for (std::size_t i = pos; i < s.size(); ++i) {
        char c = s[i];
        if (in_string) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                in_string = false;
                if (depth == 0) return i + 1;
            }
        } else if (c == '"') {
            in_string = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if ((c == '}' || c == ']') && --depth <= 0) {
            return i + 1;
        }
    }
    return s.size();
}

std::string location(std::string_view s, std::size_t end) {
    std::size_t line = 1, column = 0;
    for (std::size_t i = 0; i < end && i < s.size(); ++i) {
        if (s[i] == '\n') {
            ++line;
            column = 0;
        } else {
            ++column;
        }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

// parse_error says why the text at [pos, end) is not JSON, and where, as jq's parser does.
std::string parse_error(std::string_view text, std::size_t pos, std::size_t end) {
    char c = text[pos];
    if (c == '}' || c == ']') return std::string("Unmatched '") + c + "' at " + location(text, pos + 1);
    if (c != '{' && c != '[' && c != '"')
        return "Invalid numeric literal at " + location(text, end < text.size() ? end + 1 : end);
    if (end >= text.size())
        return std::string(c == '"' ? "Unfinished string" : "Unfinished JSON term") + " at EOF at " +
               location(text, end);
    return "Invalid JSON text at " + location(text, end);
}

struct Run {
    const Options& options;
    const Node& filter;
    Evaluator evaluator;
    JqOutcome outcome;
    std::optional<Json> last;

    void apply(const Json& input, const std::string& where) {
        std::vector<Json> outputs;
        bool ok = evaluator.eval(filter, input, outputs);
        for (const auto& v : outputs) {
            if (options.raw && v.is_string())
                outcome.out += v.get<std::string>();
            else
                write_value(v, options.compact, 0, outcome.out);
            outcome.out += '\n';
            last = v;
        }
        outcome.exit_code = ok ? 0 : 5;  // as jq 1.6: the status of the last input
        if (!ok) outcome.err += "jq: error (at " + where + "): " + evaluator.error() + "\n";
    }

    // feed runs the filter over each JSON text of text; false after a parse error.
    bool feed(std::string_view text, const std::string& name) {
        std::size_t lines = 0;
        for (char c : text)
            lines += c == '\n';
        std::string where = name + ":" + std::to_string(lines);
        std::size_t pos = 0;
        while (true) {
            while (pos < text.size() && std::isspace(static_cast<unsigned char>(text[pos])))
                ++pos;
            if (pos >= text.size()) return true;
            std::size_t end = next_text(text, pos);
            auto value = parse_json(text.substr(pos, end - pos));
            if (!value) {
                outcome.err += "parse error: " + parse_error(text, pos, end) + "\n";
                outcome.exit_code = 2;
                return false;
            }
            apply(*value, where);
            pos = end;
        }
    }
};

}  // namespace

JqOutcome run_jq(const std::vector<std::string>& args, std::string_view input, const FileReader& read_file) {
    Options options;
    if (auto bad = parse_options(args, options)) return {2, "", *bad + kUsage};
    if (!options.filter) return {2, "", kUsage};
    auto parsed = parse_filter(*options.filter);
    if (auto* error = std::get_if<ParseError>(&parsed))
        return {3, "", "jq: error: " + error->message + "\njq: 1 compile error\n"};
    Run run{options, std::get<Node>(parsed), {}, {}, {}};
    if (options.null_input) {
        run.apply(nullptr, "<unknown>");
    } else if (options.files.empty()) {
        run.feed(input, "<stdin>");
    } else {
        bool missing = false;
        for (const auto& file : options.files) {
            auto text = read_file(file);
            if (!text) {
                run.outcome.err += "jq: error: Could not open " + file + ": No such file or directory\n";
                missing = true;
                continue;
            }
            if (!run.feed(*text, file)) break;
        }
        if (missing) run.outcome.exit_code = 2;
    }
    if (run.outcome.exit_code == 0 && options.exit_status)
        run.outcome.exit_code = !run.last ? 4 : (run.last->is_null() || *run.last == Json(false)) ? 1 : 0;
    return run.outcome;
}

}  // namespace evb::jq
