// The shell's virtual workspace: a flat folder of in-memory files that file://, fileb://, zip, cat, ls,
// base64 and redirections read and write. It never touches the real filesystem, so the same shell runs
// in the browser. A new workspace holds the tutorial's lambda_function.py. Depends only on the standard
// library.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace evb {

// kMaxWorkspaceBytes bounds what the workspace holds in all (the page's memory is finite): a write that
// would pass it is refused, so `cat f f > g` in a loop stops with an error instead of doubling forever.
inline constexpr std::size_t kMaxWorkspaceBytes = 64u << 20;

class Workspace {
  public:
    // Workspace starts with the tutorial's files (lambda_function.py).
    Workspace();

    // read returns a file's bytes, or nothing when it does not exist.
    std::optional<std::string> read(std::string_view path) const;

    // write creates or replaces a file; false (and nothing written) when the workspace would pass
    // kMaxWorkspaceBytes.
    bool write(std::string_view path, std::string bytes);

    // append adds bytes to the end of a file, creating it if needed; false as write.
    bool append(std::string_view path, std::string_view bytes);

    // bytes returns the size of every file together.
    std::size_t bytes() const { return bytes_; }

    // remove deletes a file; returns false when it did not exist.
    bool remove(std::string_view path);

    // list returns every file name, sorted.
    std::vector<std::string> list() const;

    // normalize turns "./a", "~/a" and "/home/user/a" into the workspace name "a".
    static std::string normalize(std::string_view path);

  private:
    std::map<std::string, std::string> files_;
    std::size_t bytes_ = 0;
};

// tutorial_lambda_source returns the tutorial's lambda_function.py, byte for byte.
std::string_view tutorial_lambda_source();

}  // namespace evb
