// evb: the native AWS-CLI emulator. `evb events list-event-buses` (or `evb aws events ...`) runs one
// command; with none it is a REPL on a terminal, or runs standard input (or -f FILE) as one script.
// Its files are the current directory's (--in-memory: a scratch workspace holding the tutorial's
// lambda_function.py, as the page has). Only this file and repl/ touch the real terminal and files.
#include "evb/shell.hpp"
#include "repl/directory_files.hpp"
#include "repl/line_editor.hpp"

#include <unistd.h>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace {

struct Options {
    evb::WorldConfig config;
    std::string script_file;
    bool in_memory = false;
    std::vector<std::string> words;
    std::string error;
};

Options parse_options(int argc, char** argv) {
    Options o;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        bool has_value = i + 1 < argc;
        if (!o.words.empty())
            o.words.push_back(a);
        else if (a == "--account" && has_value)
            o.config.account_id = argv[++i];
        else if (a == "--region" && has_value && o.words.empty())
            o.config.region = argv[++i];
        else if (a == "-f" && has_value)
            o.script_file = argv[++i];
        else if (a == "--in-memory")
            o.in_memory = true;
        else if (a == "--account" || a == "-f")
            o.error = "evb: option " + a + " needs a value";
        else
            o.words.push_back(a);
    }
    bool twelve_digits = o.config.account_id.size() == 12 &&
                         o.config.account_id.find_first_not_of("0123456789") == std::string::npos;
    if (o.error.empty() && !twelve_digits) o.error = "evb: --account must be a 12-digit AWS account id";
    return o;
}

// print writes a command line's output and errors in the order they were printed, then any note that the
// world's budgets began dropping.
int print(const evb::ShellResult& r, const evb::Shell& shell, evb::BudgetWatch& watch) {
    for (const auto& [to_err, text] : evb::in_order(r))
        (to_err ? std::cerr : std::cout) << text << std::flush;
    std::cerr << watch.notes(shell.world()) << std::flush;
    return r.exit_code;
}

int run_script(evb::Shell& shell, std::istream& in) {
    evb::BudgetWatch watch;
    int status = 0;
    evb::LineGatherer lines;
    for (std::string line; std::getline(in, line);) {
        if (auto command = lines.add(line)) status = print(shell.run(*command), shell, watch);
    }
    if (!lines.pending().empty()) status = print(shell.run(lines.take()), shell, watch);
    return status;
}

int run_repl(evb::Shell& shell, const std::string& files) {
    evb::LineEditor editor([&](const std::string& line) { return shell.complete(line); });
    evb::BudgetWatch watch;
    std::cout
        << "EventBridge Playground shell: aws commands, zip, base64, cat, ls. Type help; Ctrl-D quits.\n"
        << "Files: " << files << "\n";
    evb::LineGatherer lines;
    while (auto line = editor.read_line(lines.pending().empty() ? "$ " : "> ", shell.history())) {
        if (auto command = lines.add(*line)) print(shell.run(*command), shell, watch);
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    Options options = parse_options(argc, argv);
    if (!options.error.empty()) {
        std::cerr << options.error << "\n";
        return 2;
    }
    evb::World world(options.config);
    evb::Shell shell(world);
    std::string files = "in memory (--in-memory), holding the tutorial's lambda_function.py";
    if (!options.in_memory) {
        std::error_code ec;
        std::filesystem::path here = std::filesystem::current_path(ec);
        const char* home = std::getenv("HOME");
        shell.workspace().mount(std::make_unique<evb::DirectoryFiles>(here, home ? home : ""));
        files = here.string() + " (the current directory; evb --in-memory for a scratch workspace)";
    }
    if (!options.words.empty()) {
        std::string line = options.words[0] == "aws" ? "" : "aws";
        for (const auto& w : options.words)
            line += (line.empty() ? "" : " ") + evb::quote_word(w);
        evb::BudgetWatch watch;
        return print(shell.run(line), shell, watch);
    }
    if (!options.script_file.empty()) {
        std::ifstream file(options.script_file);
        if (!file) {
            std::cerr << "evb: cannot open " << options.script_file << "\n";
            return 2;
        }
        return run_script(shell, file);
    }
    return isatty(STDIN_FILENO) ? run_repl(shell, files) : run_script(shell, std::cin);
}
