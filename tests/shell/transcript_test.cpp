// Replays every golden transcript in tests/transcripts/ in a fresh World and compares output exactly.
#include "transcript.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

std::vector<std::filesystem::path> transcript_files() {
    std::vector<std::filesystem::path> files;
    std::filesystem::path dir = std::filesystem::path(EVB_SOURCE_DIR) / "tests" / "transcripts";
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        if (entry.path().extension() == ".txt") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::string read_text(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

TEST_CASE("golden transcripts replay exactly") {
    bool update = std::getenv("EVB_UPDATE_TRANSCRIPTS") != nullptr;
    auto files = transcript_files();
    REQUIRE(!files.empty());
    for (const auto& path : files) {
        std::string name = path.filename().string();
        CAPTURE(name);
        evb::test::Transcript transcript = evb::test::parse_transcript(read_text(path));
        evb::World world(transcript.config);
        evb::Shell shell(world);
        std::vector<std::string> blocks;
        for (const auto& step : transcript.steps) {
            std::string command = step.command;
            CAPTURE(command);
            std::string actual = evb::test::render_result(shell.run(step.command));
            blocks.push_back(actual);
            if (!update) CHECK(actual == step.expected);
        }
        if (update)
            std::ofstream(path, std::ios::binary) << evb::test::serialize_transcript(transcript, blocks);
    }
}
