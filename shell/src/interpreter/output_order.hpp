// Composing what the commands of a line print, in the order they print it (ShellResult::pieces); the
// interpreter's side of evb::in_order. Depends only on evb/shell.hpp.
#pragma once

#include "evb/shell.hpp"

namespace evb {

// append_output adds what `part` printed after what `total` printed, keeping the order.
void append_output(ShellResult& total, const ShellResult& part);

// append_error adds text to what `total` printed on standard error, after everything printed so far.
void append_error(ShellResult& total, std::string_view text);

// preceded_by_error returns `result` with `err` printed before everything it printed (an expansion's
// warning comes before the command it expands); the status stays the command's.
ShellResult preceded_by_error(std::string_view err, const ShellResult& result);

// without_output returns `result` with its standard output taken away (sent to a file), its errors kept
// in their order.
ShellResult without_output(const ShellResult& result);

}  // namespace evb
