// Placeholders for the account id and region, and their shell form in a formatted command line.
#include "cli_script_parts.hpp"

namespace evb::cli_script {
namespace {

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
    if (from.empty()) return text;
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
    return text;
}

// mark_pattern marks the quoted account id and region values of an event pattern's text.
std::string mark_pattern(const std::string& pattern, const Marks& marks) {
    std::string out =
        replace_all(pattern, "\"" + marks.account + "\"", std::string("\"") + kAccountMark + "\"");
    return replace_all(out, "\"" + marks.region + "\"", std::string("\"") + kRegionMark + "\"");
}

Json mark_tree(const Json& value, const Marks& marks) {
    if (value.is_string()) return mark_text(value.get<std::string>(), marks);
    if (!value.is_object() && !value.is_array()) return value;
    Json out = value;
    for (auto& item : out)
        item = mark_tree(item, marks);
    return out;
}

}  // namespace

std::string mark_text(const std::string& text, const Marks& marks) {
    if (!marks.portable) return text;
    std::string out = replace_all(text, ":" + marks.region + ":" + marks.account + ":",
                                  std::string(":") + kRegionMark + ":" + kAccountMark + ":");
    return replace_all(out, "::" + marks.account + ":", std::string("::") + kAccountMark + ":");
}

Json mark_request(const Json& request, const Marks& marks) {
    if (!marks.portable) return request;
    Json out = mark_tree(request, marks);
    if (out.is_object() && out.contains("EventPattern") && out.at("EventPattern").is_string()) {
        out["EventPattern"] = mark_pattern(out.at("EventPattern").get<std::string>(), marks);
    }
    return out;
}

std::string unmark_line(const std::string& line) {
    const std::string account = kAccountMark, region = kRegionMark;
    std::string out;
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const bool is_account = line.compare(i, account.size(), account) == 0;
        const bool is_region = !is_account && line.compare(i, region.size(), region) == 0;
        if (is_account || is_region) {
            const std::string var = is_account ? "\"${ACCOUNT_ID}\"" : "\"${REGION}\"";
            out += quoted ? "'" + var + "'" : var;
            i += (is_account ? account.size() : region.size()) - 1;
            continue;
        }
        if (!quoted && line[i] == '\\' && i + 1 < line.size()) {
            out += line.substr(i, 2);
            ++i;
            continue;
        }
        if (line[i] == '\'') quoted = !quoted;
        out += line[i];
    }
    return out;
}

}  // namespace evb::cli_script
