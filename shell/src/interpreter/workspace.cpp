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

Workspace::Workspace() {
    files_["lambda_function.py"] = std::string(tutorial_lambda_source());
}

std::optional<std::string> Workspace::read(std::string_view path) const {
    auto it = files_.find(normalize(path));
    if (it == files_.end()) return std::nullopt;
    return it->second;
}

void Workspace::write(std::string_view path, std::string bytes) {
    files_[normalize(path)] = std::move(bytes);
}

void Workspace::append(std::string_view path, std::string_view bytes) {
    files_[normalize(path)] += bytes;
}

bool Workspace::remove(std::string_view path) {
    return files_.erase(normalize(path)) > 0;
}

std::vector<std::string> Workspace::list() const {
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
