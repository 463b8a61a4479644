// The per-service halves of snapshot.cpp: each turns its part of an Account into JSON and back.
// Loaders throw SnapshotError (or nlohmann's exceptions) on corrupted input; snapshot.cpp catches them
// all, so nothing escapes core. Declared here, defined in each service's folder (events/snapshot.cpp, ...).
#pragma once

#include "evb/common/json.hpp"
#include "evb/world/account.hpp"

#include <stdexcept>
#include <string>

namespace evb {

// SnapshotError says what is wrong with a saved document.
struct SnapshotError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

Json save_events(const EventsState& events);
void load_events(const Json& json, EventsState& events);

Json save_logs(const LogsState& logs);
void load_logs(const Json& json, LogsState& logs);

Json save_lambda(const LambdaState& lambda);
void load_lambda(const Json& json, LambdaState& lambda);

Json save_iam(const IamState& iam);
void load_iam(const Json& json, IamState& iam);

Json save_metrics(const Metrics& metrics);
void load_metrics(const Json& json, Metrics& metrics);

// optional_string reads an optional string member (absent means nothing).
std::optional<std::string> optional_string(const Json& json, const char* key);

}  // namespace evb
