// The notice shown when the world kept in the browser's storage cannot be restored (corrupted, or saved
// by a newer version): what went wrong, the old data offered as a download, and a fresh start.
#pragma once

#include <string>

namespace evb::web {

class App;

struct RestoreNotice {
    bool open = false;
    std::string message;   // why the saved world was refused
    std::string document;  // the refused text, kept until the user dismisses the notice
};

// draw_restore_notice shows the notice as a modal dialog while it is open.
void draw_restore_notice(RestoreNotice& notice, App& app);

}  // namespace evb::web
