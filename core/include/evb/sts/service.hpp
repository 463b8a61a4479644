// The STS API of the emulated account, as far as tutorials reach it: who is calling. The playground's
// caller is the account's root user (the account of WorldConfig), so scripts that read their account id
// with `aws sts get-caller-identity --query Account --output text` get the id every ARN uses.
#pragma once

#include "evb/common/json.hpp"
#include "evb/world/account.hpp"
#include "evb/world/operation.hpp"

#include <span>

namespace evb {

// get_caller_identity: GetCallerIdentity {} -> {UserId, Account, Arn}, the root user's (AWS answers a root
// caller with the account id as UserId and arn:aws:iam::ACCOUNT:root).
ApiResult get_caller_identity(Account& account, const Json& request);

// sts_operations returns the sts operation table for World::call.
std::span<const Operation> sts_operations();

}  // namespace evb
