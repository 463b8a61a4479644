// The page's application: one World, the shell over it, and the panels' small states. Every change the
// user makes goes through apply(), the same API the shell calls, and is echoed as a console line.
// Knows nothing of GLFW or the browser loop (web/src/main.cpp does).
#pragma once

#include "evb/shell.hpp"
#include "evb/world.hpp"
#include "panels/bus_panel.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace evb::web {

class App {
  public:
    App();

    // draw lays out every panel in a window of the given size (in ImGui units).
    void draw(float width, float height);

    // apply performs one API call on the world, echoing it to the console; panels change state only here.
    ApiResult apply(std::string_view service, std::string_view operation, const Json& request);

    // exec runs a command line in the shell, as the console does.
    ShellResult exec(std::string_view line);

    // state returns the world as JSON for the test bridge.
    Json state();

    // take_changed tells whether the world changed since the last call, so the page redraws.
    bool take_changed();

    World& world() { return world_; }

  private:
    void draw_header(float width);

    World world_;
    Shell shell_;
    BusPanel bus_panel_;
    std::vector<std::string> console_;
    bool changed_ = true;
};

}  // namespace evb::web
