// What the AWS CLI prints for a response: ResponseMetadata dropped, --query applied, then the --output
// format. Shared by the `aws` command and the comparison with the real CLI (tests/aws_cli). Depends on the
// output formats and JMESPath.
#pragma once

#include "evb/shell.hpp"
#include "jmespath/jmespath.hpp"

#include <string>
#include <variant>

namespace evb::cli {

// compile_query compiles a --query expression, or returns the CLI's "Bad value for --query" error, exit 252.
std::variant<JmesPath, ShellResult> compile_query(const std::string& expression);

// render_response prints a response as `aws --output output [--query]` does; table output is titled with the
// operation's API name. A query that fails on the data prints jmespath's message, exit 255.
ShellResult render_response(const std::string& operation, const Json& body, const std::string& output,
                            const JmesPath* query);

}  // namespace evb::cli
