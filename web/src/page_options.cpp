#include "page_options.hpp"

#include "evb/common/json_access.hpp"

#include <algorithm>
#include <sstream>

namespace evb::web {
namespace {

bool truthy(const Json& value) {
    if (value.is_boolean()) return value.get<bool>();
    if (!value.is_string()) return false;
    const std::string text = value.get<std::string>();
    return text.empty() || text == "1" || text == "true" || text == "yes";
}

std::vector<std::string> split_panels(const std::string& text) {
    std::vector<std::string> panels;
    std::stringstream in(text);
    for (std::string name; std::getline(in, name, ',');) {
        const auto& known = embed_panel_names();
        if (std::find(known.begin(), known.end(), name) != known.end() &&
            std::find(panels.begin(), panels.end(), name) == panels.end())
            panels.push_back(name);
    }
    return panels;
}

bool safe_id(const std::string& id) {
    return !id.empty() && id.size() <= 64 && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
               c == '_';
    });
}

}  // namespace

const std::vector<std::string>& embed_panel_names() {
    static const std::vector<std::string> kNames = {"rules",   "function", "logs",      "sandbox", "flow",
                                                    "console", "examples", "exercises", "share",   "export"};
    return kNames;
}

PageOptions parse_page_options(const Json& query) {
    PageOptions options;
    if (!query.is_object()) return options;
    options.embedded = query.contains("embed") && truthy(member(query, "embed"));
    options.read_only = query.contains("readonly") && truthy(member(query, "readonly"));
    const std::string scenario = text_member(query, "scenario");
    if (safe_id(scenario)) options.scenario = scenario;
    options.panels = split_panels(text_member(query, "panels"));
    const std::string theme = text_member(query, "theme");
    if (theme == "dark" || theme == "light") options.theme = theme;
    const std::string height = text_member(query, "height");
    if (!height.empty() && height.size() <= 4 && std::all_of(height.begin(), height.end(), ::isdigit))
        options.height = std::clamp(std::stoi(height), 200, 2000);
    return options;
}

std::string page_options_query(const PageOptions& options) {
    std::string query;
    auto add = [&](const std::string& part) { query += (query.empty() ? "" : "&") + part; };
    if (!options.scenario.empty()) add("scenario=" + options.scenario);
    if (!options.panels.empty()) {
        std::string list;
        for (const std::string& name : options.panels)
            list += (list.empty() ? "" : ",") + name;
        add("panels=" + list);
    }
    if (options.read_only) add("readonly=1");
    if (!options.theme.empty()) add("theme=" + options.theme);
    if (options.height > 0) add("height=" + std::to_string(options.height));
    return query;
}

}  // namespace evb::web
