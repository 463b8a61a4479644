// The current directory as the shell's workspace.
#include "repl/directory_files.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace evb {

namespace fs = std::filesystem;

DirectoryFiles::DirectoryFiles(fs::path directory, fs::path home)
    : directory_(std::move(directory)), home_(std::move(home)) {}

fs::path DirectoryFiles::where(std::string_view path) const {
    std::string name(path);
    if (!home_.empty() && (name == "~" || name.rfind("~/", 0) == 0))
        return home_ / name.substr(name.size() > 1 ? 2 : 1);
    fs::path p(name);
    return p.is_absolute() ? p : directory_ / p;
}

std::optional<std::string> DirectoryFiles::read(std::string_view path) const {
    const fs::path file = where(path);
    std::error_code ec;
    if (!fs::is_regular_file(file, ec)) return std::nullopt;
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return std::move(bytes).str();
}

Written DirectoryFiles::put(std::string_view path, std::string_view bytes, bool at_end) {
    const fs::path file = where(path);
    std::error_code ec;
    const std::uintmax_t before = at_end && fs::is_regular_file(file, ec) ? fs::file_size(file, ec) : 0;
    if (before + bytes.size() > kMaxWorkspaceBytes) return {"File too large"};
    if (fs::is_directory(file, ec)) return {"Is a directory"};
    std::ofstream out(file, std::ios::binary | (at_end ? std::ios::app : std::ios::trunc));
    if (!out) return {std::strerror(errno)};
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) return {std::strerror(errno)};
    return {};
}

Written DirectoryFiles::write(std::string_view path, std::string bytes) {
    return put(path, bytes, false);
}

Written DirectoryFiles::append(std::string_view path, std::string_view bytes) {
    return put(path, bytes, true);
}

bool DirectoryFiles::remove(std::string_view path) {
    const fs::path file = where(path);
    std::error_code ec;
    if (fs::is_directory(file, ec)) return false;  // rm without -r leaves folders, as rm does
    return fs::remove(file, ec);
}

std::vector<std::string> DirectoryFiles::list() const {
    std::vector<std::string> names;
    std::error_code ec;
    for (fs::directory_iterator it(directory_, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code kind;
        if (it->is_regular_file(kind)) names.push_back(it->path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

}  // namespace evb
