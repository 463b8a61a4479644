// Function panel: the simulated Lambda function — its runtime, role and handler, the editable order it
// puts on a bus (the tutorial's manual-order-function, one click away), "Fire order" and "Invoke N
// times" with the START / END / REPORT log tail — and, read-only beside it, the equivalent Python/boto3
// handler.
#pragma once

#include "widgets/code_editor.hpp"
#include "widgets/status.hpp"

#include <string>

namespace evb::web {

class App;

struct FunctionPanel {
    std::string selected;  // an existing function; empty while writing a new one
    std::string loaded;    // the function whose order template the form holds
    char name[65] = "manual-order-function";
    int runtime = 0;                 // index of the runtime offered for a new function
    char existing_runtime[32] = "";  // an existing function's runtime, shown read-only
    std::string role;                // role ARN
    char handler[129] = "lambda_function.lambda_handler";
    char source[257] = "Order Service";
    char detail_type[257] = "New Order";
    char bus[257] = "manual-order-bus";
    CodeEditor detail;
    int times = 10;
    Feedback feedback;
    std::string last_log;      // the last invocation's log tail
    std::string last_payload;  // and what it returned
    bool last_failed = false;
};

// draw_function_panel shows the function form, the invoke buttons and the Python equivalent.
void draw_function_panel(FunctionPanel& panel, App& app);

}  // namespace evb::web
