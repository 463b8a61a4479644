// Command-line syntax as a POSIX shell reads it: words with single quotes, double quotes, backslash
// escapes and line continuations; pipelines (|), lists (; && || and newlines), redirections (> >> <),
// here-documents, comments (#) and the compound commands scripts use (if/elif/else, for, while, until).
// `$(…)`, `${…}` and backquotes stay inside the word they start (spaces and operators in them split nothing).
// Expansion is not done here: each word keeps its source text (raw_words) for expansion.hpp to expand when
// the command runs; `words` is the text after quote removal only. Depends only on the standard library.
#pragma once

#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace evb::cli {

// One simple command: its words, and where its standard input and output are redirected.
// A here-document (`<<EOF` or `<<-EOF` and the lines up to EOF): the command's standard input.
struct HereDocument {
    std::string body;    // the lines between, each with its newline (tabs stripped for <<-)
    bool expand = true;  // false when the delimiter was quoted (<<'EOF'): the body is taken literally
};

// The line that ends a here-document: its delimiter, after leading tabs when strip_tabs (<<-).
struct HereDocumentEnd {
    std::string delimiter;
    bool strip_tabs = false;

    bool ends_at(std::string_view line) const {
        if (strip_tabs) line.remove_prefix(std::min(line.find_first_not_of('\t'), line.size()));
        return line == delimiter;
    }
};

struct CompoundCommand;

struct SimpleCommand {
    std::vector<std::string> words;      // after quote removal, unexpanded ($X stays "$X")
    std::vector<std::string> raw_words;  // as typed, quotes included: what expansion reads
    std::string raw_input_file;          // the redirection targets as typed
    std::string raw_output_file;
    std::string input_file;   // `< file`, empty when none
    std::string output_file;  // `> file` or `>> file`, empty when none
    bool append = false;
    std::optional<HereDocument> here_document;
    std::shared_ptr<const CompoundCommand> compound;  // set when this is an if, for, while or until
};

// Commands joined by pipes; the pipeline's status is its last command's.
struct Pipeline {
    std::vector<SimpleCommand> commands;
};

// How a pipeline is joined to the one before it.
enum class Connector { Sequence, And, Or };

struct ListItem {
    Connector connector = Connector::Sequence;
    Pipeline pipeline;
};

using CommandList = std::vector<ListItem>;

// if/elif/else (a branch per condition), for NAME in WORDS, while and until (one branch each).
struct CompoundCommand {
    enum class Kind { If, For, While, Until };
    struct Branch {
        CommandList condition;  // empty for a for loop
        CommandList body;
    };
    Kind kind = Kind::If;
    std::vector<Branch> branches;
    std::optional<CommandList> otherwise;  // an if's else
    std::string variable;                  // a for loop's NAME
    std::vector<std::string> raw_words;    // a for loop's WORDS, as typed
};

// The parsed command line, or a syntax error; incomplete means more input could complete it
// (an open quote, a trailing backslash, pipe or && / ||).
struct ParsedLine {
    CommandList items;
    std::string error;
    bool incomplete = false;
    std::vector<HereDocumentEnd> open_here_documents;  // delimiters still awaited when the text ended
    bool open_compound = false;  // incomplete because an if, for, while, until (or case, { }) is open
};

// parse_command_line parses one (possibly multi-line) command line.
ParsedLine parse_command_line(std::string_view line);

// A word as typed: its text after quote removal, and where it starts in the line.
struct TypedWord {
    std::string text;
    std::size_t start = 0;
};

// split_for_completion splits the last simple command of a partial line into words, tolerating an
// open quote; the last word is empty when the line ends in unquoted whitespace.
std::vector<TypedWord> split_for_completion(std::string_view line);

// end_of_substitution returns the index just past the end of the `$(…)`, `${…}` or backquoted text that
// starts at text[open] ('$' or '`'), honouring quotes and nesting inside it; npos when it is not closed.
std::size_t end_of_substitution(std::string_view text, std::size_t open);

// shell_quote quotes a word so that parse_command_line reads it back unchanged ('it'\''s').
std::string shell_quote(std::string_view word);

}  // namespace evb::cli
