// Pieces of the CLI script export: making requests portable (account id and region as placeholders
// that become ${ACCOUNT_ID} and ${REGION} in the right quoting), the function placeholder package, and
// the permission commands real AWS needs. Private to shell/src/export.
#pragma once

#include "evb/common/json.hpp"
#include "evb/world/account.hpp"

#include <string>
#include <vector>

namespace evb::cli_script {

inline constexpr const char* kAccountMark = "@@EVB_ACCOUNT_ID@@";
inline constexpr const char* kRegionMark = "@@EVB_REGION@@";

// Marks says whether to mark the account id and region (portable scripts), and which they are.
struct Marks {
    bool portable = true;
    std::string region;
    std::string account;
};

// mark_text puts placeholders where a text names the account id or region inside an ARN.
std::string mark_text(const std::string& text, const Marks& marks);

// mark_request marks every string of a request, and the account id and region values of its EventPattern.
Json mark_request(const Json& request, const Marks& marks);

// unmark_line turns the placeholders of a formatted command line into "${ACCOUNT_ID}" and "${REGION}",
// closing and reopening single quotes around them when they sit inside a quoted word.
std::string unmark_line(const std::string& line);

// function_lines writes the package (Python equivalent or placeholder) and the create-function command of
// one function.
std::vector<std::string> function_lines(const LambdaFunction& f, const std::string& create_command);

// logs_policy_line writes put-resource-policy letting EventBridge write to the targeted log groups ("" when
// none).
std::string logs_policy_line(const Account& account, const Marks& marks);

// permission_lines writes add-permission for every rule target that is one of the account's functions.
std::vector<std::string> permission_lines(const Account& account, const Marks& marks);

}  // namespace evb::cli_script
