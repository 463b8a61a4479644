// DirectoryFiles: the native `evb`'s workspace is a real directory (the current one), so file://,
// fileb://, zip, cat, ls and redirections read and write the user's own files, as the AWS CLI and bash do.
// A relative name is taken inside the directory, "~/" in the home directory, an absolute path as it is:
// nothing outside the directory is touched unless a path names it. Native only (std::filesystem).
#pragma once

#include "evb/workspace.hpp"

#include <filesystem>

namespace evb {

class DirectoryFiles final : public FileStore {
  public:
    // DirectoryFiles works in `directory`; `home` is what "~/" names (empty: "~/" is taken literally).
    DirectoryFiles(std::filesystem::path directory, std::filesystem::path home);

    std::optional<std::string> read(std::string_view path) const override;
    Written write(std::string_view path, std::string bytes) override;
    Written append(std::string_view path, std::string_view bytes) override;
    bool remove(std::string_view path) override;
    std::vector<std::string> list() const override;
    std::size_t bytes() const override { return 0; }
    std::string directory() const override { return directory_.string(); }

    // where returns the real path a name stands for.
    std::filesystem::path where(std::string_view path) const;

  private:
    Written put(std::string_view path, std::string_view bytes, bool at_end);

    std::filesystem::path directory_;
    std::filesystem::path home_;
};

}  // namespace evb
