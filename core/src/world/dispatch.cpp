// Finding the typed function behind World::call's (service, operation) pair.
#include "evb/world/operation.hpp"

#include "evb/events/service.hpp"
#include "evb/iam/service.hpp"
#include "evb/lambda/service.hpp"
#include "evb/logs/service.hpp"

namespace evb {
namespace {

// operations_of returns the operation table of a service (empty for unknown services).
std::span<const Operation> operations_of(std::string_view service) {
    if (service == "events") return events_operations();
    if (service == "logs") return logs_operations();
    if (service == "lambda") return lambda_operations();
    if (service == "iam") return iam_operations();
    return {};
}

}  // namespace

const Operation* find_operation(std::string_view service, std::string_view name) {
    for (const Operation& op : operations_of(service)) {
        if (op.name == name) return &op;
    }
    return nullptr;
}

}  // namespace evb
