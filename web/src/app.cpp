#include "app.hpp"

#include "browser.hpp"
#include "embed_api.hpp"
#include "evb/common/json_access.hpp"
#include "evb/scenario/world_requests.hpp"
#include "layout.hpp"
#include "scenario_library.hpp"
#include "ui_state.hpp"
#include "widgets/status.hpp"
#include "world_storage.hpp"

#include <algorithm>

namespace evb::web {

App::App() : shell_(world_) {}

void App::start() {
    options_ = browser_page_options();
    world_.set_read_only(options_.read_only);
    settings_ = restore_settings(system_prefers_dark());
    if (!options_.theme.empty())
        settings_.theme = options_.theme == "dark" ? ThemeMode::Dark : ThemeMode::Light;
    if (options_.embedded) {
        // an embed starts from its own scenario or link and keeps nothing in the browser's storage
    } else if (auto unreadable = restore_world(world_)) {
        panels_.restore = RestoreNotice{true, unreadable->message, std::move(unreadable->document)};
        console_.add(LineKind::Error, "The saved world could not be restored: " + panels_.restore.message);
    }
    history_.reset(world_.save());
    if (!options_.embedded) restore_history(history_, history_.current());
    recorded_revision_ = world_.revision();
    for (int v = 0; v < 10 && !shows(view_); ++v)
        view_ = static_cast<View>(v);
    if (!options_.scenario.empty()) start_scenario(options_.scenario);
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
    for (const auto& [to_err, text] : in_order(result))
        console_.add(to_err ? LineKind::Error : LineKind::Output, text);
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
    save(document);
    history_.record(std::move(document), label);
    recorded_revision_ = world_.revision();
}

void App::save(std::string_view document) {
    if (options_.embedded) return void(saved_ = true);  // an embed keeps nothing in the reader's browser
    const SaveOutcome outcome = keep_world(document);
    saved_ = outcome == SaveOutcome::Saved;
    if (outcome == SaveOutcome::OtherTabSaved) panels_.other_tab.open = true;
}

void App::resolve_other_tab(bool keep_this_tab) {
    panels_.other_tab.open = false;
    changed_ = true;
    if (keep_this_tab) {
        saved_ = overwrite_world(world_.save());
        return console_.add(LineKind::Note, "# saved this tab's world over the other tab's");
    }
    std::optional<std::string> other = take_saved_world();
    if (other && !replace_world(*other, "loaded the world another tab saved")) return;
    console_.add(LineKind::Error, "The other tab's world could not be loaded; this tab's is kept.");
    saved_ = overwrite_world(world_.save());
}

void App::page_hidden() {
    if (!options_.embedded) keep_history(history_);
}

std::optional<ApiError> App::replace_world(const std::string& document, const std::string& label,
                                           const std::vector<std::string>& lines) {
    if (auto error = world_.load(document)) {
        console_.add(LineKind::Error, "Could not load: " + error->code + ": " + error->message);
        return error;
    }
    console_.add(LineKind::Note, "# " + label + " (Undo brings back the world before)");
    for (const std::string& line : lines)
        console_.add(LineKind::Echo, line);
    cache_revision_ = ~std::uint64_t{0};  // a loaded world restarts its revision count
    recorded_revision_ = ~std::uint64_t{0};
    record_changes(label);
    changed_ = true;
    return std::nullopt;
}

void App::restore_document(const std::string& document, const std::string& note) {
    if (auto error = world_.load(document)) {
        console_.add(LineKind::Error, "Could not restore: " + error->message);
        return;
    }
    cache_revision_ = ~std::uint64_t{0};  // a loaded world restarts its revision count
    recorded_revision_ = world_.revision();
    save(document);
    console_.add(LineKind::Note, note);
    changed_ = true;
}

void App::recover(const std::string& note) {
    console_.add(LineKind::Error, note);
    if (world_.revision() != recorded_revision_)
        restore_document(history_.current(), "# the world is back as it was before the failure");
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
        {"pendingWorld", panels_.pending.what},
        {"embedded", options_.embedded},
        {"readOnly", options_.read_only},
        {"share", share_state(panels_.share)},
        {"examples",
         {{"selected", panels_.examples.selected},
          {"asking", panels_.examples.asking},
          {"loaded", panels_.examples.loaded},
          {"problem", panels_.examples.problem}}},
        {"exercises", exercises_state(panels_.exercises, *this)},
        {"exports", {{"outcome", panels_.exports.outcome}, {"resources", world_requests(world_.account())}}},
        {"ui", ui_state(*this)}};
}

void App::start_scenario(const std::string& id) {
    std::string problem;
    PendingWorld offer = scenario_offer(*this, id, problem);
    if (!problem.empty()) return console_.add(LineKind::Error, problem);
    for (const LibraryEntry& entry : library_exercises())
        if (entry.scenario.id == id) offer.exercise = id;
    offer.what = "the " + std::string(offer.exercise.empty() ? "example " : "exercise ") + offer.what;
    offer_world(*this, std::move(offer));
}

bool App::shows(View view) const {
    if (options_.panels.empty()) return true;
    const auto& names = embed_panel_names();
    const auto index = static_cast<std::size_t>(view);
    return std::find(options_.panels.begin(), options_.panels.end(), names[index]) != options_.panels.end();
}

bool App::take_changed() {
    bool was = changed_;
    changed_ = false;
    return was;
}

void App::draw(float width, float height) {
    refresh_caches();
    notify_deliveries(*this);
    draw_layout(*this, width, height);
}

}  // namespace evb::web
