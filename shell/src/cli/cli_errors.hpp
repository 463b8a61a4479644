// The AWS CLI's (v2) messages and exit codes for everything that goes wrong before or during a call:
// usage errors (252), parameter errors (252), service errors (254), other failures (255).
// Depends on evb/shell.hpp for ShellResult.
#pragma once

#include "evb/shell.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace evb::cli {

inline constexpr int kExitUsage = 252;
inline constexpr int kExitService = 254;
inline constexpr int kExitGeneral = 255;

// usage_text is the AWS CLI's usage banner, as printed above every argument error.
std::string usage_text();

// usage_error prints the banner and `aws: error: message` between blank lines, as v2 frames it, exit 252.
ShellResult usage_error(std::string_view message);

// unknown_options_error prints the banner and `Unknown options: a, b` (no `aws: error:`), exit 252.
ShellResult unknown_options_error(std::string_view options);

// invalid_choice_message formats argparse's "Invalid choice, valid choices are:" list with close matches.
std::string invalid_choice_message(std::string_view argument, std::string_view value,
                                   const std::vector<std::string>& choices);

// param_error reports "Error parsing parameter '--flag': message", exit 252.
ShellResult param_error(std::string_view flag, std::string_view message);

// general_error reports a message after a blank line, as the CLI prints uncaught errors, exit 255.
ShellResult general_error(std::string_view message, int exit_code = kExitGeneral);

// service_error reports "An error occurred (Code) when calling the Op operation: message", exit 254.
ShellResult service_error(std::string_view code, std::string_view operation, std::string_view message);

// close_matches returns the choices similar to value (difflib's get_close_matches, cutoff 0.8 by default).
std::vector<std::string> close_matches(std::string_view value, const std::vector<std::string>& choices,
                                       double cutoff = 0.8, std::size_t limit = 3);

// similarity is difflib's SequenceMatcher ratio of two strings (2*matches / total length).
double similarity(std::string_view a, std::string_view b);

}  // namespace evb::cli
