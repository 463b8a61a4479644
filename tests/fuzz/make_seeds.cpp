// evb_fuzz_seeds CASES.jsonl OUT_DIR: writes seed inputs for the pattern fuzz targets from the conformance
// cases: OUT_DIR/fuzz_event_pattern/<n> holds a pattern, OUT_DIR/fuzz_pattern_match/<n> a pattern, a NUL byte
// and an event. Patterns and events given as JSON values are written compactly.
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

namespace {

using Json = nlohmann::ordered_json;

std::string as_text(const Json& value) {
    if (value.is_string()) return value.get<std::string>();
    if (value.is_null()) return "";
    return value.dump();
}

void write_file(const std::filesystem::path& path, const std::string& content) {
    std::ofstream out(path, std::ios::binary);
    out << content;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: evb_fuzz_seeds CASES.jsonl OUT_DIR\n";
        return 2;
    }
    const std::filesystem::path out_dir = argv[2];
    std::filesystem::create_directories(out_dir / "fuzz_event_pattern");
    std::filesystem::create_directories(out_dir / "fuzz_pattern_match");
    std::ifstream in(argv[1]);
    int count = 0;
    for (std::string line; std::getline(in, line);) {
        const Json c = Json::parse(line, nullptr, false);
        if (c.is_discarded() || !c.is_object()) continue;
        const std::string pattern = as_text(c.value("pattern", Json()));
        const std::string event = as_text(c.value("event", Json()));
        const std::string name = std::to_string(count++);
        write_file(out_dir / "fuzz_event_pattern" / name, pattern);
        write_file(out_dir / "fuzz_pattern_match" / name, pattern + std::string(1, '\0') + event);
    }
    std::cout << "wrote " << count << " seeds per target into " << out_dir.string() << "\n";
    return count > 0 ? 0 : 1;
}
