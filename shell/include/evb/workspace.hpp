// The shell's virtual workspace: a flat folder of in-memory files that file://, fileb://, zip, cat, ls,
// base64 and redirections read and write. It never touches the real filesystem, so the same shell runs
// in the browser. A new workspace holds the tutorial's lambda_function.py. Depends only on the standard
// library.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace evb {

class Workspace {
  public:
    // Workspace starts with the tutorial's files (lambda_function.py).
    Workspace();

    // read returns a file's bytes, or nothing when it does not exist.
    std::optional<std::string> read(std::string_view path) const;

    // write creates or replaces a file.
    void write(std::string_view path, std::string bytes);

    // append adds bytes to the end of a file, creating it if needed.
    void append(std::string_view path, std::string_view bytes);

    // remove deletes a file; returns false when it did not exist.
    bool remove(std::string_view path);

    // list returns every file name, sorted.
    std::vector<std::string> list() const;

    // normalize turns "./a", "~/a" and "/home/user/a" into the workspace name "a".
    static std::string normalize(std::string_view path);

  private:
    std::map<std::string, std::string> files_;
};

// tutorial_lambda_source returns the tutorial's lambda_function.py, byte for byte.
std::string_view tutorial_lambda_source();

}  // namespace evb
