#include "bench_data.hpp"

#include <fstream>

namespace evb::bench {

constexpr std::size_t kPadding = 64;  // simdjson reads up to 64 bytes past a document

std::optional<EventFile> load_event_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) return std::nullopt;
    // One read of the whole file: a character at a time took most of a WebAssembly run's start.
    const std::streamoff size_on_disk = in.tellg();
    if (size_on_disk < 0) return std::nullopt;
    EventFile file;
    file.buffer.resize(static_cast<std::size_t>(size_on_disk));
    in.seekg(0);
    if (!in.read(file.buffer.data(), size_on_disk)) return std::nullopt;
    std::size_t size = file.buffer.size();
    file.buffer.append(kPadding, '\0');
    std::string_view all(file.buffer.data(), size);
    for (std::size_t start = 0; start < size;) {
        std::size_t end = all.find('\n', start);
        if (end == std::string_view::npos) end = size;
        if (end > start) {
            file.lines.push_back(all.substr(start, end - start));
            file.bytes += end - start;
        }
        start = end + 1;
    }
    return file;
}

}  // namespace evb::bench
