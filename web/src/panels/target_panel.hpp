// Targets panel: a rule's targets (id, kind, ARN, input, deliveries and failures) and a form to add one —
// a CloudWatch Logs log group (created when missing, as the console does), a Lambda function or another
// event bus — with the input as AWS offers it: the matched event, a constant, a part of the event
// (InputPath) or an input transformer (InputPathsMap and InputTemplate).
#pragma once

#include "widgets/code_editor.hpp"
#include "widgets/status.hpp"

namespace evb::web {

class App;

enum class TargetKind { LogGroup, Function, Bus };
enum class TargetInput { MatchedEvent, Constant, Part, Transformer };

struct TargetPanel {
    TargetKind kind = TargetKind::LogGroup;
    char resource[513] = "";  // log group name, function name or bus name
    char id[65] = "";
    TargetInput input = TargetInput::MatchedEvent;
    CodeEditor constant{"{\"message\": \"an order arrived\"}", -1};
    char input_path[257] = "$.detail";
    CodeEditor paths_map{"{\n  \"order\": \"$.detail.orderNumber\",\n  \"price\": \"$.detail.price\"\n}", -1};
    CodeEditor input_template{"\"Order <order> costs <price>\"", -1};
    Feedback feedback;
};

// draw_target_panel lists a rule's targets and the form to add one; changes go through App::apply.
void draw_target_panel(TargetPanel& panel, App& app, const std::string& bus, const Json& rule);

}  // namespace evb::web
