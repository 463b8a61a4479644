// Shell::run: parse the line, expand each command's words when it runs (so `X=1; echo $X` sees X), run
// its pipelines (aws, a clock command or a workspace command per stage), wire standard input and output
// between stages and to redirections, and never let an exception escape.
#include "evb/shell.hpp"

#include "builtins.hpp"
#include "cli/aws_command.hpp"
#include "cli/operation_model.hpp"
#include "clock_commands.hpp"
#include "expansion.hpp"
#include "output_order.hpp"
#include "test_command.hpp"
#include "tokenizer.hpp"

#include <charconv>

namespace evb {
namespace {

constexpr std::size_t kMaxLineBytes = 1 << 20;
constexpr int kMaxSubstitutionDepth = 32;  // $( $( … ) ) nested deeper than this is refused
constexpr int kMaxLoopRounds = 10000;      // a while or until loop stops here: the page must not freeze

using Variables = std::map<std::string, std::string>;

bool is_declaration(const std::string& word) {
    return word == "export" || word == "declare" || word == "local" || word == "readonly" ||
           word == "typeset";
}

ShellResult failed(int code, std::string err, const std::string& message) {
    return {code, "", std::move(err) + "evb: " + message + "\n"};
}

class Executor {
  public:
    Executor(World& world, Workspace& workspace, const std::vector<std::string>& history,
             Variables& variables, int& last_status, int depth)
        : world_(world),
          workspace_(workspace),
          history_(history),
          variables_(variables),
          last_status_(last_status),
          depth_(depth) {}

    ShellResult line(std::string_view line) {
        if (line.size() > kMaxLineBytes)
            return {
                2, "",
                "evb: command line too long (the limit is " + std::to_string(kMaxLineBytes) + " bytes)\n"};
        cli::ParsedLine parsed = cli::parse_command_line(line);
        if (!parsed.error.empty()) return {last_status_ = 2, "", "evb: " + parsed.error + "\n"};
        return run_list(parsed.items);
    }

  private:
    World& world_;
    Workspace& workspace_;
    const std::vector<std::string>& history_;
    Variables& variables_;
    int& last_status_;
    int depth_;
    int loops_ = 0;       // loops the running command is inside
    int breaking_ = 0;    // loops still to leave after `break N`
    int continuing_ = 0;  // loops still to leave, the last one only to its next round, after `continue N`

    ShellResult run_list(const cli::CommandList& items) {
        ShellResult total;
        for (const auto& item : items) {
            if (breaking_ > 0 || continuing_ > 0) break;
            if (item.connector == cli::Connector::And && last_status_ != 0) continue;
            if (item.connector == cli::Connector::Or && last_status_ == 0) continue;
            ShellResult result = pipeline(item.pipeline);
            append_output(total, result);
            total.exit_code = last_status_ = result.exit_code;
        }
        return total;
    }

    // run_compound runs an if, for, while or until; its status is its last command's (0 when none ran).
    ShellResult run_compound(const cli::CompoundCommand& compound) {
        using Kind = cli::CompoundCommand::Kind;
        ShellResult total;
        auto add = [&](const ShellResult& part) {
            append_output(total, part);
            return part.exit_code;
        };
        if (compound.kind == Kind::If) {
            for (const auto& branch : compound.branches) {
                if (add(run_list(branch.condition)) == 0) return finish(total, add(run_list(branch.body)));
            }
            return finish(total, compound.otherwise ? add(run_list(*compound.otherwise)) : 0);
        }
        int status = 0;
        ++loops_;
        if (compound.kind == Kind::For) {
            std::vector<std::string> values;
            for (const auto& raw : compound.raw_words) {
                cli::Expanded word = cli::expand_word(raw, context());
                append_error(total, word.err);
                if (!word.error.empty()) {
                    --loops_;
                    append_error(total, "evb: " + word.error + "\n");
                    return finish(total, 1);
                }
                values.insert(values.end(), word.fields.begin(), word.fields.end());
            }
            for (const auto& value : values) {
                variables_[compound.variable] = value;
                status = add(run_list(compound.branches[0].body));
                if (leave_round()) break;
            }
        } else {
            const cli::CompoundCommand::Branch& branch = compound.branches[0];
            for (int round = 0;; ++round) {
                if (round == kMaxLoopRounds) {
                    --loops_;
                    append_error(
                        total,
                        std::string("evb: ") + (compound.kind == Kind::While ? "while" : "until") +
                            ": stopped after " + std::to_string(kMaxLoopRounds) +
                            " rounds (a loop waiting for a change should sleep: the clock is virtual, so "
                            "sleeping costs nothing)\n");
                    return finish(total, 1);
                }
                const bool holds = add(run_list(branch.condition)) == 0;
                if (holds != (compound.kind == Kind::While)) break;
                status = add(run_list(branch.body));
                if (leave_round()) break;
            }
        }
        --loops_;
        return finish(total, status);
    }

    // leave_round settles a break or continue at the end of a loop's round: true when the loop ends.
    bool leave_round() {
        if (breaking_ > 0) return --breaking_, true;
        if (continuing_ == 1) return continuing_ = 0, false;
        if (continuing_ > 1) return --continuing_, true;
        return false;
    }

    static ShellResult finish(ShellResult& total, int status) {
        total.exit_code = status;
        return std::move(total);
    }

    // loop_control runs break and continue (N loops, 1 when not given), as bash does.
    ShellResult loop_control(const std::vector<std::string>& words) {
        int levels = 1;
        if (words.size() > 1) {
            auto [end, ec] = std::from_chars(words[1].data(), words[1].data() + words[1].size(), levels);
            if (ec != std::errc() || end != words[1].data() + words[1].size() || levels < 1)
                return {1, "", "evb: " + words[0] + ": " + words[1] + ": loop count out of range\n"};
        }
        if (loops_ == 0)
            return {0, "", "evb: " + words[0] + ": only meaningful in a `for', `while', or `until' loop\n"};
        (words[0] == "break" ? breaking_ : continuing_) = std::min(levels, loops_);
        return {0, "", ""};
    }

    // substitute runs the text of a $(…) as bash does, in a subshell: it sees the variables, and what it
    // sets is forgotten afterwards.
    cli::Substituted substitute(std::string_view command) {
        if (depth_ >= kMaxSubstitutionDepth)
            return {2, "",
                    "evb: command substitution nested more than " + std::to_string(kMaxSubstitutionDepth) +
                        " deep\n"};
        Variables copy = variables_;
        int status = last_status_;
        ShellResult ran = Executor(world_, workspace_, history_, copy, status, depth_ + 1).line(command);
        return {ran.exit_code, std::move(ran.out), std::move(ran.err)};
    }

    cli::ExpansionContext context() {
        return {variables_, last_status_, [this](std::string_view command) { return substitute(command); }};
    }

    ShellResult pipeline(const cli::Pipeline& pipeline) {
        if (pipeline.commands.size() == 1) return simple(pipeline.commands[0], "");
        ShellResult total;
        std::string input;
        for (const auto& command : pipeline.commands) {
            ShellResult stage = simple(command, input);
            total.err += stage.err;
            total.exit_code = stage.exit_code;
            input = std::move(stage.out);
        }
        total.out = std::move(input);
        return total;
    }

    // redirect_target expands a redirection's file name, which must be one word.
    std::optional<std::string> redirect_target(const std::string& raw, std::string& err,
                                               std::string& problem) {
        cli::Expanded target = cli::expand_word(raw, context());
        err += target.err;
        if (!target.error.empty()) problem = target.error;
        if (target.fields.size() == 1) return target.fields[0];
        if (problem.empty()) problem = raw + ": ambiguous redirect";
        return std::nullopt;
    }

    ShellResult simple(const cli::SimpleCommand& command, std::string_view piped) {
        std::string err;
        std::string problem;
        std::string input(piped);
        if (command.here_document) {
            if (!command.here_document->expand) {
                input = command.here_document->body;
            } else {
                cli::Expanded body = cli::expand_here_document(command.here_document->body, context());
                err += body.err;
                if (!body.error.empty()) return failed(1, err, body.error);
                input = body.fields.empty() ? std::string() : body.fields[0];
            }
        }
        if (!command.raw_input_file.empty()) {
            auto file = redirect_target(command.raw_input_file, err, problem);
            if (!file) return failed(1, err, problem);
            auto bytes = workspace_.read(*file);
            if (!bytes) return failed(1, err, *file + ": No such file or directory");
            input = *bytes;
        }
        ShellResult result = preceded_by_error(
            err, command.compound ? run_compound(*command.compound) : run_words(command.raw_words, input));
        if (command.raw_output_file.empty()) return result;
        auto file = redirect_target(command.raw_output_file, result.err, problem);
        if (!file) return failed(1, result.err, problem);
        const Written written =
            command.append ? workspace_.append(*file, result.out) : workspace_.write(*file, result.out);
        if (!written) return failed(1, result.err, *file + ": " + written.problem);
        return without_output(result);
    }

    // run_words expands a command's words and runs it; words that are all NAME=value set variables.
    ShellResult run_words(const std::vector<std::string>& raw_words, std::string_view input) {
        std::size_t first = 0;
        std::string name;
        std::string_view value;
        while (first < raw_words.size() && cli::split_assignment(raw_words[first], name, value))
            ++first;
        if (first == raw_words.size()) return assign(raw_words, 0);
        if (is_declaration(raw_words[first])) return assign(raw_words, first + 1);
        if (raw_words[first] == "unset") {
            for (std::size_t i = first + 1; i < raw_words.size(); ++i)
                variables_.erase(raw_words[i]);
            return {0, "", ""};
        }
        // Assignments before a command set its environment only; no command here reads one, so they go.
        std::vector<std::string> args;
        std::string err;
        for (std::size_t i = first; i < raw_words.size(); ++i) {
            cli::Expanded word = cli::expand_word(raw_words[i], context());
            err += word.err;
            if (!word.error.empty()) return failed(1, err, word.error);
            for (auto& field : word.fields)
                args.push_back(std::move(field));
        }
        return preceded_by_error(err, run_args(args, input));
    }

    // assign sets NAME=value words from raw_words[from] on (as `NAME=value` or `export NAME=value`); the
    // status is the last command substitution's, as in bash (`X=$(false)` fails).
    ShellResult assign(const std::vector<std::string>& raw_words, std::size_t from) {
        ShellResult result;
        for (std::size_t i = from; i < raw_words.size(); ++i) {
            std::string name;
            std::string_view raw_value;
            if (!cli::split_assignment(raw_words[i], name, raw_value)) continue;  // `export NAME`, flags
            cli::Expanded value = cli::expand_assigned(raw_value, context());
            result.err += value.err;
            if (!value.error.empty()) return failed(1, result.err, value.error);
            if (value.substituted) result.exit_code = value.substitution_status;
            variables_[name] = value.fields.empty() ? std::string() : value.fields[0];
        }
        return result;
    }

    ShellResult run_args(const std::vector<std::string>& words, std::string_view input) {
        if (words.empty()) return {0, "", ""};
        if (words[0] == "aws")
            return cli::run_aws(world_, workspace_, std::vector<std::string>(words.begin() + 1, words.end()));
        if (cli::find_service(words[0])) return cli::run_aws(world_, workspace_, words);
        if (auto result = cli::run_clock_command(world_, words)) return *result;
        if (words[0] == "break" || words[0] == "continue") return loop_control(words);
        if (auto result = cli::run_test(words, &workspace_)) return *result;
        cli::CommandContext context{workspace_, history_, input, world_};
        if (auto result = cli::run_builtin(words, context)) return *result;
        return {127, "", "evb: " + words[0] + ": command not found\n"};
    }
};

bool is_blank(std::string_view line) {
    return line.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

}  // namespace

ShellResult Shell::run(std::string_view line) {
    if (!is_blank(line)) history_.emplace_back(line);
    try {
        return Executor(world_, workspace_, history_, variables_, last_status_, 0).line(line);
    } catch (const std::exception& e) {
        return {last_status_ = 255, "", std::string("\nInternal error: ") + e.what() + "\n"};
    } catch (...) {
        return {last_status_ = 255, "", "\nInternal error\n"};
    }
}

bool Shell::needs_more_input(std::string_view line) {
    return cli::parse_command_line(line).incomplete;
}

}  // namespace evb
