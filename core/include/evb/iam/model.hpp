// The IAM resources of an account: roles (trust policy, attached managed policies in attachment order,
// inline policies by name) and managed policies by ARN, AWS's own among them. Plain data.
// Depends only on evb/common/json.hpp.
#pragma once

#include "evb/common/json.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace evb {

// ManagedPolicy is a customer or AWS managed policy with its (single, default) version's document.
struct ManagedPolicy {
    std::string name;
    std::string path = "/";
    std::string id;
    std::string arn;
    std::string description;
    Json document = Json::object();
    std::int64_t create_ms = 0;
    std::int64_t update_ms = 0;
    bool aws_managed = false;
};

// Role is an IAM role; functions run as the role named by their Role ARN.
struct Role {
    std::string name;
    std::string path = "/";
    std::string id;
    std::int64_t create_ms = 0;
    Json assume_role_policy = Json::object();
    std::optional<std::string> description;
    std::int64_t max_session_duration = 3600;
    std::vector<std::string> attached_policy_arns;
    std::map<std::string, Json> inline_policies;
};

// IamState is every role by name and every managed policy by ARN.
struct IamState {
    std::map<std::string, Role> roles;
    std::map<std::string, ManagedPolicy> policies;
};

}  // namespace evb
