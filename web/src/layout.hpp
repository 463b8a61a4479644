// The app shell: a top bar (title, account, undo/redo, settings), a sidebar to switch between the pages
// (Buses & rules, Function, Logs, Pattern sandbox, Flow, Console), the selected page filling the window,
// and the console docked beneath it (resizable) so every echoed change stays in view.
#pragma once

namespace evb::web {

class App;

// draw_layout draws the whole page in a window of the given size (device pixels).
void draw_layout(App& app, float width, float height);

}  // namespace evb::web
