// The page's application: one World, the shell over it, the console transcript, undo history, the
// viewer's settings and every panel's small state. Every change the user makes goes through apply() (the
// same API the shell calls) and is echoed to the console as its `aws` command line; after any change the
// world is recorded for undo and kept in the browser's storage. Knows nothing of GLFW or the browser loop.
#pragma once

#include "console_log.hpp"
#include "evb/shell.hpp"
#include "evb/world/world.hpp"
#include "page_options.hpp"
#include "panels/bus_panel.hpp"
#include "panels/console_panel.hpp"
#include "panels/examples_panel.hpp"
#include "panels/exercises_panel.hpp"
#include "panels/export_panel.hpp"
#include "panels/flow_panel.hpp"
#include "panels/function_panel.hpp"
#include "panels/logs_panel.hpp"
#include "panels/other_tab_notice.hpp"
#include "panels/pending_world.hpp"
#include "panels/restore_notice.hpp"
#include "panels/role_panel.hpp"
#include "panels/rule_panel.hpp"
#include "panels/sandbox_panel.hpp"
#include "panels/share_panel.hpp"
#include "panels/target_panel.hpp"
#include "settings.hpp"
#include "undo_history.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace evb::web {

// The pages of the sidebar.
enum class View { Buses, Function, Logs, Sandbox, Flow, Console, Examples, Exercises, Share, Export };

// Every panel's state, owned by the app so that one panel can point another at something.
struct Panels {
    BusPanel buses;
    RulePanel rules;
    TargetPanel targets;
    RolePanel roles;
    FunctionPanel function;
    LogsPanel logs;
    ConsolePanel console;
    SandboxPanel sandbox;
    FlowPanel flow;
    RestoreNotice restore;
    ExamplesPanel examples;
    ExercisesPanel exercises;
    SharePanel share;
    ExportPanel exports;
    PendingWorld pending;
    OtherTabNotice other_tab;
};

class App {
  public:
    App();

    // start restores the world and settings kept by the browser (a bad document gets a notice, never a
    // crash).
    void start();

    // draw lays out the whole page in a window of the given size (in device pixels).
    void draw(float width, float height);

    // apply performs one API call that may change the world, echoing it to the console; panels change
    // the world only here. times > 1 repeats it (echoed once, one undo step).
    ApiResult apply(std::string_view service, std::string_view operation, const Json& request, int times = 1);

    // exec runs a command line in the shell, printing it and its output in the console. In a read-only
    // page the world refuses every change, however the line is written and whoever sends it.
    ShellResult exec(std::string_view line);

    // replace_world makes a whole world document the world (a loaded example, an import, a shared link)
    // as one undoable step labelled label, echoing the command lines that built it; the world is left
    // as it was when the document is refused.
    std::optional<ApiError> replace_world(const std::string& document, const std::string& label,
                                          const std::vector<std::string>& lines = {});

    // recover notes an error that escaped a call into the page and puts the world back as it was after
    // the last recorded change, so a failed command leaves nothing half done.
    void recover(const std::string& note);

    // options says how the page was opened (full playground or embed, read-only, panels, ...).
    const PageOptions& options() const { return options_; }

    // read performs a read-only call, cached until the world changes (panels read every frame).
    const ApiResult& read(std::string_view service, std::string_view operation, const Json& request);

    // snapshot returns World::state(), rebuilt once per frame at most, when the world changed.
    const Json& snapshot();

    // snapshot_revision is the world revision the cached reads and snapshot belong to.
    std::uint64_t snapshot_revision() const { return cache_revision_; }

    // undo and redo step through the recorded world changes.
    void undo();
    void redo();

    // state returns the world and the page's status as JSON for the test bridge.
    Json state();

    // take_changed tells whether anything changed since the last call, so the page draws again.
    bool take_changed();

    // show switches the page to a view.
    void show(View view) { view_ = view; }
    View view() const { return view_; }

    // shows tells whether the page offers a view (an embed may show only some).
    bool shows(View view) const;

    World& world() { return world_; }
    Shell& shell() { return shell_; }
    ConsoleLog& console() { return console_; }
    Settings& settings() { return settings_; }
    const UndoHistory& history() const { return history_; }
    Panels& panels() { return panels_; }

    // saved tells whether the last change was kept in the browser's storage.
    bool saved() const { return saved_; }

    // settings_changed stores the settings after the user changed them.
    void settings_changed();

    // resolve_other_tab answers the other tab's save: keep this tab's world (saved over the other's), or
    // load the other's as one undoable step.
    void resolve_other_tab(bool keep_this_tab);

    // page_hidden keeps the undo history beside the saved world (the tab may be closing or reloading).
    void page_hidden();

  private:
    void record_changes(const std::string& label);
    void save(std::string_view document);
    void restore_document(const std::string& document, const std::string& note);
    void refresh_caches();
    void start_scenario(const std::string& id);

    World world_;
    Shell shell_;
    ConsoleLog console_;
    UndoHistory history_;
    Settings settings_;
    Panels panels_;
    PageOptions options_;
    View view_ = View::Buses;
    std::uint64_t recorded_revision_ = 0;
    std::uint64_t cache_revision_ = ~std::uint64_t{0};
    std::map<std::string, ApiResult> read_cache_;
    Json snapshot_;
    bool saved_ = true;
    bool changed_ = true;
};

}  // namespace evb::web
