// JMESPath, the query language of the AWS CLI's --query: compile an expression once, search JSON with it.
// Covers the language as jmespath.org specifies it: identifiers, sub-expressions, indexes, slices,
// projections ([*], *, []), filters ([?a=='x']), multiselect lists and hashes, pipes, or/and/not,
// comparisons, literals, current node, expression references and the built-in functions.
// Error texts follow jmespath.py, which the AWS CLI prints. Depends only on evb/common/json.hpp.
#pragma once

#include "evb/common/json.hpp"

#include <memory>
#include <string>
#include <string_view>

namespace evb::cli {

struct JmesNode;

// A compiled JMESPath expression, or the parse error that prevented it.
class JmesPath {
  public:
    // compile parses an expression; ok() tells whether it succeeded and error() says why not.
    static JmesPath compile(std::string_view expression);

    bool ok() const { return root_ != nullptr; }
    const std::string& error() const { return error_; }

    // search evaluates the expression against data; on a runtime type error returns null and sets *error.
    Json search(const Json& data, std::string* error = nullptr) const;

  private:
    std::shared_ptr<const JmesNode> root_;
    std::string error_;
};

}  // namespace evb::cli
