// The jq builtins this shell supports, by name and arity, for the parser to refuse any other.
// Depends on nothing but the standard library.
#pragma once

#include <cstddef>
#include <string>

namespace evb::jq {

// is_builtin returns whether name/arity is a supported builtin.
bool is_builtin(const std::string& name, std::size_t arity);

}  // namespace evb::jq
