// Console panel: the shell inside the page — the transcript
// (commands, their output, errors in red, and the `aws` lines echoed for every change made with the
// mouse), an input line with history (Up/Down) and tab completion from Shell::complete, and the Files
// popup: the workspace's files, each downloadable, and an upload (a zip for fileb://, JSON for file://).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace evb::web {

class App;

struct ConsolePanel {
    char input[2048] = "";
    int history_pos = -1;          // -1: a new line; otherwise an index into the shell's history
    std::uint64_t seen_lines = 0;  // transcript lines already scrolled to
    std::string pending;           // lines of a command continued with \\, an open quote or a pipe
    std::vector<std::pair<std::string, std::size_t>> files;  // name and size, read when Files opens
    float files_anchor_x = 0, files_anchor_y = 0;            // the Files button's top-right corner
};

// draw_console_panel shows the transcript and the input line, filling the space it is given.
void draw_console_panel(ConsolePanel& panel, App& app);

}  // namespace evb::web
