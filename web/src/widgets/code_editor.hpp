// A multi-line monospace editor for JSON (event patterns, events, templates) that grows with its text,
// numbers its lines and marks a problem where it is: a ✗ in the gutter and an underline at the column.
#pragma once

#include "widgets/text_problem.hpp"

#include <string>
#include <string_view>

namespace evb::web {

// CodeEditor is the text being edited and where its cursor last was (for inserting snippets).
struct CodeEditor {
    std::string text;
    int cursor = -1;  // byte offset; -1 until the editor has been focused
};

// draw_code_editor shows the editor; label's hidden part ("##pattern") names it for tests. Returns true
// when the text changed this frame.
bool draw_code_editor(const char* label, CodeEditor& editor, const TextProblem* problem, int min_lines,
                      bool read_only = false);

// insert_at_cursor puts a snippet where the cursor last was (at the end when it never was).
void insert_at_cursor(CodeEditor& editor, std::string_view snippet);

// draw_problem shows the problem's message under an editor, with its line and column.
void draw_problem(const TextProblem& problem);

}  // namespace evb::web
