// The shell's workspace: the files that file://, fileb://, zip, cat, ls, rm, base64 and redirections read
// and write. Where they live is a FileStore: in memory by default (a flat folder, never touching the real
// filesystem, so the same shell runs in the browser; a new one holds the tutorial's lambda_function.py),
// or, for the native `evb`, the current directory (shell/repl/directory_files.hpp). Depends only on the
// standard library.
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace evb {

// kMaxWorkspaceBytes bounds what the in-memory workspace holds in all (the page's memory is finite), and
// any one file written elsewhere: a write that would pass it is refused, so `cat f f > g` in a loop stops
// with an error instead of doubling forever.
inline constexpr std::size_t kMaxWorkspaceBytes = 64u << 20;

// Written is a write's outcome: empty problem when the bytes were written, else why not, worded as a
// shell says it after the file's name ("File too large", "Permission denied").
struct Written {
    std::string problem;
    explicit operator bool() const { return problem.empty(); }
};

// FileStore is where a workspace's files live. Names come as the user typed them.
class FileStore {
  public:
    virtual ~FileStore() = default;
    virtual std::optional<std::string> read(std::string_view path) const = 0;
    virtual Written write(std::string_view path, std::string bytes) = 0;
    virtual Written append(std::string_view path, std::string_view bytes) = 0;
    virtual bool remove(std::string_view path) = 0;
    // list names the files of the workspace's own folder, sorted.
    virtual std::vector<std::string> list() const = 0;
    // bytes is the size of every file together, where the store keeps count (0 where it does not).
    virtual std::size_t bytes() const = 0;
    // directory is the folder that relative names are in, as `pwd` prints it.
    virtual std::string directory() const = 0;
};

// MemoryFiles keeps files in memory, in one flat folder: "./a", "~/a" and "/home/user/a" all name "a".
class MemoryFiles final : public FileStore {
  public:
    std::optional<std::string> read(std::string_view path) const override;
    Written write(std::string_view path, std::string bytes) override;
    Written append(std::string_view path, std::string_view bytes) override;
    bool remove(std::string_view path) override;
    std::vector<std::string> list() const override;
    std::size_t bytes() const override { return bytes_; }
    std::string directory() const override { return "/home/user"; }

  private:
    std::map<std::string, std::string> files_;
    std::size_t bytes_ = 0;
};

class Workspace {
  public:
    // Workspace starts in memory with the tutorial's files (lambda_function.py).
    Workspace();

    // mount moves the workspace onto other files (the native shell's current directory); what the
    // in-memory workspace held is dropped.
    void mount(std::unique_ptr<FileStore> files) { files_ = std::move(files); }

    // read returns a file's bytes, or nothing when it does not exist.
    std::optional<std::string> read(std::string_view path) const { return files_->read(path); }

    // write creates or replaces a file; nothing is written when it fails (in memory: when the workspace
    // would pass kMaxWorkspaceBytes).
    Written write(std::string_view path, std::string bytes) { return files_->write(path, std::move(bytes)); }

    // append adds bytes to the end of a file, creating it if needed; fails as write.
    Written append(std::string_view path, std::string_view bytes) { return files_->append(path, bytes); }

    // bytes returns the size of every file together (in memory; 0 for a real directory).
    std::size_t bytes() const { return files_->bytes(); }

    // remove deletes a file; returns false when it did not exist.
    bool remove(std::string_view path) { return files_->remove(path); }

    // list returns every file name, sorted.
    std::vector<std::string> list() const { return files_->list(); }

    // directory returns the folder relative names are in ("/home/user" in memory).
    std::string directory() const { return files_->directory(); }

    // normalize turns "./a", "~/a" and "/home/user/a" into the name "a" (the name zip gives an entry).
    static std::string normalize(std::string_view path);

  private:
    std::unique_ptr<FileStore> files_;
};

// tutorial_lambda_source returns the tutorial's lambda_function.py, byte for byte.
std::string_view tutorial_lambda_source();

}  // namespace evb
