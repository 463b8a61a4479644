// Execution roles panel: the account's IAM roles, the selected role's attached policies (attach and
// detach), and a form to create a role Lambda can assume. Warns when no attached policy names
// events:PutEvents, since the function's PutEvents then fails with AccessDeniedException.
#pragma once

#include "widgets/status.hpp"

#include <string>

namespace evb::web {

class App;

struct RolePanel {
    char new_name[65] = "myManualOrder-role-hcqiducd";
    std::string selected;                                                            // role name
    std::string policy_arn = "arn:aws:iam::aws:policy/AmazonEventBridgeFullAccess";  // the one to attach
    Feedback feedback;
};

// draw_role_panel shows the roles, the selected role's policies and the create form.
void draw_role_panel(RolePanel& panel, App& app);

}  // namespace evb::web
