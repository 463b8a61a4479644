// Flow view: producers, buses, rules and targets drawn as a diagram; the last event's path lit (the bus
// it reached, matched rules, deliveries), unmatched rules saying why not. Clicking a node opens it in
// its panel. A small form puts a test event on a bus.
#pragma once

#include "flow_model.hpp"
#include "widgets/code_editor.hpp"
#include "widgets/status.hpp"

#include <cstdint>

namespace evb::web {

class App;

struct FlowPanel {
    char source[257] = "Order Service";
    char detail_type[257] = "New Order";
    char bus[257] = "manual-order-bus";
    CodeEditor detail{"{\"orderNumber\": \"124\", \"price\": 42}", -1};
    Feedback feedback;
    FlowModel model;  // rebuilt when the world changes
    std::uint64_t model_revision = ~std::uint64_t{0};
};

// draw_flow_panel shows the put-event form and the diagram.
void draw_flow_panel(FlowPanel& panel, App& app);

}  // namespace evb::web
