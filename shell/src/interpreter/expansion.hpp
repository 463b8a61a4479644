// Word expansion as bash does it for the forms tutorials use: quote removal, parameters ($NAME, ${NAME},
// ${NAME:-default}, ${#NAME}, $?), command substitution ($(…) and backquotes, run by the caller), and
// field splitting of unquoted results on spaces, tabs and newlines. No globbing: * stays literal, as AWS
// CLI arguments rarely mean files. A form bash has and this does not (arithmetic, ${X/a/b}, …) is an
// error naming it, never a silent literal.
// Depends only on the standard library.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace evb::cli {

// What a command substitution printed: its standard output (trailing newlines are removed by the
// expansion), its standard error and its exit status.
struct Substituted {
    int exit_code = 0;
    std::string out;
    std::string err;
};

struct ExpansionContext {
    const std::map<std::string, std::string>& variables;
    int last_status = 0;                               // $?
    std::function<Substituted(std::string_view)> run;  // runs the text of a $(…)
};

struct Expanded {
    std::vector<std::string> fields;
    std::string err;              // what substitutions printed on standard error, in order
    std::string error;            // why the word could not be expanded ("" when it was)
    bool substituted = false;     // a command substitution ran
    int substitution_status = 0;  // the last one's exit status, which a bare assignment returns
};

// expand_word expands one word as typed (raw, quotes included) into its fields.
Expanded expand_word(std::string_view raw, const ExpansionContext& context);

// expand_assigned expands the value of NAME=value as bash does: like a double-quoted word (no field
// splitting) but with quotes removed.
Expanded expand_assigned(std::string_view raw_value, const ExpansionContext& context);

// expand_here_document expands the body of a here-document whose delimiter was not quoted: $ and
// backquotes as inside double quotes, backslash only before $ ` \ and newline; quotes are plain text.
Expanded expand_here_document(std::string_view body, const ExpansionContext& context);

// split_assignment finds NAME and the raw value in a word typed as NAME=value (NAME unquoted, a valid
// name); false when the word is not an assignment.
bool split_assignment(std::string_view raw, std::string& name, std::string_view& raw_value);

}  // namespace evb::cli
