// The AWS managed policies the tutorials use, with their published documents: AmazonEventBridgeFullAccess,
// AWSLambdaBasicExecutionRole and CloudWatchLogsFullAccess. Every world has them, as every account does.
// Depends only on evb/world/account.hpp.
#pragma once

#include "evb/world/account.hpp"

namespace evb {

// install_managed_policies adds the AWS managed policies to an account's IAM state.
void install_managed_policies(Account& account);

}  // namespace evb
