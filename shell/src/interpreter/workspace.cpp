// The in-memory workspace and the files a fresh one ships with.
#include "evb/workspace.hpp"

#include "evb/export/python_handler.hpp"
#include "evb/scenario/tutorial_example.hpp"

namespace evb {

// The tutorial's handler is written from the tutorial function's behaviour by the same generator as every
// Python equivalent (it comes out byte for byte as the seed tutorial shows it; tests check that).
std::string_view tutorial_lambda_source() {
    static const std::string source = python_handler(manual_order_behavior());
    return source;
}

Workspace::Workspace() : files_(std::make_unique<MemoryFiles>()) {
    write("lambda_function.py", std::string(tutorial_lambda_source()));
}

namespace {

const char kTooLarge[] = "File too large";

}  // namespace

std::optional<std::string> MemoryFiles::read(std::string_view path) const {
    auto it = files_.find(Workspace::normalize(path));
    if (it == files_.end()) return std::nullopt;
    return it->second;
}

Written MemoryFiles::write(std::string_view path, std::string bytes) {
    const std::string name = Workspace::normalize(path);
    auto it = files_.find(name);
    const std::size_t kept = bytes_ - (it == files_.end() ? 0 : it->second.size());
    if (kept + bytes.size() > kMaxWorkspaceBytes) return {kTooLarge};
    bytes_ = kept + bytes.size();
    files_[name] = std::move(bytes);
    return {};
}

Written MemoryFiles::append(std::string_view path, std::string_view bytes) {
    if (bytes_ + bytes.size() > kMaxWorkspaceBytes) return {kTooLarge};
    files_[Workspace::normalize(path)] += bytes;
    bytes_ += bytes.size();
    return {};
}

bool MemoryFiles::remove(std::string_view path) {
    auto it = files_.find(Workspace::normalize(path));
    if (it == files_.end()) return false;
    bytes_ -= it->second.size();
    files_.erase(it);
    return true;
}

std::vector<std::string> MemoryFiles::list() const {
    std::vector<std::string> names;
    for (const auto& entry : files_)
        names.push_back(entry.first);
    return names;
}

std::string Workspace::normalize(std::string_view path) {
    std::string p(path);
    for (std::string_view prefix : {"~/", "/home/user/", "./"}) {
        while (p.rfind(prefix, 0) == 0)
            p.erase(0, prefix.size());
    }
    return p;
}

}  // namespace evb
