// head, tail, wc and grep over standard input or workspace files.
#include "text_commands.hpp"

#include <charconv>
#include <functional>
#include <regex>

namespace evb::cli {
namespace {

// Input is one text a filter reads: a file operand, or standard input when none is named ("-" too).
struct Input {
    std::string name;
    std::string text;
};

// read_inputs reads the operands; a missing file is reported with `missing(name)` (each tool words it its
// own way) and sets exit status 1.
std::vector<Input> read_inputs(const std::vector<std::string>& operands, CommandContext& ctx,
                               const std::function<std::string(const std::string&)>& missing,
                               ShellResult& r) {
    if (operands.empty()) return {{"-", std::string(ctx.input)}};
    std::vector<Input> inputs;
    for (const std::string& name : operands) {
        auto bytes = name == "-" ? std::optional<std::string>(ctx.input) : ctx.workspace.read(name);
        if (bytes) {
            inputs.push_back({name, std::move(*bytes)});
        } else {
            r.err += missing(name) + "\n";
            r.exit_code = 1;
        }
    }
    return inputs;
}

// no_such_file is how wc and grep say it: "wc: x: No such file or directory".
std::function<std::string(const std::string&)> no_such_file(const std::string& tool) {
    return [tool](const std::string& name) { return tool + ": " + name + ": No such file or directory"; };
}

std::optional<long long> count_of(std::string_view text) {
    long long n = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (ec != std::errc() || end != text.data() + text.size() || n < 0) return std::nullopt;
    return n;
}

// lines splits text after each newline (a last line without one is a line too).
std::vector<std::string_view> lines(std::string_view text) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        end = end == std::string_view::npos ? text.size() : end + 1;
        out.push_back(text.substr(start, end - start));
        start = end;
    }
    return out;
}

// Slice says what head or tail keeps: a count of lines or bytes; from_start is tail's +N.
struct Slice {
    long long count = 10;
    bool bytes = false;
    bool from_start = false;
};

// parse_slice reads -n N, -nN, -N, -c N, --lines=N and --bytes=N; the operands are what is left.
std::optional<std::string> parse_slice(const std::string& tool, const std::vector<std::string>& args,
                                       Slice& slice, std::vector<std::string>& operands) {
    for (std::size_t i = 1; i < args.size(); ++i) {
        std::string a = args[i];
        std::string value;
        if (a == "-n" || a == "-c") {
            if (i + 1 >= args.size())
                return tool + ": option requires an argument -- '" + a.substr(1) + "'\nTry '" + tool +
                       " --help' for more information.";
            slice.bytes = a == "-c";
            value = args[++i];
        } else if (a.rfind("--lines=", 0) == 0 || a.rfind("--bytes=", 0) == 0) {
            slice.bytes = a[2] == 'b';
            value = a.substr(8);
        } else if (a.size() > 2 && (a.rfind("-n", 0) == 0 || a.rfind("-c", 0) == 0)) {
            slice.bytes = a[1] == 'c';
            value = a.substr(2);
        } else if (a.size() > 1 && a[0] == '-' && a.find_first_not_of("0123456789", 1) == std::string::npos) {
            value = a.substr(1);
        } else if (a.size() > 1 && a[0] == '-') {
            return tool + ": invalid option -- '" + a.substr(1, 1) + "'\nTry '" + tool +
                   " --help' for more information.";
        } else {
            operands.push_back(a);
            continue;
        }
        slice.from_start = !value.empty() && value[0] == '+';
        auto n = count_of(slice.from_start ? std::string_view(value).substr(1) : std::string_view(value));
        if (!n)
            return tool + ": invalid number of " + (slice.bytes ? "bytes" : "lines") + ": '" + value + "'";
        slice.count = *n;
    }
    return std::nullopt;
}

std::string head_of(const std::string& text, const Slice& s) {
    if (s.bytes)
        return text.substr(
            0, static_cast<std::size_t>(std::min<long long>(s.count, static_cast<long long>(text.size()))));
    std::string out;
    long long n = 0;
    for (std::string_view line : lines(text)) {
        if (n++ >= s.count) break;
        out += line;
    }
    return out;
}

std::string tail_of(const std::string& text, const Slice& s) {
    const auto size = static_cast<long long>(text.size());
    if (s.bytes) {
        const long long from = s.from_start ? std::max(0LL, s.count - 1) : std::max(0LL, size - s.count);
        return from >= size ? std::string() : text.substr(static_cast<std::size_t>(from));
    }
    std::vector<std::string_view> all = lines(text);
    const auto total = static_cast<long long>(all.size());
    const long long from = s.from_start ? std::max(0LL, s.count - 1) : std::max(0LL, total - s.count);
    std::string out;
    for (long long i = from; i < total; ++i)
        out += all[static_cast<std::size_t>(i)];
    return out;
}

// gnu_basic_to_extended rewrites a GNU basic regular expression as an extended one: \| \+ \? \( \) \{ \}
// are GNU's operators there, and a bare | + ? ( ) { } is a literal character.
std::string gnu_basic_to_extended(const std::string& basic) {
    const std::string operators = "|+?(){}";
    std::string out;
    for (std::size_t i = 0; i < basic.size(); ++i) {
        const char c = basic[i];
        if (c == '\\' && i + 1 < basic.size()) {
            const char next = basic[++i];
            if (operators.find(next) != std::string::npos)
                out += next;
            else
                out += std::string("\\") + next;
        } else if (operators.find(c) != std::string::npos) {
            out += std::string("\\") + c;
        } else {
            out += c;
        }
    }
    return out;
}

ShellResult slice_command(const std::string& tool, const std::vector<std::string>& args, CommandContext& ctx,
                          std::string (*take)(const std::string&, const Slice&)) {
    Slice slice;
    std::vector<std::string> operands;
    if (auto problem = parse_slice(tool, args, slice, operands)) return {1, "", *problem + "\n"};
    ShellResult r;
    std::vector<Input> inputs = read_inputs(
        operands, ctx,
        [&](const std::string& name) {
            return tool + ": cannot open '" + name + "' for reading: No such file or directory";
        },
        r);
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        if (operands.size() > 1)
            r.out += (i > 0 ? "\n==> " : "==> ") +
                     (inputs[i].name == "-" ? "standard input" : inputs[i].name) + " <==\n";
        r.out += take(inputs[i].text, slice);
    }
    return r;
}

}  // namespace

ShellResult head_command(const std::vector<std::string>& args, CommandContext& ctx) {
    return slice_command("head", args, ctx, head_of);
}

ShellResult tail_command(const std::vector<std::string>& args, CommandContext& ctx) {
    return slice_command("tail", args, ctx, tail_of);
}

ShellResult wc_command(const std::vector<std::string>& args, CommandContext& ctx) {
    bool want_lines = false, want_words = false, want_bytes = false;
    std::vector<std::string> operands;
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a.size() > 1 && a[0] == '-') {
            for (char c : a.substr(1)) {
                if (c == 'l')
                    want_lines = true;
                else if (c == 'w')
                    want_words = true;
                else if (c == 'c' || c == 'm')
                    want_bytes = true;
                else
                    return {1, "",
                            "wc: invalid option -- '" + std::string(1, c) +
                                "'\nTry 'wc --help' for more information.\n"};
            }
        } else {
            operands.push_back(a);
        }
    }
    if (!want_lines && !want_words && !want_bytes) want_lines = want_words = want_bytes = true;
    ShellResult r;
    std::vector<Input> inputs = read_inputs(operands, ctx, no_such_file("wc"), r);
    struct Counts {
        long long lines = 0, words = 0, bytes = 0;
    };
    std::vector<Counts> counts;
    Counts total;
    for (const Input& in : inputs) {
        Counts c;
        bool in_word = false;
        for (char ch : in.text) {
            c.lines += ch == '\n';
            const bool space =
                ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r' || ch == '\v' || ch == '\f';
            c.words += !space && !in_word;
            in_word = !space;
        }
        c.bytes = static_cast<long long>(in.text.size());
        total.lines += c.lines, total.words += c.words, total.bytes += c.bytes;
        counts.push_back(c);
    }
    const int fields = int(want_lines) + int(want_words) + int(want_bytes);
    // GNU wc pads every count to one width: 7 for standard input with several counts, else the digits of
    // the largest total (the byte count), 1 when one count of one input is asked.
    std::size_t width = std::to_string(total.bytes).size();
    if (operands.empty()) width = fields > 1 ? 7 : 1;
    if (fields == 1 && inputs.size() == 1) width = 1;
    auto row = [&](const Counts& c, const std::string& name) {
        std::string line;
        auto add = [&](long long v) {
            std::string n = std::to_string(v);
            line += (line.empty() ? "" : " ") + std::string(width > n.size() ? width - n.size() : 0, ' ') + n;
        };
        if (want_lines) add(c.lines);
        if (want_words) add(c.words);
        if (want_bytes) add(c.bytes);
        r.out += line + (name.empty() ? "" : " " + name) + "\n";
    };
    for (std::size_t i = 0; i < inputs.size(); ++i)
        row(counts[i], operands.empty() ? "" : inputs[i].name);
    if (inputs.size() > 1) row(total, "total");
    return r;
}

ShellResult grep_command(const std::vector<std::string>& args, CommandContext& ctx) {
    bool ignore_case = false, invert = false, count = false, quiet = false, numbers = false, only = false;
    bool extended = false, fixed = false;
    std::optional<std::string> pattern;
    std::vector<std::string> operands;
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "-e" && i + 1 < args.size() && !pattern) {
            pattern = args[++i];
        } else if (a.size() > 1 && a[0] == '-' && !pattern) {
            for (char c : a.substr(1)) {
                switch (c) {
                    case 'i':
                        ignore_case = true;
                        break;
                    case 'v':
                        invert = true;
                        break;
                    case 'c':
                        count = true;
                        break;
                    case 'q':
                        quiet = true;
                        break;
                    case 'n':
                        numbers = true;
                        break;
                    case 'o':
                        only = true;
                        break;
                    case 'E':
                        extended = true;
                        break;
                    case 'F':
                        fixed = true;
                        break;
                    default:
                        return {2, "",
                                "grep: invalid option -- '" + std::string(1, c) +
                                    "'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for "
                                    "more information.\n"};
                }
            }
        } else if (!pattern) {
            pattern = a;
        } else {
            operands.push_back(a);
        }
    }
    if (!pattern)
        return {2, "",
                "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n"};
    std::regex re;
    try {
        std::string text = *pattern;
        if (fixed) text = std::regex_replace(text, std::regex(R"([\^$.|?*+()\[\]{}\\])"), R"(\$&)");
        if (!fixed && !extended) text = gnu_basic_to_extended(text);
        auto flags = fixed ? std::regex::ECMAScript : std::regex::extended;
        re = std::regex(text, flags | (ignore_case ? std::regex::icase : std::regex::flag_type{}));
    } catch (const std::regex_error&) {
        return {2, "", "grep: Invalid regular expression\n"};
    }
    ShellResult r;
    std::vector<Input> inputs = read_inputs(operands, ctx, no_such_file("grep"), r);
    if (r.exit_code != 0) r.exit_code = 2;
    bool any = false;
    for (const Input& in : inputs) {
        const std::string prefix = operands.size() > 1 ? in.name + ":" : "";
        long long matched = 0, number = 0;
        for (std::string_view raw : lines(in.text)) {
            ++number;
            std::string line(raw.substr(0, raw.size() - (raw.size() && raw.back() == '\n')));
            const bool hit = std::regex_search(line, re) != invert;
            if (!hit) continue;
            ++matched;
            any = true;
            if (quiet) return {0, "", ""};
            if (count) continue;
            const std::string where = prefix + (numbers ? std::to_string(number) + ":" : "");
            if (only && !invert) {
                for (std::sregex_iterator m(line.begin(), line.end(), re), end; m != end; ++m)
                    if (m->length(0) > 0) r.out += where + m->str() + "\n";
            } else {
                r.out += where + line + "\n";
            }
        }
        if (count) r.out += prefix + std::to_string(matched) + "\n";
    }
    if (r.exit_code == 0) r.exit_code = any ? 0 : 1;
    return r;
}

}  // namespace evb::cli
