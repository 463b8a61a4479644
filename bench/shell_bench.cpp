// evb_shell_bench: how long the shell takes to read long input, printed (tests never time anything).
// Three inputs, each gathered line by line as `evb -f script` reads it (LineGatherer) and then tokenized:
// a 1 MB script of ordinary commands, one command continued over 20,000 lines, a quote left open over
// 20,000 lines, a for loop whose body is 20,000 lines and a here-document of 20,000 lines. For contrast it
// also times the old way of gathering (needs_more_input on the growing text at every line), which is
// quadratic. "items" are the command lines gathered, or for the last input the runs printed. Last, it runs a
// loop of 10,000 rounds whose output and errors interleave (the order of what it prints is kept as runs;
// appending a round must not copy the runs before it).
#include "bench_clock.hpp"

#include "../shell/src/interpreter/tokenizer.hpp"
#include "evb/shell.hpp"

#include <cstdio>
#include <string>
#include <vector>

namespace {

std::vector<std::string> script_lines(std::size_t bytes) {
    std::vector<std::string> lines;
    std::size_t total = 0;
    for (int i = 0; total < bytes; ++i) {
        lines.push_back("aws events put-rule --name rule-" + std::to_string(i) +
                        R"( --event-pattern '{"source":["shop"],"detail":{"n":[{"numeric":[">",)" +
                        std::to_string(i) + "]}]}}' --state ENABLED && echo \"done $i\" >> log.txt # ok");
        total += lines.back().size() + 1;
    }
    return lines;
}

// gather_and_parse returns how many command lines the lines make, tokenizing each.
std::size_t gather_and_parse(const std::vector<std::string>& lines) {
    evb::LineGatherer gatherer;
    std::size_t commands = 0;
    for (const auto& line : lines) {
        if (auto command = gatherer.add(line))
            commands += evb::cli::parse_command_line(*command).items.size();
    }
    if (!gatherer.pending().empty()) commands += evb::cli::parse_command_line(gatherer.take()).items.size();
    return commands;
}

// gather_and_run runs the lines in a fresh shell, as `evb -f` does, and returns how many runs of output
// and errors the last command line printed.
std::size_t gather_and_run(const std::vector<std::string>& lines) {
    evb::World world;
    evb::Shell shell(world);
    evb::LineGatherer gatherer;
    std::size_t runs = 0;
    for (const auto& line : lines) {
        if (auto command = gatherer.add(line)) runs = evb::in_order(shell.run(*command)).size();
    }
    return runs;
}

std::size_t gather_by_reparsing(const std::vector<std::string>& lines) {
    std::string pending;
    std::size_t commands = 0;
    for (const auto& line : lines) {
        pending += pending.empty() ? line : "\n" + line;
        if (evb::Shell::needs_more_input(pending)) continue;
        ++commands;
        pending.clear();
    }
    return commands;
}

template <typename Fn>
void report(const char* name, const std::vector<std::string>& lines, Fn fn) {
    std::size_t bytes = 0;
    for (const auto& line : lines)
        bytes += line.size() + 1;
    const double start = evb::bench::cpu_seconds();
    const std::size_t commands = fn(lines);
    const double seconds = evb::bench::cpu_seconds() - start;
    std::printf("%-48s %8zu lines %9zu bytes %7zu items %9.3f s %8.1f MB/s\n", name, lines.size(), bytes,
                commands, seconds, seconds > 0 ? static_cast<double>(bytes) / seconds / 1e6 : 0.0);
}

}  // namespace

int main() {
    const std::vector<std::string> script = script_lines(1u << 20);
    const std::vector<std::string> continued(20000, "aws events put-events --entries \\");
    std::vector<std::string> open_quote(20000, "text inside a quote that never closes");
    open_quote.front() = "echo 'open";
    report("1 MB script, gathered and tokenized", script, gather_and_parse);
    report("20,000 continuation lines", continued, gather_and_parse);
    report("a quote left open over 20,000 lines", open_quote, gather_and_parse);
    std::vector<std::string> loop(20000,
                                  "  echo \"round $i\" && aws events list-rules --name-prefix r >> out.txt");
    loop.front() = "for i in 1 2 3; do";
    loop.push_back("done");
    std::vector<std::string> here_document(20000, "print('a line of Python, it''s long enough to matter')");
    here_document.front() = "cat > handler.py <<'EOF'";
    here_document.push_back("EOF");
    report("a for loop with a 20,000-line body", loop, gather_and_parse);
    report("a here-document of 20,000 lines", here_document, gather_and_parse);
    report("20,000 continuation lines, old re-parsing", continued, gather_by_reparsing);
    std::string rounds = "for n in";
    for (int i = 0; i < 10000; ++i)
        rounds += " " + std::to_string(i);
    report("10,000 rounds printing output and errors (runs)", {rounds + "; do echo $n; cat missing-$n; done"},
           gather_and_run);
    return 0;
}
