// echo, cat, ls, rm, pwd, base64, zip, jq, history, help over the workspace (head, tail, wc and grep are
// in text_commands.cpp).
#include "builtins.hpp"

#include "budgets_command.hpp"
#include "text_commands.hpp"

#include "archive/zip_archive.hpp"
#include "cli/base64.hpp"
#include "cli/help.hpp"
#include "jq/jq.hpp"

#include <algorithm>
#include <charconv>
#include <functional>
#include <map>

namespace evb::cli {
namespace {

using Command = std::function<ShellResult(const std::vector<std::string>&, CommandContext&)>;

std::string unescape_echo(const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\\' || i + 1 >= s.size()) {
            out += s[i];
            continue;
        }
        char n = s[++i];
        switch (n) {
            case 'n':
                out += '\n';
                break;
            case 't':
                out += '\t';
                break;
            case 'r':
                out += '\r';
                break;
            case '\\':
                out += '\\';
                break;
            default:
                out += '\\';
                out += n;
        }
    }
    return out;
}

ShellResult succeed(const std::vector<std::string>&, CommandContext&) {
    return {0, "", ""};
}

ShellResult echo(const std::vector<std::string>& args, CommandContext&) {
    bool newline = true;
    bool escapes = false;
    std::size_t i = 1;
    for (; i < args.size() && (args[i] == "-n" || args[i] == "-e" || args[i] == "-ne" || args[i] == "-en");
         ++i) {
        if (args[i].find('n') != std::string::npos) newline = false;
        if (args[i].find('e') != std::string::npos) escapes = true;
    }
    std::string out;
    for (std::size_t k = i; k < args.size(); ++k)
        out += (k > i ? " " : "") + (escapes ? unescape_echo(args[k]) : args[k]);
    return {0, out + (newline ? "\n" : ""), ""};
}

ShellResult cat(const std::vector<std::string>& args, CommandContext& ctx) {
    if (args.size() == 1) return {0, std::string(ctx.input), ""};
    ShellResult r;
    for (std::size_t i = 1; i < args.size(); ++i) {
        auto bytes = args[i] == "-" ? std::optional<std::string>(ctx.input) : ctx.workspace.read(args[i]);
        if (bytes && r.out.size() + bytes->size() > kMaxWorkspaceBytes) {
            r.err += "cat: output larger than the workspace's " + std::to_string(kMaxWorkspaceBytes >> 20) +
                     " MB limit\n";
            r.exit_code = 1;
            break;
        }
        if (bytes) {
            r.out += *bytes;
        } else {
            r.err += "cat: " + args[i] + ": No such file or directory\n";
            r.exit_code = 1;
        }
    }
    return r;
}

ShellResult ls(const std::vector<std::string>& args, CommandContext& ctx) {
    bool long_format = false;
    std::vector<std::string> names;
    ShellResult r;
    for (std::size_t i = 1; i < args.size(); ++i) {
        if (args[i].size() > 1 && args[i][0] == '-')
            long_format = long_format || args[i].find('l') != std::string::npos;
        else if (ctx.workspace.read(args[i]))
            names.push_back(Workspace::normalize(args[i]));
        else if (args[i] == "." || args[i] == "./" || args[i] == "~")
            names = ctx.workspace.list();
        else
            r.err += "ls: cannot access '" + args[i] + "': No such file or directory\n", r.exit_code = 2;
    }
    if (names.empty() && r.exit_code == 0) names = ctx.workspace.list();
    std::size_t width = 1;
    for (const auto& n : names)
        width = std::max(width, std::to_string(ctx.workspace.read(n)->size()).size());
    if (long_format && args.size() > 0) r.out += "total " + std::to_string(names.size() * 4) + "\n";
    for (const auto& n : names) {
        if (!long_format) {
            r.out += n + "\n";
            continue;
        }
        std::string size = std::to_string(ctx.workspace.read(n)->size());
        r.out += "-rw-r--r-- 1 user user " + std::string(width - size.size(), ' ') + size + " Jan  1  1980 " +
                 n + "\n";
    }
    return r;
}

ShellResult rm(const std::vector<std::string>& args, CommandContext& ctx) {
    bool force = false;
    ShellResult r;
    for (std::size_t i = 1; i < args.size(); ++i) {
        if (args[i].size() > 1 && args[i][0] == '-') {
            force = force || args[i].find('f') != std::string::npos;
            continue;
        }
        if (!ctx.workspace.remove(args[i]) && !force) {
            r.err += "rm: cannot remove '" + args[i] + "': No such file or directory\n";
            r.exit_code = 1;
        }
    }
    return r;
}

ShellResult base64(const std::vector<std::string>& args, CommandContext& ctx) {
    bool decode = false;
    std::size_t wrap = 76;
    std::string file;
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "-d" || a == "--decode" || a == "-D")
            decode = true;
        else if (a == "-i" || a == "--ignore-garbage")
            continue;
        else if (a == "-w" && i + 1 < args.size())
            std::from_chars(args[i + 1].data(), args[i + 1].data() + args[i + 1].size(), wrap), ++i;
        else if (a.rfind("--wrap=", 0) == 0)
            std::from_chars(a.data() + 7, a.data() + a.size(), wrap);
        else if (a.size() > 1 && a[0] == '-')
            return {1, "",
                    "base64: invalid option -- '" + a.substr(1) +
                        "'\nTry 'base64 --help' for more information.\n"};
        else
            file = a;
    }
    std::string data(ctx.input);
    if (!file.empty() && file != "-") {
        auto bytes = ctx.workspace.read(file);
        if (!bytes) return {1, "", "base64: " + file + ": No such file or directory\n"};
        data = *bytes;
    }
    if (!decode) {
        std::string encoded = encode_base64(data);
        return {0, wrap == 0 ? encoded + "\n" : wrap_lines(encoded, wrap), ""};
    }
    auto decoded = decode_base64(data);
    if (!decoded) return {1, "", "base64: invalid input\n"};
    return {0, *decoded, ""};
}

ShellResult zip(const std::vector<std::string>& args, CommandContext& ctx) {
    bool quiet = false;
    std::vector<std::string> operands;
    for (std::size_t i = 1; i < args.size(); ++i) {
        if (args[i].size() > 1 && args[i][0] == '-')
            quiet = quiet || args[i].find('q') != std::string::npos;
        else
            operands.push_back(args[i]);
    }
    if (operands.empty())
        return {16, "", "\nzip error: Invalid command arguments (nothing to select from)\n"};
    std::string archive_name = operands[0];
    if (archive_name.find('.') == std::string::npos) archive_name += ".zip";
    ShellResult r;
    std::vector<ZipInput> inputs;
    for (std::size_t i = 1; i < operands.size(); ++i) {
        auto bytes = ctx.workspace.read(operands[i]);
        if (!bytes)
            r.err += "\tzip warning: name not matched: " + operands[i] + "\n";
        else
            inputs.push_back({Workspace::normalize(operands[i]), *bytes});
    }
    if (inputs.empty()) {
        r.err += "\nzip error: Nothing to do! (" + archive_name + ")\n";
        r.exit_code = 12;
        return r;
    }
    ZipArchive archive = build_zip(inputs);
    if (Written written = ctx.workspace.write(archive_name, archive.bytes); !written) {
        r.err += "zip I/O error: " + written.problem + "\n\nzip error: Could not create output file (" +
                 archive_name + ")\n";
        r.exit_code = 15;
        return r;
    }
    for (const auto& e : archive.entries) {
        if (quiet) continue;
        r.out += "  adding: " + e.name +
                 (e.deflated ? " (deflated " + std::to_string(e.percent) + "%)\n" : " (stored 0%)\n");
    }
    return r;
}

ShellResult history(const std::vector<std::string>&, CommandContext& ctx) {
    std::string out;
    for (std::size_t i = 0; i < ctx.history.size(); ++i) {
        std::string n = std::to_string(i + 1);
        out += std::string(n.size() < 5 ? 5 - n.size() : 0, ' ') + n + "  " + ctx.history[i] + "\n";
    }
    return {0, out, ""};
}

ShellResult jq(const std::vector<std::string>& args, CommandContext& ctx) {
    auto outcome =
        jq::run_jq(args, ctx.input, [&](const std::string& path) { return ctx.workspace.read(path); });
    return {outcome.exit_code, std::move(outcome.out), std::move(outcome.err)};
}

const std::map<std::string, Command>& commands() {
    static const std::map<std::string, Command> kCommands = {
        {"base64", base64},
        {"budgets", budgets_command},
        {"cat", cat},
        {"echo", echo},
        {"grep", grep_command},
        {"head", head_command},
        {"help",
         [](const std::vector<std::string>&, CommandContext&) {
             return ShellResult{0, shell_help(), ""};
         }},
        {"history", history},
        {"jq", jq},
        {"ls", ls},
        {"pwd",
         [](const std::vector<std::string>&, CommandContext& ctx) {
             return ShellResult{0, ctx.workspace.directory() + "\n", ""};
         }},
        {"rm", rm},
        {"tail", tail_command},
        {"wc", wc_command},
        {"true", succeed},
        {":", succeed},
        {"false",
         [](const std::vector<std::string>&, CommandContext&) {
             return ShellResult{1, "", ""};
         }},
        {"zip", zip},
    };
    return kCommands;
}

}  // namespace

std::optional<ShellResult> run_builtin(const std::vector<std::string>& args, CommandContext& context) {
    auto it = commands().find(args[0]);
    if (it == commands().end()) return std::nullopt;
    return it->second(args, context);
}

const std::vector<std::string>& builtin_names() {
    static const std::vector<std::string> kNames = [] {
        std::vector<std::string> names;
        for (const auto& entry : commands())
            names.push_back(entry.first);
        return names;
    }();
    return kNames;
}

}  // namespace evb::cli
