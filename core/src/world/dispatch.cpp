// Finding the typed function behind World::call's (service, operation) pair, and which operations a
// read-only world lets through.
#include "evb/world/operation.hpp"

#include "evb/events/service.hpp"
#include "evb/iam/service.hpp"
#include "evb/lambda/service.hpp"
#include "evb/logs/service.hpp"
#include "evb/sts/service.hpp"

namespace evb {
namespace {

// operations_of returns the operation table of a service (empty for unknown services).
std::span<const Operation> operations_of(std::string_view service) {
    if (service == "events") return events_operations();
    if (service == "logs") return logs_operations();
    if (service == "lambda") return lambda_operations();
    if (service == "iam") return iam_operations();
    if (service == "sts") return sts_operations();
    return {};
}

}  // namespace

const Operation* find_operation(std::string_view service, std::string_view name) {
    for (const Operation& op : operations_of(service)) {
        if (op.name == name) return &op;
    }
    return nullptr;
}

// The classification lives here, by API name, until the service models (issue 15) say of each operation
// whether it reads, sends or changes; a new operation whose name starts with none of these words is
// refused in a read-only world, which is the safe side.
bool read_only_allows(std::string_view operation) {
    for (std::string_view read : {"Describe", "List", "Get", "Test", "Filter"}) {
        const bool word =
            operation.size() > read.size() && operation[read.size()] >= 'A' && operation[read.size()] <= 'Z';
        if (word && operation.substr(0, read.size()) == read) return true;
    }
    return operation == "PutEvents" || operation == "Invoke";
}

}  // namespace evb
