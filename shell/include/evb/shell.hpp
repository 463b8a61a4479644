// The AWS CLI, emulated: one command line in, exactly what the AWS CLI (v2) would print out.
// A line is read as a POSIX shell reads it (quotes, escapes, continuations, pipes, ; && ||, > >> <) and
// expanded as bash expands it (NAME=value, $NAME, ${NAME}, "$NAME", $(…), $?); sleep and date use the
// world's virtual clock;
// `aws <service> <command> ...` (the `aws` optional) becomes one World::call; zip, base64, echo, cat, ls,
// rm and history work on an in-memory workspace. No exceptions escape; no file or terminal is touched.
// Depends on core only (evb/world/world.hpp).
#pragma once

#include "evb/workspace.hpp"
#include "evb/world/world.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace evb {

// OutputPiece is a run of bytes a command line printed, to standard output or to standard error.
struct OutputPiece {
    bool to_err = false;
    std::size_t bytes = 0;
};

struct ShellResult {
    int exit_code = 0;
    std::string out;
    std::string err;
    // pieces says in which order a line of several commands printed out and err (`aws … ; echo done` in a
    // loop); empty means all of out, then all of err.
    std::vector<OutputPiece> pieces = {};
};

// in_order returns what a result printed as (to standard error?, text) runs in the order printed: what a
// terminal or the page's console shows.
std::vector<std::pair<bool, std::string_view>> in_order(const ShellResult& result);

class Shell {
  public:
    explicit Shell(World& world) : world_(world) {}

    // run executes one command line (`aws events list-event-buses`, the `aws` optional) and records it in
    // history.
    ShellResult run(std::string_view line);

    // complete lists the completions of the last word of a partial command line (services, commands,
    // flags, flag values and resource names the World holds, workspace files after file://).
    std::vector<std::string> complete(std::string_view partial_line) const;

    // world returns the world the shell's commands act on.
    const World& world() const { return world_; }

    // history returns every non-empty line run so far, oldest first.
    const std::vector<std::string>& history() const { return history_; }

    // workspace returns the in-memory files that file://, fileb://, zip, cat and redirections use.
    Workspace& workspace() { return workspace_; }
    const Workspace& workspace() const { return workspace_; }

    // variables returns the shell variables set so far (NAME=value, export), by name.
    const std::map<std::string, std::string>& variables() const { return variables_; }

    // needs_more_input tells whether a line is incomplete (open quote, trailing \, | or &&) so a REPL
    // should read a continuation line before running it.
    static bool needs_more_input(std::string_view line);

  private:
    World& world_;
    Workspace workspace_;
    std::vector<std::string> history_;
    std::map<std::string, std::string> variables_;
    int last_status_ = 0;  // $?
};

// BudgetWatch tells, once per store, when the world's budgets start dropping its oldest entries (log
// events of a group, activity entries); the native evb prints its notes on standard error after a command,
// never into the AWS CLI's output. The `budgets` command shows every drop.
class BudgetWatch {
  public:
    // notes returns one "evb: dropped ..." line for each store that dropped since the last call and was
    // not told of before ("" when none).
    std::string notes(const World& world);

  private:
    std::vector<std::string> told_;
};

// LineGatherer gathers input lines (a script, the REPL) into complete command lines: quotes closed, no
// trailing backslash, |, && or ||. It carries the quoting state from line to line, so a command spanning
// many lines costs time linear in its length (asking needs_more_input of the growing text at every line
// was quadratic: 20,000 continuation lines took half a minute).
class LineGatherer {
  public:
    // add takes one more line (without its newline); returns the command line once it is complete.
    std::optional<std::string> add(std::string_view line);

    // pending returns the lines of an incomplete command line, joined by newlines ("" when none).
    const std::string& pending() const { return text_; }

    // take returns the pending text, complete or not (at the end of input), and starts over.
    std::string take();

  private:
    std::string text_;
    bool started_ = false;
    std::string open_;      // the closers still expected, innermost last: ' " ` ) } ($( and ${ open one)
    bool escaped_ = false;  // the last character was a backslash that escapes the next one
    bool dollar_ = false;   // the last character was an unescaped $ (so ( or { opens a substitution)
    bool in_word_ = false;
    bool in_comment_ = false;
    std::vector<std::pair<std::string, bool>> here_documents_;  // bodies being read: delimiter, <<- (tabs)
    bool awaiting_closer_ = false;  // an if, for, while or until is open: only a closing word can end it

    void scan(char c);
    void scan_unquoted(char c);
    std::optional<std::string> here_document_line(std::string_view line);
    std::optional<std::string> decide();
    static bool may_close(std::string_view line);
};

// format_command prints the `aws ...` command line that makes the API request (the inverse of Shell::run's
// parsing): format_command("events", "PutRule", {{"Name","r"}}) == "aws events put-rule --name r".
std::string format_command(std::string_view service, std::string_view operation, const Json& request);

// quote_word quotes one word for a command line so that the shell reads it back unchanged.
std::string quote_word(std::string_view word);

}  // namespace evb
