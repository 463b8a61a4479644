// `aws SERVICE wait WAITER ...`: botocore's waiters from AWS's models (waiters-2), polled against the
// world's virtual clock: each retry moves the clock on by the waiter's delay instead of sleeping, so a
// waiter that AWS would poll for minutes answers at once, with the same outcome and the same messages
// ("Waiter FunctionActiveV2 failed: Max attempts exceeded", exit 255).
// Depends on the CLI's operation tables, JMESPath and core.
#pragma once

#include "evb/shell.hpp"
#include "operation_model.hpp"

#include <string>
#include <vector>

namespace evb::cli {

struct WaiterSpec {
    std::string name;     // "FunctionActiveV2", as the model names it
    std::string command;  // "function-active-v2", as the CLI names it
    const OperationSpec* operation = nullptr;
    int delay_seconds = 0;
    int max_attempts = 0;
    Json acceptors;  // botocore's acceptor objects
};

// waiters_of lists a service's waiters in the CLI's order (by command name); empty when it has none.
std::vector<WaiterSpec> waiters_of(const ServiceSpec& service);

// wait_for polls the waiter's operation with request until an acceptor says success (exit 0, nothing
// printed) or failure, or the attempts run out (exit 255 and botocore's WaiterError text).
ShellResult wait_for(World& world, const WaiterSpec& waiter, const Json& request);

// waiter_help describes a waiter command as the CLI's help does: what it polls and how often.
std::string waiter_description(const WaiterSpec& waiter);

}  // namespace evb::cli
