// Golden transcripts (tests/transcripts/*.txt): a command, then what it prints, replayed in a fresh World.
//
//   #! account 803943555226     directives (account, region, seed, time) configure the World; before commands
//   # a comment                 ignored
//   $ aws events list-rules     a command; following "> " lines continue it (joined with newlines)
//   {                           its standard output, line by line
//   2> An error occurred ...    its standard error, each line prefixed "2> " ("2>" for an empty line)
//   [exit 254]                  its exit status, when not 0
//   [no newline]                when standard output does not end in a newline
//
// Trailing blank lines of a block are not significant. EVB_UPDATE_TRANSCRIPTS=1 rewrites the expected
// blocks from the actual output (review the diff before committing).
#pragma once

#include "evb/shell.hpp"

#include <string>
#include <vector>

namespace evb::test {

struct TranscriptStep {
    std::vector<std::string> header;  // comment lines before the command
    std::string command;              // as run (continuations joined by '\n')
    std::vector<std::string> command_lines;
    std::string expected;  // the expected block, normalised
};

struct Transcript {
    WorldConfig config;
    std::vector<std::string> preamble;  // directive and comment lines before the first step
    std::vector<TranscriptStep> steps;
    std::vector<std::string> trailer;
};

// parse_transcript reads a transcript file's text.
Transcript parse_transcript(const std::string& text);

// render_result writes a shell result in the transcript's block form.
std::string render_result(const ShellResult& result);

// serialize_transcript writes a transcript back, with the given actual blocks replacing the expected ones.
std::string serialize_transcript(const Transcript& transcript, const std::vector<std::string>& blocks);

}  // namespace evb::test
