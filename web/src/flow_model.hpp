// The flow diagram's content, built from a world snapshot: producers (functions that put events), buses,
// rules and targets as nodes in four columns, the edges between them, and the last routed event's path —
// the bus it arrived on, the rules it matched (lit), the deliveries (ok or failed), and for every rule of
// that bus it did not match, why not (the pattern engine's explanation). Pure data; flow_panel draws it.
#pragma once

#include "evb/common/json.hpp"

#include <string>
#include <vector>

namespace evb::web {

enum class NodeKind { Producer, Bus, Rule, Target };
enum class NodeState { Idle, Lit, Failed, Unmatched };

struct FlowNode {
    NodeKind kind;
    std::string title;
    std::string detail;  // second line: a pattern, an ARN, a counter
    std::string note;    // third line: ✓ delivered, ✗ why not ...
    NodeState state = NodeState::Idle;
    std::string bus;   // the bus a bus, rule or target belongs to
    std::string name;  // the resource's own name (rule, function, log group)
    int column = 0;
    int row = 0;
};

struct FlowEdge {
    int from = 0;
    int to = 0;
    bool lit = false;
};

struct FlowModel {
    std::vector<FlowNode> nodes;
    std::vector<FlowEdge> edges;
    std::string last_event;  // one line about the last routed event; empty when none yet
    int rows[4] = {0, 0, 0, 0};
};

// build_flow lays out the snapshot (World::state()) as a diagram with the last event's path.
FlowModel build_flow(const Json& snapshot);

}  // namespace evb::web
