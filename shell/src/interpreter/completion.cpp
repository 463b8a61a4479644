// Shell::complete: services, commands, flags, flag values (documented choices, resource names the World
// lists, workspace files after file:// and fileb://) and workspace commands.
#include "evb/shell.hpp"

#include "builtins.hpp"
#include "cli/arguments.hpp"
#include "cli/operation_model.hpp"
#include "cli/resources.hpp"
#include "tokenizer.hpp"

#include <algorithm>
#include <set>

namespace evb {
namespace {

using cli::OperationSpec;
using cli::ParamSpec;

std::vector<std::string> with_prefix(const std::vector<std::string>& candidates, const std::string& prefix) {
    std::set<std::string> unique;
    for (const auto& c : candidates) {
        if (c.rfind(prefix, 0) == 0) unique.insert(c);
    }
    return {unique.begin(), unique.end()};
}

std::vector<std::string> file_urls(const Workspace& workspace, const std::string& scheme) {
    std::vector<std::string> out;
    for (const auto& name : workspace.list())
        out.push_back(scheme + name);
    return out;
}

bool takes_global_value(const std::string& word) {
    return word == "--output" || word == "--query" || word == "--region" || word == "--profile" ||
           word == "--endpoint-url" || word == "--color" || word == "--cli-binary-format";
}

// Where the cursor is in an aws command: its service, command, and the words before the last one.
struct AwsPosition {
    std::vector<std::string> positionals;  // service, command (non-flag words, global values skipped)
    std::vector<std::string> words;        // every word after `aws`, except the one being completed
};

AwsPosition locate(const std::vector<std::string>& words) {
    AwsPosition pos{{}, words};
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (takes_global_value(words[i]))
            ++i;
        else if (!words[i].empty() && words[i][0] != '-' && pos.positionals.size() < 2)
            pos.positionals.push_back(words[i]);
    }
    return pos;
}

std::string flag_value(const std::vector<std::string>& words, const std::string& flag) {
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
        if (words[i] == flag) return words[i + 1];
    }
    return "";
}

std::vector<std::string> op_flags(const OperationSpec& op, const std::vector<std::string>& used) {
    std::vector<std::string> flags = {"--cli-input-json", "--cli-input-yaml", "--generate-cli-skeleton"};
    for (const auto& p : op.params) {
        if (p.positional || p.undocumented || std::find(used.begin(), used.end(), p.flag) != used.end())
            continue;
        flags.push_back(p.flag);
        if (p.shape->kind == cli::ShapeKind::Boolean) flags.push_back("--no-" + p.flag.substr(2));
    }
    if (op.paginated()) flags.insert(flags.end(), {"--starting-token", "--page-size", "--max-items"});
    for (const auto& g : cli::global_flag_names())
        flags.push_back(g);
    return flags;
}

std::vector<std::string> param_values(World& world, const Workspace& workspace, const ParamSpec& p,
                                      const std::vector<std::string>& words, const std::string& typed) {
    if (p.shape->kind == cli::ShapeKind::Blob) return file_urls(workspace, "fileb://");
    if (typed.rfind("file", 0) == 0) return file_urls(workspace, "file://");
    if (!p.shape->choices.empty()) return p.shape->choices;
    std::string context;
    if (p.resource == cli::Resource::Rule) context = flag_value(words, "--event-bus-name");
    if (p.resource == cli::Resource::LogStream) context = flag_value(words, "--log-group-name");
    return cli::resource_names(world, p.resource, context);
}

std::vector<std::string> global_values(const std::string& flag) {
    if (flag == "--output") return {"json", "text", "table", "yaml", "yaml-stream"};
    if (flag == "--color") return {"on", "off", "auto"};
    if (flag == "--cli-binary-format") return {"base64", "raw-in-base64-out"};
    if (flag == "--region") return {"us-east-1"};
    return {};
}

std::vector<std::string> complete_aws(World& world, const Workspace& workspace,
                                      const std::vector<std::string>& words, const std::string& typed) {
    AwsPosition pos = locate(words);
    std::string previous = words.empty() ? "" : words.back();
    if (takes_global_value(previous)) return with_prefix(global_values(previous), typed);
    if (pos.positionals.empty()) {
        if (!typed.empty() && typed[0] == '-') return with_prefix(cli::global_flag_names(), typed);
        std::vector<std::string> names = {"help"};
        for (const auto& name : cli::service_names())
            names.push_back(name);
        return with_prefix(names, typed);
    }
    const cli::ServiceSpec* service = cli::find_service(pos.positionals[0]);
    if (!service) return {};
    if (pos.positionals.size() < 2) {
        std::vector<std::string> names = {"help"};
        for (const auto& op : service->operations)
            names.push_back(op.command);
        return with_prefix(names, typed);
    }
    const OperationSpec* op = service->find_command(pos.positionals[1]);
    if (!op) return {};
    if (const ParamSpec* p = op->param_by_flag(previous); p && p->shape->kind != cli::ShapeKind::Boolean) {
        return with_prefix(param_values(world, workspace, *p, words, typed), typed);
    }
    if (previous == "--cli-input-json" || previous == "--cli-input-yaml")
        return with_prefix(file_urls(workspace, "file://"), typed);
    return with_prefix(op_flags(*op, words), typed);
}

}  // namespace

std::vector<std::string> Shell::complete(std::string_view partial_line) const {
    try {
        auto typed_words = cli::split_for_completion(partial_line);
        std::string typed = typed_words.back().text;
        std::vector<std::string> words;
        for (std::size_t i = 0; i + 1 < typed_words.size(); ++i)
            words.push_back(typed_words[i].text);
        if (words.empty()) {
            std::vector<std::string> names = cli::builtin_names();
            names.push_back("aws");
            for (const auto& name : cli::service_names())
                names.push_back(name);
            return with_prefix(names, typed);
        }
        if (words[0] == "aws")
            return complete_aws(world_, workspace_, {words.begin() + 1, words.end()}, typed);
        if (cli::find_service(words[0])) return complete_aws(world_, workspace_, words, typed);
        return with_prefix(workspace_.list(), typed);
    } catch (...) {
        return {};
    }
}

}  // namespace evb
