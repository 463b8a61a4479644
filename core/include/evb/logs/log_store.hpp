// Storing log events: find or create groups and streams, append events in timestamp order, and keep
// within the world's budgets: events per group and bytes in all (the oldest events are dropped and counted).
// Shared by the logs service, event delivery and Lambda's invocation logs. Depends only on
// evb/world/account.hpp.
#pragma once

#include "evb/world/account.hpp"

#include <cstdint>
#include <string>

namespace evb {

// find_log_group returns the named group, or nullptr.
LogGroup* find_log_group(Account& account, const std::string& name);

// add_log_group adds an empty group created now (the caller checks that it does not exist).
LogGroup& add_log_group(Account& account, const std::string& name);

// forget_log_group deletes the named group and its events; false when there is no such group.
bool forget_log_group(Account& account, const std::string& name);

// ensure_log_stream returns the named stream of a group, creating it now when missing.
LogStream& ensure_log_stream(Account& account, LogGroup& group, const std::string& name);

// append_log_event stores one event (an empty event_id gets CloudWatch's 56-digit form) and keeps the
// budgets.
void append_log_event(Account& account, LogGroup& group, LogStream& stream, std::int64_t timestamp,
                      std::string message, std::string event_id = {});

// enforce_log_budgets drops the oldest events until every group and the total are within the budgets.
void enforce_log_budgets(Account& account);

// new_sequence_token gives a stream a fresh uploadSequenceToken and returns it.
const std::string& new_sequence_token(Account& account, LogStream& stream);

}  // namespace evb
