// Shell::run: parse the line, run its pipelines (aws or a workspace command per stage), wire standard
// input and output between stages and to redirections, and never let an exception escape.
#include "evb/shell.hpp"

#include "builtins.hpp"
#include "cli/aws_command.hpp"
#include "cli/operation_model.hpp"
#include "tokenizer.hpp"

namespace evb {
namespace {

constexpr std::size_t kMaxLineBytes = 1 << 20;

ShellResult run_simple(World& world, Workspace& workspace, const std::vector<std::string>& history,
                       const cli::SimpleCommand& command, std::string_view input) {
    if (command.words.empty()) return {0, "", ""};
    const std::vector<std::string>& words = command.words;
    if (words[0] == "aws")
        return cli::run_aws(world, workspace, std::vector<std::string>(words.begin() + 1, words.end()));
    if (cli::find_service(words[0])) return cli::run_aws(world, workspace, words);
    cli::CommandContext context{workspace, history, input};
    if (auto result = cli::run_builtin(words, context)) return *result;
    return {127, "", "evb: " + words[0] + ": command not found\n"};
}

ShellResult run_pipeline(World& world, Workspace& workspace, const std::vector<std::string>& history,
                         const cli::Pipeline& pipeline) {
    ShellResult total;
    std::string input;
    for (const auto& command : pipeline.commands) {
        if (!command.input_file.empty()) {
            auto bytes = workspace.read(command.input_file);
            if (!bytes)
                return {1, "", total.err + "evb: " + command.input_file + ": No such file or directory\n"};
            input = *bytes;
        }
        ShellResult stage = run_simple(world, workspace, history, command, input);
        total.err += stage.err;
        total.exit_code = stage.exit_code;
        if (!command.output_file.empty()) {
            const bool written = command.append ? workspace.append(command.output_file, stage.out)
                                                : workspace.write(command.output_file, stage.out);
            if (!written) return {1, "", total.err + "evb: " + command.output_file + ": File too large\n"};
            stage.out.clear();
        }
        input = std::move(stage.out);
    }
    total.out = std::move(input);
    return total;
}

ShellResult run_line(World& world, Workspace& workspace, const std::vector<std::string>& history,
                     std::string_view line) {
    if (line.size() > kMaxLineBytes) return {2, "", "evb: command line too long\n"};
    cli::ParsedLine parsed = cli::parse_command_line(line);
    if (!parsed.error.empty()) return {2, "", "evb: " + parsed.error + "\n"};
    ShellResult total;
    for (const auto& item : parsed.items) {
        if (item.connector == cli::Connector::And && total.exit_code != 0) continue;
        if (item.connector == cli::Connector::Or && total.exit_code == 0) continue;
        ShellResult result = run_pipeline(world, workspace, history, item.pipeline);
        total.out += result.out;
        total.err += result.err;
        total.exit_code = result.exit_code;
    }
    return total;
}

bool is_blank(std::string_view line) {
    return line.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

}  // namespace

ShellResult Shell::run(std::string_view line) {
    if (!is_blank(line)) history_.emplace_back(line);
    try {
        return run_line(world_, workspace_, history_, line);
    } catch (const std::exception& e) {
        return {255, "", std::string("\nInternal error: ") + e.what() + "\n"};
    } catch (...) {
        return {255, "", "\nInternal error\n"};
    }
}

bool Shell::needs_more_input(std::string_view line) {
    return cli::parse_command_line(line).incomplete;
}

}  // namespace evb
