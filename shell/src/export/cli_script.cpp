// The CLI script: a header, then the world's requests as command lines, grouped and commented.
#include "evb/export/cli_script.hpp"

#include "cli_script_parts.hpp"
#include "evb/scenario/world_requests.hpp"
#include "evb/shell.hpp"

#include <vector>

namespace evb {
namespace {

using cli_script::Marks;

// kSections titles the groups of operations, in the order the requests come.
const std::vector<std::pair<std::string, std::string>>& sections() {
    static const std::vector<std::pair<std::string, std::string>> list = {
        {"CreateEventBus", "Event buses"},
        {"CreateLogGroup", "CloudWatch Logs log groups"},
        {"CreatePolicy", "IAM customer managed policies"},
        {"CreateRole", "IAM roles with their attached and inline policies"},
        {"CreateFunction", "Lambda functions"},
        {"PutRule", "EventBridge rules"},
        {"PutTargets", "Rule targets"},
    };
    return list;
}

std::string section_of(const std::string& operation) {
    for (const auto& [op, title] : sections()) {
        if (op == operation) return title;
    }
    return "";
}

std::vector<std::string> header(const World& world, const CliScriptOptions& options) {
    std::vector<std::string> lines = {
        "#!/usr/bin/env bash",
        "# Recreates an EventBridge Playground world on real AWS with the AWS CLI v2.",
        "# Exported from the playground's account " + world.account_id() + " in " + world.region() + ".",
        "# Review it before running it: it creates real resources in the account your credentials belong to.",
        "# Python functions get the Python equivalent of their simulated behaviour; others a placeholder to "
        "replace.",
        "set -euo pipefail",
        "",
    };
    if (options.portable) {
        lines.push_back("ACCOUNT_ID=\"$(aws sts get-caller-identity --query Account --output text)\"");
        lines.push_back("REGION=\"${AWS_REGION:-${AWS_DEFAULT_REGION:-" + world.region() + "}}\"");
        lines.push_back("export AWS_REGION=\"$REGION\"");
        lines.push_back("");
    }
    return lines;
}

// request_line formats one request, leaving create-function's code to function_lines.
std::vector<std::string> request_lines(const Account& account, const Json& step, const Marks& marks) {
    const std::string service = step.at("service").get<std::string>(),
                      operation = step.at("operation").get<std::string>();
    Json request = cli_script::mark_request(step.at("request"), marks);
    if (operation != "CreateFunction") return {format_command(service, operation, request)};
    request.erase("Code");
    const std::string name = step.at("request").at("FunctionName").get<std::string>();
    return cli_script::function_lines(account.lambda.functions.at(name),
                                      format_command(service, operation, request));
}

// extras_before adds what real AWS needs before a section: policy for log targets, time for new roles.
void extras_before(const std::string& operation, const Account& account, const Marks& marks,
                   std::vector<std::string>& lines) {
    if (operation == "CreateFunction" && !account.iam.roles.empty()) {
        lines.push_back("# A new role takes a few seconds before Lambda may assume it.");
        lines.push_back("sleep 10");
    }
    if (operation == "PutTargets") {
        if (auto policy = cli_script::logs_policy_line(account, marks); !policy.empty()) {
            lines.push_back(
                "# Let EventBridge write to the log groups it targets (the console does this for you).");
            lines.push_back(policy);
        }
    }
}

void add_permissions(const Account& account, const Marks& marks, std::vector<std::string>& lines) {
    auto permissions = cli_script::permission_lines(account, marks);
    if (permissions.empty()) return;
    lines.push_back("");
    lines.push_back("# Let the rules invoke their Lambda targets (the console does this for you).");
    lines.insert(lines.end(), permissions.begin(), permissions.end());
}

std::string joined(const std::vector<std::string>& lines, bool portable) {
    std::string out;
    for (const auto& line : lines)
        out += (portable ? cli_script::unmark_line(line) : line) + "\n";
    return out;
}

}  // namespace

std::string export_cli_script(const World& world, const CliScriptOptions& options) {
    const Account& account = world.account();
    const Marks marks{options.portable, world.region(), world.account_id()};
    std::vector<std::string> lines = header(world, options);
    std::string section;
    for (const auto& step : world_requests(account)) {
        const std::string operation = step.at("operation").get<std::string>();
        if (const std::string s = section_of(operation); !s.empty() && s != section) {
            if (!section.empty()) lines.push_back("");
            lines.push_back("# " + s);
            section = s;
            extras_before(operation, account, marks, lines);
        }
        for (auto& line : request_lines(account, step, marks))
            lines.push_back(std::move(line));
    }
    add_permissions(account, marks, lines);
    if (section.empty()) lines.push_back("# The world holds no resources beyond the default event bus.");
    lines.push_back("");
    lines.push_back("echo \"Done: the playground's resources exist in your account.\"");
    return joined(lines, options.portable);
}

}  // namespace evb
