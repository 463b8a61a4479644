// The script's hand-made steps: function packages (the Python equivalent of a simulated behaviour, or a
// placeholder) and the permissions real AWS asks for.
#include "cli_script_parts.hpp"

#include "evb/common/arn.hpp"
#include "evb/export/python_handler.hpp"
#include "evb/shell.hpp"

#include <set>

namespace evb::cli_script {
namespace {

// handler_parts splits a handler into its module path and function ("a/b.fn" -> "a/b", "fn").
std::pair<std::string, std::string> handler_parts(const std::string& handler) {
    const auto dot = handler.rfind('.');
    if (dot == std::string::npos || dot == 0 || dot + 1 == handler.size()) return {"index", "handler"};
    return {handler.substr(0, dot), handler.substr(dot + 1)};
}

// placeholder_source returns a source file name and one line of code that refuses to run.
std::pair<std::string, std::string> placeholder_source(const LambdaFunction& f) {
    const auto [module, fn] = handler_parts(f.handler);
    const std::string message = "replace the placeholder code of " + f.name;
    if (f.runtime.rfind("python", 0) == 0) {
        return {module + ".py",
                "def " + fn + "(event, context): raise NotImplementedError(\"" + message + "\")"};
    }
    if (f.runtime.rfind("nodejs", 0) == 0) {
        return {module + ".js",
                "exports." + fn + " = async () => { throw new Error(\"" + message + "\"); };"};
    }
    return {"PLACEHOLDER.txt",
            "Build the " + f.runtime + " deployment package of " + f.name + " and zip it here."};
}

std::string event_bridge_logs_policy(const Account& account, const std::set<std::string>& groups,
                                     const Marks& marks) {
    Json resources = Json::array();
    for (const auto& g : groups)
        resources.push_back(
            mark_text(log_group_arn(account.config.region, account.config.account_id, g) + ":*", marks));
    const Json document = {
        {"Version", "2012-10-17"},
        {"Statement",
         Json::array(
             {Json{{"Sid", "EventBridgeToCloudWatchLogs"},
                   {"Effect", "Allow"},
                   {"Principal", {{"Service", {"events.amazonaws.com", "delivery.logs.amazonaws.com"}}}},
                   {"Action", {"logs:CreateLogStream", "logs:PutLogEvents"}},
                   {"Resource", resources}}})}};
    return to_json_text(document);
}

// targeted_log_groups lists the account's log groups that some rule sends to.
std::set<std::string> targeted_log_groups(const Account& account) {
    std::set<std::string> out;
    for (const auto& [bus_name, bus] : account.events.buses) {
        for (const auto& [name, rule] : bus.rules) {
            for (const auto& t : rule.targets) {
                auto arn = parse_arn(t.arn);
                if (!arn || arn->service != "logs" || arn->resource.rfind("log-group:", 0) != 0) continue;
                std::string group = arn->resource.substr(10);
                if (group.size() >= 2 && group.compare(group.size() - 2, 2, ":*") == 0)
                    group.resize(group.size() - 2);
                if (account.logs.groups.count(group) && arn->account == account.config.account_id)
                    out.insert(group);
            }
        }
    }
    return out;
}

// statement_id makes a Lambda permission statement id from a rule and target ([A-Za-z0-9-_], at most 100).
std::string statement_id(const std::string& bus, const std::string& rule, const std::string& target) {
    std::string out;
    for (char c : "events-" + bus + "-" + rule + "-" + target) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                        c == '-' || c == '_';
        out += ok ? c : '-';
    }
    return out.substr(0, 100);
}

// python_equivalent_lines write a Python function's handler module, the Python equivalent of the behaviour
// the playground simulated (evb/export/python_handler.hpp), as one quoted word: bash and the playground's
// shell both read it back unchanged.
std::vector<std::string> python_equivalent_lines(const LambdaFunction& f, const std::string& file) {
    std::string code = python_handler(f.behavior, handler_parts(f.handler).second);
    if (!code.empty() && code.back() == '\n') code.pop_back();  // echo ends the file with it
    return {"# Function " + f.name + " (" + f.runtime + ", handler " + f.handler + ").",
            "# Its code is the Python equivalent of the behaviour the playground simulated:",
            "echo " + quote_word(code) + " > " + quote_word(file)};
}

}  // namespace

std::vector<std::string> function_lines(const LambdaFunction& f, const std::string& create_command) {
    const auto [file, code] = placeholder_source(f);
    const bool python = f.runtime.rfind("python", 0) == 0;
    std::vector<std::string> lines;
    if (python && f.behavior.is_object() && !f.behavior.empty()) {
        lines = python_equivalent_lines(f, file);
    } else {
        lines = {
            "# Function " + f.name + " (" + f.runtime + ", handler " + f.handler + ").",
            "# The playground simulated it with this behaviour, which cannot be exported as code:",
            "#   " + to_json_text(f.behavior),
            "# This packages a placeholder that refuses to run: replace " + file + " with the real code.",
            "echo " + quote_word(code) + " > " + quote_word(file)};
    }
    lines.push_back("zip -q " + quote_word(f.name + ".zip") + " " + quote_word(file));
    lines.push_back(create_command + " --zip-file " + quote_word("fileb://" + f.name + ".zip"));
    return lines;
}

std::string logs_policy_line(const Account& account, const Marks& marks) {
    const std::set<std::string> groups = targeted_log_groups(account);
    if (groups.empty()) return "";
    return "aws logs put-resource-policy --policy-name EventBridgeToCloudWatchLogs --policy-document " +
           quote_word(event_bridge_logs_policy(account, groups, marks));
}

std::vector<std::string> permission_lines(const Account& account, const Marks& marks) {
    std::vector<std::string> out;
    const std::string& region = account.config.region;
    const std::string& id = account.config.account_id;
    for (const auto& [bus_name, bus] : account.events.buses) {
        for (const auto& [name, rule] : bus.rules) {
            for (const auto& t : rule.targets) {
                const std::string fn = function_name_of(t.arn);
                if (!account.lambda.functions.count(fn) || t.arn != function_arn(region, id, fn)) continue;
                out.push_back(
                    "aws lambda add-permission --function-name " + quote_word(fn) + " --statement-id " +
                    quote_word(statement_id(bus_name, name, t.id)) +
                    " --action lambda:InvokeFunction --principal events.amazonaws.com --source-arn " +
                    quote_word(mark_text(rule_arn(region, id, bus_name, name), marks)));
            }
        }
    }
    return out;
}

}  // namespace evb::cli_script
