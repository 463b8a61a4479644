// What the real AWS CLI does differently from the service models, and what the shell adds to them: the
// arguments the CLI renames (sns subscribe's --notification-endpoint), the commands it removes, the
// --zip-file it hoists out of a Code structure, the kind of resource each parameter names (for
// completion and "did you mean" hints), and the few members AWS added after the pinned models that the
// core already emulates (CreateEventBus's Description). Depends on operation_model.hpp.
#pragma once

#include "operation_model.hpp"

#include <string_view>
#include <vector>

namespace evb::cli {

// renamed_flag returns the CLI's own flag for an argument ("--output"), or empty when it keeps that name.
std::string_view renamed_flag(std::string_view service, std::string_view command, std::string_view flag);

// command_removed tells whether the CLI leaves an operation out ("kinesis", "subscribe-to-shard").
bool command_removed(std::string_view service, std::string_view command);

// zip_file_member returns the structure whose ZipFile the CLI hoists into --zip-file ("Code"), or empty.
std::string_view zip_file_member(std::string_view service, std::string_view command);

// A member today's AWS has that the pinned model (2.9.19, January 2023) lacks, and the core emulates.
struct NewerMember {
    std::string_view api, member;
    std::string_view notation;  // its shape, in shape.hpp's notation
    std::string_view after;     // the member it follows in AWS's order; empty: last
    std::string_view summary;
};

// newer_members lists a service's members that AWS added after the pinned model.
std::vector<NewerMember> newer_members(std::string_view service, std::string_view api);

// resource_of returns the kind of resource a member names in an operation.
Resource resource_of(std::string_view service, std::string_view api, std::string_view member);

}  // namespace evb::cli
