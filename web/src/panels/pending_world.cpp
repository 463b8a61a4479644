#include "panels/pending_world.hpp"

#include "app.hpp"
#include "panels/examples_panel.hpp"
#include "widgets/replace_prompt.hpp"

#include <imgui.h>

namespace evb::web {
namespace {

constexpr const char* kTitle = "Open another world?";

std::optional<ApiError> open_now(App& app, const PendingWorld& offer) {
    if (auto error = app.replace_world(offer.document, offer.label, offer.lines)) return error;
    if (offer.exercise.empty()) return std::nullopt;
    app.panels().exercises.selected = app.panels().exercises.started = offer.exercise;
    if (app.shows(View::Exercises)) app.show(View::Exercises);
    return std::nullopt;
}

}  // namespace

std::optional<ApiError> offer_world(App& app, PendingWorld offer) {
    WorldLoad check = World::from_save(offer.document);  // a world that cannot open is named, not offered
    if (check.error) return check.error;
    if (app.options().embedded || !world_has_work(app)) return open_now(app, offer);
    app.panels().pending = std::move(offer);
    return std::nullopt;
}

void draw_pending_world(App& app) {
    PendingWorld& pending = app.panels().pending;
    const std::string text = "This page was opened with " + pending.what +
                             ". Your own world has buses, rules or logs: opening it replaces them. They "
                             "stay in the undo history, so Undo (Ctrl+Z) brings them back, also after a "
                             "reload.";
    const PromptAnswer answer =
        draw_replace_prompt(kTitle, !pending.document.empty(), text.c_str(), "Open it", "Keep my world");
    if (answer == PromptAnswer::None) return;
    PendingWorld offer = std::move(pending);
    pending = PendingWorld{};
    if (answer == PromptAnswer::No)
        return app.console().add(LineKind::Note, "# kept your world; did not open " + offer.what);
    if (auto error = open_now(app, offer))
        app.console().add(LineKind::Error, "Could not open " + offer.what + ": " + error->message);
}

}  // namespace evb::web
