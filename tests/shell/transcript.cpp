// Transcript parsing and rendering for the golden-transcript tests.
#include "transcript.hpp"

#include <sstream>

namespace evb::test {
namespace {

std::vector<std::string> split_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::string line;
    std::istringstream in(text);
    while (std::getline(in, line))
        lines.push_back(line);
    return lines;
}

std::string strip_trailing_blank_lines(std::string block) {
    while (block.size() >= 2 && block.compare(block.size() - 2, 2, "\n\n") == 0)
        block.pop_back();
    if (block == "\n") block.clear();
    return block;
}

void apply_directive(WorldConfig& config, const std::string& line) {
    std::istringstream in(line.substr(2));
    std::string key, value;
    in >> key >> value;
    if (key == "account") config.account_id = value;
    if (key == "region") config.region = value;
    if (key == "seed") config.seed = std::stoull(value);
    if (key == "time") config.start_time_ms = std::stoll(value);
}

}  // namespace

Transcript parse_transcript(const std::string& text) {
    Transcript t;
    std::vector<std::string> pending_comments;
    TranscriptStep* step = nullptr;
    bool in_command = false;
    for (const auto& line : split_lines(text)) {
        if (line.rfind("$ ", 0) == 0 || line == "$") {
            t.steps.push_back(
                TranscriptStep{pending_comments, line.size() > 2 ? line.substr(2) : "", {line}, ""});
            pending_comments.clear();
            step = &t.steps.back();
            in_command = true;
        } else if (in_command && line.rfind("> ", 0) == 0) {
            step->command += "\n" + line.substr(2);
            step->command_lines.push_back(line);
        } else if (line.rfind("#", 0) == 0) {
            in_command = false;
            if (line.rfind("#! ", 0) == 0) apply_directive(t.config, line);
            if (t.steps.empty())
                t.preamble.push_back(line);
            else
                pending_comments.push_back(line);
        } else if (step && line.empty() && !pending_comments.empty()) {
            pending_comments.push_back(line);
        } else if (step) {
            in_command = false;
            if (!pending_comments.empty()) {
                for (const auto& c : pending_comments)
                    step->expected += c + "\n";
                pending_comments.clear();
            }
            step->expected += line + "\n";
        } else {
            t.preamble.push_back(line);
        }
    }
    t.trailer = pending_comments;
    for (auto& s : t.steps)
        s.expected = strip_trailing_blank_lines(s.expected);
    return t;
}

std::string render_result(const ShellResult& result) {
    std::string block = result.out;
    bool no_newline = !block.empty() && block.back() != '\n';
    if (no_newline) block += "\n";
    for (const auto& line : split_lines(result.err))
        block += line.empty() ? "2>\n" : "2> " + line + "\n";
    if (no_newline) block += "[no newline]\n";
    if (result.exit_code != 0) block += "[exit " + std::to_string(result.exit_code) + "]\n";
    return strip_trailing_blank_lines(block);
}

std::string serialize_transcript(const Transcript& transcript, const std::vector<std::string>& blocks) {
    std::string out;
    for (const auto& line : transcript.preamble)
        out += line + "\n";
    for (std::size_t i = 0; i < transcript.steps.size(); ++i) {
        const auto& step = transcript.steps[i];
        for (const auto& c : step.header)
            out += c + "\n";
        for (const auto& l : step.command_lines)
            out += l + "\n";
        out += i < blocks.size() ? blocks[i] : step.expected;
    }
    for (const auto& line : transcript.trailer)
        out += line + "\n";
    return out;
}

}  // namespace evb::test
