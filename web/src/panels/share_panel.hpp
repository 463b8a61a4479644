// Share & embed page: a link that carries the world (everything, or only its resources) in the URL
// fragment, compressed by the browser (site/evb-share.js), with a file download when the world is too big
// for a link; and the embed snippet (an iframe of embed-frame.html with its options) for blog posts.
// Also the notice shown when a shared link cannot be opened, and the embed's "Open in full playground".
#pragma once

#include "evb/common/json.hpp"
#include "widgets/status.hpp"

#include <cstddef>

#include <string>

namespace evb::web {

class App;

// SharePart is what a link carries.
enum class SharePart { Everything, Resources };

// ShareRequest is what the browser is compressing for.
enum class ShareRequest { None, Link, Snippet, OpenFull };

struct SharePanel {
    SharePart part = SharePart::Everything;
    ShareRequest pending = ShareRequest::None;
    std::string link;      // the last link made
    std::string snippet;   // the last embed snippet made
    Feedback feedback;     // what happened to the last request (too big, copied, ...)
    bool too_big = false;  // the last link was refused for its size: offer the file instead
    bool embed_panels[10] = {true, false, true, true, false, true, false, false, false, false};
    bool embed_read_only = false;
    int embed_theme = 0;  // 0 the viewer's, 1 dark, 2 light
    int embed_height = 520;
    std::string open_problem;  // a shared link that could not be opened
};

// draw_share_panel shows the share-link and embed-snippet forms.
void draw_share_panel(SharePanel& panel, App& app);

// draw_share_notice shows, over everything, why a shared link could not be opened.
void draw_share_notice(SharePanel& panel);

// draw_open_full_button is the embed's "Open in full playground" (the world travels in the link).
void draw_open_full_button(SharePanel& panel, App& app);

// share_encoded receives the browser's compressed fragment for the pending request (empty on failure).
void share_encoded(SharePanel& panel, App& app, const std::string& fragment, const std::string& error);

// open_shared loads a link's decompressed payload (format version `version`) as one undoable change.
void open_shared(SharePanel& panel, App& app, int version, const std::string& payload);

// kMaxShareLinkChars bounds a link: longer ones are cut short by mail, chat apps and some browsers.
inline constexpr std::size_t kMaxShareLinkChars = 16000;

}  // namespace evb::web

namespace evb::web {

// share_state describes the panel for the test bridge: {link, snippet, feedback, tooBig, pending}.
Json share_state(const SharePanel& panel);

}  // namespace evb::web
