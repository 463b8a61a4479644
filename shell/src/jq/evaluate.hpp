// Evaluates a parsed jq filter against one input value, producing jq's stream of outputs. Every value built
// is charged to a work budget and capped in nesting depth, so a hostile filter ends with an error instead
// of exhausting memory or time. Depends only on ast.hpp.
#pragma once

#include "ast.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace evb::jq {

// kMaxWork bounds the values (weighted by size) one run of a filter may build.
inline constexpr std::size_t kMaxWork = 1'000'000;

class Evaluator {
  public:
    // eval appends node's outputs for input to out; false on an error (outputs before it stay in out).
    bool eval(const Node& node, const Json& input, std::vector<Json>& out);

    // error is the message of the last failure, as jq prints it after "jq: error (at <stdin>:N): ".
    const std::string& error() const { return error_; }

    // fail records an error message and returns false.
    bool fail(std::string message);

    // charge counts a built value against the work budget; false (with an error) when it is spent.
    bool charge(const Json& value);

  private:
    std::string error_;
    std::size_t work_ = 0;
    bool fatal_ = false;  // a limit was hit: `?` and `//` do not hide it

    bool fatal(std::string message);

    bool call(const Node& node, const Json& input, std::vector<Json>& out);
    bool eval_path(const Node& node, const Json& input, std::vector<Json>& out);
    bool eval_binary(const Node& node, const Json& input, std::vector<Json>& out);
    bool eval_object(const Node& node, std::size_t from, const Json& input, Json& partial,
                     std::vector<Json>& out);
    bool eval_interpolate(const Node& node, std::size_t from, const Json& input, const std::string& partial,
                          std::vector<Json>& out);
};

// truthy is jq's truth: everything but null and false.
bool truthy(const Json& value);

// compare orders values as jq does: null < false < true < numbers < strings < arrays < objects.
int compare(const Json& a, const Json& b);

// type_name is jq's name for a value's type ("null", "boolean", "number", "string", "array", "object").
std::string type_name(const Json& value);

// describe is a value as jq's errors show it: its type and its text, cut short, "number (1)".
std::string describe(const Json& value);

// to_text is a value as jq's tostring makes it: strings as they are, anything else as compact JSON.
std::string to_text(const Json& value);

}  // namespace evb::jq
