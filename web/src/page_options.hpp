// How the page was asked to run, from its URL (read by site/evb-share.js, handed over as JSON):
// the full playground, or an embed with the options a blog post's snippet sets — the scenario to start
// with, which pages to show, read-only, a theme and a height. Unknown or odd values are ignored, never
// fatal. Pure: no browser calls here.
#pragma once

#include "evb/common/json.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace evb::web {

struct PageOptions {
    bool embedded = false;            // an embed: nothing kept in the browser's storage, compact chrome
    bool read_only = false;           // resources cannot be changed; events can still be fired
    std::string scenario;             // an example's or exercise's id to start with
    std::vector<std::string> panels;  // page names to show (empty: all of them)
    std::string theme;                // "dark", "light" or "" (the viewer's setting)
    int height = 0;                   // the embed's height in CSS pixels (0: the host decides)
};

// kEmbedPanelNames lists the page names the panels option accepts, in sidebar order.
const std::vector<std::string>& embed_panel_names();

// parse_page_options reads {"embed", "readonly", "scenario", "panels", "theme", "height"} (the URL's query
// parameters as strings); anything missing or not understood keeps its default.
PageOptions parse_page_options(const Json& query);

// page_options_query writes options back as a URL query string (without "?"), as the embed snippet uses.
std::string page_options_query(const PageOptions& options);

}  // namespace evb::web
