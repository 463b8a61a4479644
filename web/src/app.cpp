#include "app.hpp"

#include "browser.hpp"
#include "json_access.hpp"
#include "layout.hpp"
#include "ui_state.hpp"
#include "widgets/status.hpp"
#include "world_storage.hpp"

namespace evb::web {

App::App() : shell_(world_) {}

void App::start() {
    settings_ = restore_settings(system_prefers_dark());
    if (auto unreadable = restore_world(world_)) {
        panels_.restore = RestoreNotice{true, unreadable->message, std::move(unreadable->document)};
        console_.add(LineKind::Error, "The saved world could not be restored: " + panels_.restore.message);
    }
    history_.reset(world_.save());
    recorded_revision_ = world_.revision();
    console_.add(LineKind::Note,
                 "EventBridge Playground: type aws commands here (Tab completes). Changes made "
                 "with the mouse are echoed as their aws command lines.");
}

ApiResult App::apply(std::string_view service, std::string_view operation, const Json& request, int times) {
    const std::string line = format_command(service, operation, request);
    console_.add(LineKind::Echo, times > 1 ? line + "    # \u00D7" + std::to_string(times) : line);
    ApiResult result = world_.call(service, operation, request);
    for (int i = 1; i < times && result.ok(); ++i)
        result = world_.call(service, operation, request);
    if (!result.ok()) console_.add(LineKind::Error, error_text(operation, result.error()));
    record_changes(line);
    changed_ = true;
    return result;
}

ShellResult App::exec(std::string_view line) {
    console_.add(LineKind::Command, "$ " + std::string(line));
    ShellResult result = shell_.run(line);
    if (!result.out.empty()) console_.add(LineKind::Output, result.out);
    if (!result.err.empty()) console_.add(LineKind::Error, result.err);
    record_changes(std::string(line));
    changed_ = true;
    return result;
}

void App::refresh_caches() {
    if (world_.revision() == cache_revision_) return;
    read_cache_.clear();
    snapshot_ = Json();
    cache_revision_ = world_.revision();
}

const ApiResult& App::read(std::string_view service, std::string_view operation, const Json& request) {
    std::string key = std::string(service) + " " + std::string(operation) + " " + to_json_text(request);
    auto found = read_cache_.find(key);
    if (found != read_cache_.end()) return found->second;
    return read_cache_.emplace(std::move(key), world_.call(service, operation, request)).first->second;
}

const Json& App::snapshot() {
    if (snapshot_.is_null()) snapshot_ = world_.state();
    return snapshot_;
}

void App::record_changes(const std::string& label) {
    if (world_.revision() == recorded_revision_) return;
    std::string document = world_.save();
    saved_ = keep_world(document);
    history_.record(std::move(document), label);
    recorded_revision_ = world_.revision();
}

void App::restore_document(const std::string& document, const std::string& note) {
    if (auto error = world_.load(document)) {
        console_.add(LineKind::Error, "Could not restore: " + error->message);
        return;
    }
    recorded_revision_ = world_.revision();
    saved_ = keep_world(document);
    console_.add(LineKind::Note, note);
    changed_ = true;
}

void App::undo() {
    const std::string label(history_.undo_label());
    if (auto document = history_.undo()) restore_document(*document, "# undone: " + label);
}

void App::redo() {
    const std::string label(history_.redo_label());
    if (auto document = history_.redo()) restore_document(*document, "# redone: " + label);
}

void App::settings_changed() {
    keep_settings(settings_);
    changed_ = true;
}

Json App::state() {
    refresh_caches();
    Json console = Json::array();
    const auto& lines = console_.lines();
    for (std::size_t i = lines.size() > 200 ? lines.size() - 200 : 0; i < lines.size(); ++i)
        console.push_back(lines[i].text);
    return Json{
        {"region", world_.region()},
        {"account", world_.account_id()},
        {"buses", member(world_.call("events", "ListEventBuses", Json::object()).body(), "EventBuses")},
        {"world", world_.state()},
        {"view", static_cast<int>(view_)},
        {"console", console},
        {"saved", saved_},
        {"canUndo", history_.can_undo()},
        {"canRedo", history_.can_redo()},
        {"dark", settings_.dark()},
        {"uiScale", settings_.ui_scale},
        {"restoreNotice", panels_.restore.open},
        {"ui", ui_state(*this)}};
}

bool App::take_changed() {
    bool was = changed_;
    changed_ = false;
    return was;
}

void App::draw(float width, float height) {
    refresh_caches();
    draw_layout(*this, width, height);
}

}  // namespace evb::web
