// The JSON shapes of CloudWatch Logs resources as AWS returns them (DescribeLogGroups,
// DescribeLogStreams): shared by the logs service and the account's state view.
// Depends only on the account model.
#pragma once

#include "evb/common/json.hpp"
#include "evb/world/account.hpp"

#include <string>

namespace evb {

// group_json shapes a group as DescribeLogGroups returns it.
Json group_json(const Account& account, const LogGroup& group);

// stream_json shapes a stream as DescribeLogStreams returns it.
Json stream_json(const Account& account, const LogGroup& group, const LogStream& stream);

}  // namespace evb
