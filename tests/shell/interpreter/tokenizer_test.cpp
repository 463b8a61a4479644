// Tests for shell/src/interpreter/tokenizer.cpp: POSIX quoting, escapes, continuations, pipes, lists,
// redirections.
#include "../../../shell/src/interpreter/tokenizer.hpp"

#include <doctest/doctest.h>

using evb::cli::parse_command_line;

namespace {

std::vector<std::string> words_of(const std::string& line) {
    auto parsed = parse_command_line(line);
    REQUIRE(parsed.error.empty());
    REQUIRE(parsed.items.size() == 1);
    return parsed.items[0].pipeline.commands[0].words;
}

}  // namespace

TEST_CASE("tokenizer splits on unquoted whitespace") {
    CHECK(words_of("aws  events\tlist-rules") == std::vector<std::string>{"aws", "events", "list-rules"});
}

TEST_CASE("tokenizer keeps single-quoted text literally, backslashes included") {
    CHECK(words_of(R"(echo 'a \" b' 'it'\''s')") == std::vector<std::string>{"echo", "a \\\" b", "it's"});
}

TEST_CASE("tokenizer honours only \\\" \\\\ \\$ and \\` inside double quotes") {
    CHECK(words_of(R"(x "{\"account\":[\"8\"]}" "a\nb")") ==
          std::vector<std::string>{"x", "{\"account\":[\"8\"]}", "a\\nb"});
}

TEST_CASE("tokenizer joins adjacent quoted and unquoted parts into one word") {
    CHECK(words_of(R"(--name="manual"-order'-bus')") == std::vector<std::string>{"--name=manual-order-bus"});
}

TEST_CASE("tokenizer keeps an empty quoted word") {
    CHECK(words_of("echo '' \"\"") == std::vector<std::string>{"echo", "", ""});
}

TEST_CASE("tokenizer removes backslash-newline continuations") {
    CHECK(words_of("aws events \\\n  list-rules") == std::vector<std::string>{"aws", "events", "list-rules"});
}

TEST_CASE("tokenizer treats $ and * literally") {
    CHECK(words_of("echo $LATEST *") == std::vector<std::string>{"echo", "$LATEST", "*"});
}

TEST_CASE("tokenizer drops comments that start a word") {
    CHECK(words_of("echo a#b # comment") == std::vector<std::string>{"echo", "a#b"});
}

TEST_CASE("tokenizer builds pipelines and lists") {
    auto parsed = parse_command_line("a | b x; c && d || e");
    REQUIRE(parsed.error.empty());
    REQUIRE(parsed.items.size() == 4);
    CHECK(parsed.items[0].pipeline.commands.size() == 2);
    CHECK(parsed.items[2].connector == evb::cli::Connector::And);
    CHECK(parsed.items[3].connector == evb::cli::Connector::Or);
}

TEST_CASE("tokenizer reads redirections") {
    auto parsed = parse_command_line("echo hi > out.txt; cat < in >> log");
    REQUIRE(parsed.error.empty());
    CHECK(parsed.items[0].pipeline.commands[0].output_file == "out.txt");
    CHECK(parsed.items[1].pipeline.commands[0].input_file == "in");
    CHECK(parsed.items[1].pipeline.commands[0].append);
}

TEST_CASE("tokenizer reports open quotes and trailing operators as incomplete") {
    CHECK(parse_command_line("echo 'abc").incomplete);
    CHECK(parse_command_line("echo \"abc").incomplete);
    CHECK(parse_command_line("echo abc |").incomplete);
    CHECK(parse_command_line("echo abc &&").incomplete);
    CHECK(parse_command_line("echo abc \\").incomplete);
    CHECK(parse_command_line("echo 'abc").error == "unexpected EOF while looking for matching `''");
}

TEST_CASE("tokenizer rejects a pipe with nothing before it") {
    CHECK(parse_command_line("| a").error == "syntax error near unexpected token `|'");
    CHECK(parse_command_line("a > ").error == "syntax error near unexpected token `newline'");
}

TEST_CASE("shell_quote output reads back as the same word") {
    for (std::string word : {"plain", "", "it's", "a b", "{\"a\":[1]}", "$LATEST", "tab\there", "-x"}) {
        CAPTURE(word);
        CHECK(words_of("echo " + evb::cli::shell_quote(word)) == std::vector<std::string>{"echo", word});
    }
}

TEST_CASE("split_for_completion finds the word being typed") {
    auto words = evb::cli::split_for_completion("echo a | aws ev");
    REQUIRE(words.size() == 2);
    CHECK(words[0].text == "aws");
    CHECK(words[1].text == "ev");
    CHECK(evb::cli::split_for_completion("aws ").back().text.empty());
}

TEST_CASE("tokenizer reads 100000 continuation lines as one command") {
    std::string line;
    for (int i = 0; i < 100000; ++i)
        line += "echo a \\\n";
    line += "end";
    const auto parsed = parse_command_line(line);
    REQUIRE(parsed.error.empty());
    REQUIRE(parsed.items.size() == 1);
    CHECK(parsed.items[0].pipeline.commands[0].words.size() == 200001);
}

TEST_CASE("tokenizer reports an unbalanced quote followed by 100000 lines as incomplete") {
    std::string line = "echo 'open";
    for (int i = 0; i < 100000; ++i)
        line += "\nmore text";
    const auto parsed = parse_command_line(line);
    CHECK(parsed.incomplete);
    CHECK(parsed.error == "unexpected EOF while looking for matching `''");
}

TEST_CASE("tokenizer keeps a substitution in one word, spaces and operators included") {
    CHECK(words_of("X=$(aws events list-rules | cat; echo a) b") ==
          std::vector<std::string>{"X=$(aws events list-rules | cat; echo a)", "b"});
    CHECK(words_of("echo \"$(echo \")\")\" `a b` ${X:-y z}") ==
          std::vector<std::string>{"echo", "$(echo \")\")", "`a b`", "${X:-y z}"});
}

TEST_CASE("tokenizer keeps each word's source text for expansion") {
    const auto parsed = parse_command_line("echo \"$A\"'b' c\\ d > \"$F\"");
    REQUIRE(parsed.error.empty());
    const auto& command = parsed.items[0].pipeline.commands[0];
    CHECK(command.raw_words == std::vector<std::string>{"echo", "\"$A\"'b'", "c\\ d"});
    CHECK(command.raw_output_file == "\"$F\"");
}

TEST_CASE("tokenizer reports an unclosed substitution as incomplete") {
    const auto parsed = parse_command_line("X=$(aws events list-rules");
    CHECK(parsed.incomplete);
    CHECK(parsed.error == "unexpected EOF while looking for matching `)'");
    CHECK(parse_command_line("echo ${X").error == "unexpected EOF while looking for matching `}'");
}

TEST_CASE("tokenizer reads a here-document's body from the lines after its command") {
    const auto parsed =
        parse_command_line("cat > f.py <<'EOF'\nprint('it''s')\n  x = \"$A\"\nEOF\necho done");
    REQUIRE(parsed.error.empty());
    REQUIRE(parsed.items.size() == 2);
    const auto& cat = parsed.items[0].pipeline.commands[0];
    REQUIRE(cat.here_document);
    CHECK(cat.here_document->body == "print('it''s')\n  x = \"$A\"\n");
    CHECK_FALSE(cat.here_document->expand);
    CHECK(cat.output_file == "f.py");
    CHECK(parsed.items[1].pipeline.commands[0].words == std::vector<std::string>{"echo", "done"});
}

TEST_CASE("tokenizer strips leading tabs for <<- and expands an unquoted delimiter's body") {
    const auto parsed = parse_command_line("cat <<-END | cat\n\tone\n\t\ttwo\n\tEND");
    REQUIRE(parsed.error.empty());
    const auto& cat = parsed.items[0].pipeline.commands[0];
    REQUIRE(cat.here_document);
    CHECK(cat.here_document->body == "one\ntwo\n");
    CHECK(cat.here_document->expand);
    CHECK(parsed.items[0].pipeline.commands.size() == 2);
}

TEST_CASE("tokenizer reports a here-document without its delimiter line as incomplete") {
    const auto parsed = parse_command_line("cat <<EOF\nline");
    CHECK(parsed.incomplete);
    REQUIRE(parsed.open_here_documents.size() == 1);
    CHECK(parsed.open_here_documents[0].delimiter == "EOF");
    CHECK(parsed.error == "here-document delimited by end-of-file (wanted `EOF')");
    CHECK(parse_command_line("cat <<").error == "syntax error near unexpected token `newline'");
}

TEST_CASE("tokenizer reads if, for, while and until with their bodies") {
    const auto parsed =
        parse_command_line("if a; then b; elif c\nthen d; else e; fi > out; for x in 1 2; do f; done");
    REQUIRE(parsed.error.empty());
    REQUIRE(parsed.items.size() == 2);
    const auto& if_command = parsed.items[0].pipeline.commands[0];
    REQUIRE(if_command.compound);
    CHECK(if_command.compound->branches.size() == 2);
    CHECK(if_command.compound->otherwise.has_value());
    CHECK(if_command.output_file == "out");
    const auto& loop = *parsed.items[1].pipeline.commands[0].compound;
    CHECK(loop.kind == evb::cli::CompoundCommand::Kind::For);
    CHECK(loop.variable == "x");
    CHECK(loop.raw_words == std::vector<std::string>{"1", "2"});
}

TEST_CASE("tokenizer waits for the end of an open compound command and refuses a stray closing word") {
    for (const char* open : {"if true; then", "if true; then echo", "for x in a b", "while true; do echo"}) {
        CAPTURE(open);
        CHECK(parse_command_line(open).incomplete);
    }
    CHECK(parse_command_line("echo a; fi").error == "syntax error near unexpected token `fi'");
    CHECK(parse_command_line("if then fi").error == "syntax error near unexpected token `then'");
    CHECK(parse_command_line("echo if then fi").error.empty());
    CHECK(parse_command_line("echo 'if'").error.empty());
}

TEST_CASE("tokenizer lets a line end after a pipe, && or ||") {
    const auto parsed = parse_command_line("echo a &&\n  echo b ||\n echo c |\n cat");
    REQUIRE(parsed.error.empty());
    CHECK(parsed.items.size() == 3);
    CHECK(parsed.items[2].pipeline.commands.size() == 2);
}
