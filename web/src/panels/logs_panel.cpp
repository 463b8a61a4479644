#include "panels/logs_panel.hpp"

#include "app.hpp"
#include "evb/common/json_access.hpp"
#include "evb/common/time_format.hpp"
#include "fonts.hpp"
#include "widgets/copy_button.hpp"
#include "widgets/json_view.hpp"
#include "widgets/text_fit.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace evb::web {
namespace {

std::string timestamp_text(std::int64_t ms) {
    CivilTime t = to_civil(ms);
    char text[40];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d %02d:%02d:%02d.%03d", t.year, t.month, t.day, t.hour,
                  t.minute, t.second, t.millis);
    return text;
}

const Json* find_group(App& app, const std::string& name) {
    for (const auto& group : items(app.snapshot(), "logGroups")) {
        if (text_member(group, "logGroupName") == name) return &group;
    }
    return nullptr;
}

// newest_first orders a group's streams by their last event, newest first, as the console lists them.
std::vector<const Json*> newest_first(const Json& group) {
    std::vector<const Json*> streams;
    for (const auto& stream : items(group, "logStreams"))
        streams.push_back(&stream);
    std::stable_sort(streams.begin(), streams.end(), [](const Json* a, const Json* b) {
        return number_member(*a, "lastEventTimestamp") > number_member(*b, "lastEventTimestamp");
    });
    return streams;
}

void draw_groups(LogsPanel& panel, App& app) {
    ImGui::SeparatorText("Log groups");
    for (const auto& group : items(app.snapshot(), "logGroups")) {
        const std::string name = text_member(group, "logGroupName");
        std::string label = name + "##group " + name;
        if (ImGui::Selectable(label.c_str(), panel.group == name)) show_log_stream(panel, name, "");
        ImGui::SetItemTooltip("%lld events stored, %lld dropped by the cap",
                              static_cast<long long>(number_member(group, "storedEvents")),
                              static_cast<long long>(number_member(group, "droppedEvents")));
    }
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputTextWithHint("##new log group", "new log group name", panel.new_group,
                             sizeof panel.new_group);
    if (ImGui::Button("Create log group")) {
        ApiResult result = app.apply("logs", "CreateLogGroup", Json{{"logGroupName", panel.new_group}});
        panel.feedback = feedback_of(result, std::string("Created ") + panel.new_group);
        if (result.ok()) show_log_stream(panel, panel.new_group, ""), panel.new_group[0] = '\0';
    }
    draw_feedback(panel.feedback);
}

void draw_streams(LogsPanel& panel, const Json* group) {
    ImGui::SeparatorText("Log streams");
    if (!group) return void(ImGui::TextDisabled("Pick a log group."));
    auto streams = newest_first(*group);
    if (streams.empty()) ImGui::TextDisabled("No streams yet: nothing was delivered to this group.");
    const bool known = std::any_of(streams.begin(), streams.end(), [&](const Json* stream) {
        return text_member(*stream, "logStreamName") == panel.stream;
    });
    if (!known)  // none picked yet, or one of another group: the newest, as the console opens
        show_log_stream(panel, panel.group,
                        streams.empty() ? "" : text_member(*streams.front(), "logStreamName"));
    for (const Json* stream : streams) {
        const std::string name = text_member(*stream, "logStreamName");
        std::string label = name + "##stream " + name;
        if (ImGui::Selectable(label.c_str(), panel.stream == name)) show_log_stream(panel, panel.group, name);
        ImGui::TextDisabled("  last event %s",
                            timestamp_text(number_member(*stream, "lastEventTimestamp")).c_str());
    }
}

}  // namespace

const ApiResult& listed_log_events(LogsPanel& panel, App& app) {
    if (panel.filter[0] == '\0') {
        return app.read(
            "logs", "GetLogEvents",
            Json{{"logGroupName", panel.group}, {"logStreamName", panel.stream}, {"startFromHead", true}});
    }
    return app.read("logs", "FilterLogEvents",
                    Json{{"logGroupName", panel.group},
                         {"logStreamNames", Json::array({panel.stream})},
                         {"filterPattern", panel.filter}});
}

namespace {

void draw_event_row(LogsPanel& panel, const Json& event, int index) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    std::string label =
        timestamp_text(number_member(event, "timestamp")) + "##event " + std::to_string(index);
    if (ImGui::Selectable(label.c_str(), panel.selected == index, ImGuiSelectableFlags_SpanAllColumns))
        panel.selected = index;
    ImGui::TableNextColumn();
    ImGui::PushFont(mono_font());
    const std::string& message = text_member(event, "message");
    const std::string_view head(message.data(), std::min<std::size_t>(message.size(), 400));
    ImGui::TextUnformatted(ellipsize(head, ImGui::GetContentRegionAvail().x).c_str());
    ImGui::PopFont();
}

void draw_event_table(LogsPanel& panel, const Json& events, float height) {
    constexpr auto kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                            ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("log events", 2, kFlags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Timestamp (UTC)", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("Message", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(events.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i)
            draw_event_row(panel, events[static_cast<std::size_t>(i)], i);
    }
    if (panel.follow && events.size() > panel.listed) ImGui::SetScrollHereY(1.0f);
    ImGui::EndTable();
}

void draw_selected_event(LogsPanel& panel, const Json& events) {
    if (panel.selected < 0 || static_cast<std::size_t>(panel.selected) >= events.size()) {
        ImGui::TextDisabled("Select an event to see it in full.");
        return;
    }
    const std::string message = text_member(events[static_cast<std::size_t>(panel.selected)], "message");
    copy_button("Copy event", message);
    ImGui::SameLine();
    ImGui::TextDisabled("event %d of %zu", panel.selected + 1, events.size());
    ImGui::BeginChild("event detail", ImVec2(0, 0), ImGuiChildFlags_Border);
    if (auto parsed = parse_json(message))
        draw_json_tree(*parsed, "event json");
    else
        ImGui::TextWrapped("%s", message.c_str());
    ImGui::EndChild();
}

void draw_toolbar(LogsPanel& panel, const Json& events) {
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - ImGui::GetFontSize() * 14);
    if (ImGui::InputTextWithHint("##filter events", "filter: terms, or { $.detail.price > 50 }", panel.filter,
                                 sizeof panel.filter)) {
        panel.selected = -1;
    }
    ImGui::SameLine();
    ImGui::Checkbox("Follow", &panel.follow);
    ImGui::SameLine();
    if (!ImGui::SmallButton("Copy all")) return;
    std::string all;
    for (const auto& event : events)
        all += text_member(event, "message") + "\n";
    ImGui::SetClipboardText(all.c_str());
}

void draw_events(LogsPanel& panel, App& app) {
    ImGui::SeparatorText(panel.stream.empty() ? "Log events" : ("Log events in " + panel.stream).c_str());
    if (panel.stream.empty()) return void(ImGui::TextDisabled("Pick a log stream."));
    const ApiResult& result = listed_log_events(panel, app);
    if (!result.ok()) status_text(false, result.error().code + ": " + result.error().message);
    const Json& events = items(result.body(), "events");
    draw_toolbar(panel, events);
    if (panel.follow && events.size() > panel.listed) panel.selected = static_cast<int>(events.size()) - 1;
    draw_event_table(panel, events, ImGui::GetContentRegionAvail().y * 0.45f);
    panel.listed = events.size();
    draw_selected_event(panel, events);
}

// column_width fits a column to its longest name (a log group, a stream's UUID) within a quarter of
// the width, so names are shown whole rather than cut.
float column_width(const Json& parent, const char* list, const char* key, float avail) {
    float widest = ImGui::GetFontSize() * 12;
    for (const auto& item : items(parent, list))
        widest = std::max(widest, ImGui::CalcTextSize(text_member(item, key).c_str()).x);
    const float padding = ImGui::GetStyle().WindowPadding.x * 2 + ImGui::GetStyle().ScrollbarSize;
    return std::min(widest + padding, avail * 0.27f);
}

float column_width(App& app, const char* list, const char* key, float avail) {
    return column_width(app.snapshot(), list, key, avail);
}

// first_group picks the group to open: the first EventBridge target group, else the first group.
std::string first_group(App& app) {
    const Json& groups = items(app.snapshot(), "logGroups");
    for (const auto& group : groups) {
        if (text_member(group, "logGroupName").rfind("/aws/events/", 0) == 0)
            return text_member(group, "logGroupName");
    }
    return groups.empty() ? std::string() : text_member(groups[0], "logGroupName");
}

}  // namespace

void show_log_stream(LogsPanel& panel, const std::string& group, const std::string& stream) {
    panel.group = group;
    panel.stream = stream;
    panel.selected = -1;
    panel.listed = 0;
}

void draw_logs_panel(LogsPanel& panel, App& app) {
    if (!find_group(app, panel.group)) show_log_stream(panel, first_group(app), "");
    const float avail = ImGui::GetContentRegionAvail().x;
    const float groups_width = column_width(app, "logGroups", "logGroupName", avail);
    const Json* shown = find_group(app, panel.group);
    const float streams_width = column_width(shown ? *shown : Json(), "logStreams", "logStreamName", avail);
    ImGui::BeginChild("log groups", ImVec2(groups_width, 0), ImGuiChildFlags_ResizeX);
    draw_groups(panel, app);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("log streams", ImVec2(streams_width, 0), ImGuiChildFlags_ResizeX);
    draw_streams(panel, find_group(app, panel.group));  // the group clicked this frame, if one was
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("log events", ImVec2(0, 0));
    draw_events(panel, app);
    ImGui::EndChild();
}

}  // namespace evb::web
