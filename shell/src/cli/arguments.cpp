// argparse as the AWS CLI configures it, for global options and each operation's arguments.
#include "arguments.hpp"

#include "cli_errors.hpp"

#include <algorithm>
#include <charconv>

namespace evb::cli {
namespace {

const std::vector<std::string> kValueGlobals = {"--output",
                                                "--query",
                                                "--region",
                                                "--profile",
                                                "--endpoint-url",
                                                "--color",
                                                "--ca-bundle",
                                                "--cli-read-timeout",
                                                "--cli-connect-timeout",
                                                "--cli-binary-format"};
const std::vector<std::string> kSwitchGlobals = {"--debug",           "--no-verify-ssl",     "--no-paginate",
                                                 "--version",         "--no-sign-request",   "--no-cli-pager",
                                                 "--cli-auto-prompt", "--no-cli-auto-prompt"};

bool contains(const std::vector<std::string>& list, const std::string& s) {
    return std::find(list.begin(), list.end(), s) != list.end();
}

// looks_like_flag tells an option from a value as argparse does: "-" alone, negative numbers and words
// holding a space ("- a", a YAML list) are values.
bool looks_like_flag(const std::string& word) {
    if (word.size() < 2 || word[0] != '-') return false;
    if (word[1] >= '0' && word[1] <= '9') return false;
    return word.find(' ') == std::string::npos || word.find('=') < word.find(' ');
}

std::optional<ShellResult> check_choice(const std::string& flag, const std::string& value,
                                        const std::vector<std::string>& choices) {
    if (contains(choices, value)) return std::nullopt;
    return usage_error(invalid_choice_message(flag, value, choices));
}

std::optional<ShellResult> apply_global(GlobalOptions& g, const std::string& flag, const std::string& value) {
    if (flag == "--output") {
        if (auto e = check_choice(flag, value, {"json", "text", "table", "yaml", "yaml-stream"})) return e;
        g.output = value;
    } else if (flag == "--query") {
        g.query = value;
    } else if (flag == "--region") {
        g.region = value;
    } else if (flag == "--color") {
        if (auto e = check_choice(flag, value, {"on", "off", "auto"})) return e;
        g.color = value;
    } else if (flag == "--cli-binary-format") {
        if (auto e = check_choice(flag, value, {"base64", "raw-in-base64-out"})) return e;
        g.raw_binary = value == "raw-in-base64-out";
    }
    return std::nullopt;
}

void apply_switch(GlobalOptions& g, const std::string& flag) {
    if (flag == "--no-paginate") g.paginate = false;
    if (flag == "--debug") g.debug = true;
    if (flag == "--version") g.version = true;
}

std::optional<long long> parse_int(const std::string& s) {
    long long v = 0;
    auto r = std::from_chars(s.data(), s.data() + s.size(), v);
    if (s.empty() || r.ec != std::errc() || r.ptr != s.data() + s.size()) return std::nullopt;
    return v;
}

struct OpParser {
    const OperationSpec& op;
    const std::vector<std::string>& words;
    std::size_t i = 0;
    OperationArgs out;
    std::vector<std::string> unknown;
    std::vector<std::string> positionals;

    std::optional<ShellResult> expect_value(const std::string& flag, std::optional<std::string> inline_value,
                                            std::string& value) {
        if (inline_value) {
            value = *inline_value;
            return std::nullopt;
        }
        if (i + 1 >= words.size() || looks_like_flag(words[i + 1])) {
            return usage_error("argument " + flag + ": expected one argument");
        }
        value = words[++i];
        return std::nullopt;
    }

    void remember(GivenParam given) {
        auto same = [&](const GivenParam& p) { return p.spec == given.spec; };
        out.params.erase(std::remove_if(out.params.begin(), out.params.end(), same), out.params.end());
        out.params.push_back(std::move(given));
    }

    std::optional<ShellResult> special(const std::string& flag, std::optional<std::string> inline_value,
                                       bool& handled) {
        handled = true;
        std::string value;
        if (flag == "--cli-input-json" || flag == "--cli-input-yaml") {
            if (auto e = expect_value(flag, inline_value, value)) return e;
            out.cli_input = CliInput{value, flag == "--cli-input-yaml"};
        } else if (flag == "--generate-cli-skeleton") {
            std::string kind = inline_value.value_or("input");
            if (!inline_value && i + 1 < words.size() && !looks_like_flag(words[i + 1])) kind = words[++i];
            if (auto e = check_choice(flag, kind, {"input", "output", "yaml-input"})) return e;
            out.skeleton = kind;
        } else if (op.paginated() && (flag == "--starting-token" || flag == "--max-items" ||
                                      (flag == "--page-size" && !op.paginator.limit_key.empty()))) {
            if (auto e = expect_value(flag, inline_value, value)) return e;
            if (flag == "--starting-token") {
                out.starting_token = value;
                return std::nullopt;
            }
            auto n = parse_int(value);
            if (!n) return usage_error("argument " + flag + ": invalid int value: '" + value + "'");
            (flag == "--page-size" ? out.page_size : out.max_items) = *n;
        } else {
            handled = false;
        }
        return std::nullopt;
    }

    std::optional<ShellResult> param(const ParamSpec& spec, const std::string& flag,
                                     std::optional<std::string> inline_value) {
        GivenParam given{&spec, {}, std::nullopt};
        if (spec.shape->kind == ShapeKind::Boolean) {
            if (inline_value)
                return usage_error("argument " + flag + ": ignored explicit argument '" + *inline_value +
                                   "'");
            given.flag_value = true;
            remember(std::move(given));
            return std::nullopt;
        }
        if (spec.shape->kind == ShapeKind::List && !inline_value) {
            while (i + 1 < words.size() && !looks_like_flag(words[i + 1]))
                given.words.push_back(words[++i]);
            if (given.words.empty())
                return usage_error("argument " + flag + ": expected at least one argument");
        } else {
            std::string value;
            if (auto e = expect_value(flag, inline_value, value)) return e;
            given.words.push_back(value);
        }
        remember(std::move(given));
        return std::nullopt;
    }

    // negated records --no-flag for a boolean parameter; returns false when flag is no such thing.
    bool negated(const std::string& flag) {
        const ParamSpec* spec = op.param_by_flag("--" + flag.substr(5));
        if (!spec || spec->shape->kind != ShapeKind::Boolean) return false;
        remember(GivenParam{spec, {}, false});
        return true;
    }

    std::optional<ShellResult> option(const std::string& word) {
        std::string flag = word;
        std::optional<std::string> inline_value;
        if (auto eq = word.find('='); eq != std::string::npos) {
            flag = word.substr(0, eq);
            inline_value = word.substr(eq + 1);
        }
        if (const ParamSpec* spec = op.param_by_flag(flag); spec && !spec->positional)
            return param(*spec, flag, inline_value);
        if (flag.rfind("--no-", 0) == 0 && !inline_value && negated(flag)) return std::nullopt;
        bool handled = false;
        auto e = special(flag, inline_value, handled);
        if (!handled) unknown.push_back(word);
        return e;
    }

    std::optional<ShellResult> run() {
        if (!words.empty() && words[0] == "help") {
            out.help = true;
            return std::nullopt;
        }
        for (; i < words.size(); ++i) {
            const std::string& word = words[i];
            if (looks_like_flag(word) && word.rfind("--", 0) == 0) {
                if (auto e = option(word)) return e;
            } else if (looks_like_flag(word)) {
                unknown.push_back(word);
            } else {
                positionals.push_back(word);
            }
        }
        return finish();
    }

    std::optional<ShellResult> finish() {
        std::size_t next = 0;
        for (const auto& spec : op.params) {
            if (!spec.positional) continue;
            if (next < positionals.size()) remember(GivenParam{&spec, {positionals[next++]}, std::nullopt});
        }
        for (; next < positionals.size(); ++next)
            unknown.push_back(positionals[next]);
        std::vector<std::string> missing;
        for (const auto& spec : op.params) {
            if (!spec.required || out.cli_input || out.skeleton) continue;
            bool given = std::any_of(out.params.begin(), out.params.end(),
                                     [&](const GivenParam& p) { return p.spec == &spec; });
            if (!given) missing.push_back(spec.flag);
        }
        if (!missing.empty()) {
            std::string list;
            for (const auto& m : missing)
                list += (list.empty() ? "" : ", ") + m;
            return usage_error("the following arguments are required: " + list);
        }
        if (!unknown.empty()) {
            std::string list;
            for (const auto& u : unknown)
                list += (list.empty() ? "" : ", ") + u;
            return unknown_options_error(list);
        }
        return std::nullopt;
    }
};

}  // namespace

const std::vector<std::string>& global_flag_names() {
    static const std::vector<std::string> kAll = [] {
        std::vector<std::string> all = kValueGlobals;
        all.insert(all.end(), kSwitchGlobals.begin(), kSwitchGlobals.end());
        std::sort(all.begin(), all.end());
        return all;
    }();
    return kAll;
}

std::variant<SplitCommand, ShellResult> split_globals(const std::vector<std::string>& args) {
    SplitCommand split;
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string word = args[i];
        std::string flag = word.substr(0, word.find('='));
        bool has_inline = flag.size() < word.size();
        if (contains(kSwitchGlobals, word)) {
            apply_switch(split.globals, word);
        } else if (contains(kValueGlobals, flag)) {
            std::string value;
            if (has_inline)
                value = word.substr(flag.size() + 1);
            else if (i + 1 < args.size() && (!looks_like_flag(args[i + 1]) || flag == "--query"))
                value = args[++i];
            else
                return usage_error("argument " + flag + ": expected one argument");
            if (auto e = apply_global(split.globals, flag, value)) return *e;
        } else {
            split.words.push_back(word);
        }
    }
    return split;
}

std::variant<OperationArgs, ShellResult> parse_operation_args(const OperationSpec& op,
                                                              const std::vector<std::string>& words) {
    OpParser parser{op, words, 0, {}, {}, {}};
    if (auto error = parser.run()) return *error;
    return parser.out;
}

}  // namespace evb::cli
