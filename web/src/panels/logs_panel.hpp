// Logs panel, as the CloudWatch console shows logs: log groups, then a group's streams (newest first),
// then a stream's events with their timestamps; a filter (plain terms or JSON filter patterns such as
// { $.detail.price > 50 }), follow-new-events, and the selected event as pretty-printed, foldable JSON
// with copy buttons.
#pragma once

#include "evb/common/json.hpp"
#include "widgets/status.hpp"

#include <cstdint>
#include <string>

namespace evb::web {

class App;

struct LogsPanel {
    std::string group;
    std::string stream;
    char filter[256] = "";
    bool follow = true;      // keep the newest event in view as events arrive
    int selected = -1;       // index of the selected event in the listed events
    std::size_t listed = 0;  // how many events were listed last frame (to notice new ones)
    char new_group[513] = "";
    Feedback feedback;
};

// draw_logs_panel shows groups, streams and events side by side.
void draw_logs_panel(LogsPanel& panel, App& app);

// listed_log_events returns the events the panel lists: GetLogEvents, or FilterLogEvents when filtering.
const ApiResult& listed_log_events(LogsPanel& panel, App& app);

// show_log_stream points the panel at a group and stream (the newest when stream is empty).
void show_log_stream(LogsPanel& panel, const std::string& group, const std::string& stream);

}  // namespace evb::web
