// `aws ...`: global options, service and command lookup, request building, the call (paginated when the
// CLI would page), learner hints, --query and the output format.
#include "aws_command.hpp"

#include "arguments.hpp"
#include "base64.hpp"
#include "cli_errors.hpp"
#include "evb/scenario/yaml_reader.hpp"
#include "help.hpp"
#include "hints.hpp"
#include "jmespath/jmespath.hpp"
#include "lambda_code.hpp"
#include "output.hpp"
#include "pagination.hpp"
#include "param_validation.hpp"
#include "param_values.hpp"
#include "python/python_format.hpp"
#include "render.hpp"
#include "skeleton.hpp"
#include "waiters.hpp"

#include <algorithm>

namespace evb::cli {
namespace {

constexpr const char* kVersion =
    "aws-cli/2.15.0 Python/3.11.6 Linux/evb-playground exe/x86_64.evb prompt/off\n";

std::vector<std::string> command_names(const ServiceSpec& service) {
    std::vector<std::string> names;
    for (const auto& op : service.operations)
        names.push_back(op.command);
    return names;
}

// set_member stores a value at a member path ("Name", or "Code.ZipFile" inside Code).
void set_member(Json& request, const std::string& path, Json value) {
    auto dot = path.find('.');
    if (dot == std::string::npos) {
        request[path] = std::move(value);
        return;
    }
    Json& parent = request[path.substr(0, dot)];
    if (!parent.is_object()) parent = Json::object();
    set_member(parent, path.substr(dot + 1), std::move(value));
}

// add_cli_input merges --cli-input-json / --cli-input-yaml under the values given as flags.
std::optional<ShellResult> add_cli_input(Json& request, const CliInput& input, const Workspace& workspace) {
    std::string flag = input.yaml ? "cli-input-yaml" : "cli-input-json";
    std::string body = input.text;
    if (auto loaded = load_param_file("--" + flag, input.text, workspace)) {
        if (loaded->error) return loaded->error;
        body = loaded->value.get<std::string>();
    }
    std::optional<Json> parsed;
    if (input.yaml) {
        parsed = parse_yaml(body).value;
    } else {
        parsed = parse_json(body);
        if (!parsed && json_nests_deeper_than(body)) {
            return param_error(flag, "Invalid JSON received: it nests deeper than " +
                                         std::to_string(kMaxJsonDepth) + " levels, the limit.");
        }
    }
    if (!parsed) return param_error(flag, input.yaml ? "Invalid YAML received." : "Invalid JSON received.");
    if (!parsed->is_object()) {
        return param_error("--" + flag, "Invalid type: expecting map, received " + python_type(*parsed));
    }
    for (const auto& item : parsed->items()) {
        if (!request.contains(item.key())) request[item.key()] = item.value();
    }
    return std::nullopt;
}

std::variant<Json, ShellResult> request_from_args(const OperationSpec& op, const OperationArgs& args,
                                                  const Workspace& workspace, bool raw_binary) {
    Json request = Json::object();
    ValueContext context{workspace, raw_binary};
    for (const auto& given : args.params) {
        if (given.spec->positional) continue;
        if (given.flag_value) {
            set_member(request, given.spec->member, *given.flag_value);
            continue;
        }
        ConvertedValue converted = convert_param(*given.spec, given.words, context);
        if (converted.error) return *converted.error;
        set_member(request, given.spec->member, std::move(converted.value));
    }
    if (args.cli_input) {
        if (auto error = add_cli_input(request, *args.cli_input, workspace)) return *error;
    }
    auto problems = validate_request(request, *op.input);
    if (!problems.empty()) {
        std::string message = "Parameter validation failed:";
        for (const auto& p : problems)
            message += "\n" + p;
        return general_error(message, kExitUsage);
    }
    return request;
}

std::string positional_value(const OperationArgs& args, const std::string& name) {
    for (const auto& given : args.params) {
        if (given.spec->positional && given.spec->flag == name && !given.words.empty()) return given.words[0];
    }
    return "";
}

// take_payload moves a response's body blob (Invoke's Payload) into the outfile, as the CLI does; it
// returns why the outfile could not be written (empty when it was).
std::string take_payload(Json& body, const OperationSpec& op, const OperationArgs& args,
                         Workspace& workspace) {
    std::string outfile = positional_value(args, "outfile");
    if (outfile.empty() || !body.is_object() || op.output_payload.empty()) return "";
    std::string bytes;
    auto it = body.find(op.output_payload);
    if (it != body.end()) {
        bytes = it->is_string() ? it->get<std::string>()
                                : it->dump(-1, ' ', false, Json::error_handler_t::replace);
        body.erase(it);
    }
    return workspace.write(outfile, bytes).problem;
}

bool explicit_paging(const OperationSpec& op, const Json& request) {
    return request.contains(op.paginator.input_token) ||
           (!op.paginator.limit_key.empty() && request.contains(op.paginator.limit_key));
}

ApiResult perform_call(World& world, const OperationSpec& op, const Json& request,
                       const GlobalOptions& globals, const OperationArgs& args) {
    if (!op.paginated() || !globals.paginate || explicit_paging(op, request)) {
        return world.call(op.service, op.api, request);
    }
    return paginate_call(world, op, request,
                         PageOptions{args.starting_token, args.page_size, args.max_items});
}

std::optional<ShellResult> check_region(const World& world, const GlobalOptions& globals) {
    if (!globals.region || *globals.region == world.region()) return std::nullopt;
    return general_error("This playground emulates one account in " + world.region() + "; region " +
                             *globals.region + " is not emulated. Start evb with --region " +
                             *globals.region + " to use it.",
                         253);
}

struct Resolved {
    const OperationSpec* op = nullptr;
    std::vector<std::string> rest;
};

// resolve finds the operation named by the first two words, or answers help / the CLI's usage errors.
std::variant<Resolved, ShellResult> resolve(const std::vector<std::string>& words) {
    if (words.empty()) return usage_error("the following arguments are required: command");
    if (words[0] == "help") return ShellResult{0, top_help(), ""};
    const ServiceSpec* service = find_service(words[0]);
    if (!service) return usage_error(invalid_choice_message("command", words[0], service_names()));
    if (words.size() < 2) return usage_error("the following arguments are required: operation");
    if (words[1] == "help") return ShellResult{0, service_help(*service), ""};
    const OperationSpec* op = service->find_command(words[1]);
    if (!op) return usage_error(invalid_choice_message("operation", words[1], command_names(*service)));
    return Resolved{op, std::vector<std::string>(words.begin() + 2, words.end())};
}

// handler_of finds the handler a request names, or asks the World for the function's current one.
std::string handler_of(World& world, const Json& request) {
    if (request.contains("Handler") && request["Handler"].is_string())
        return request["Handler"].get<std::string>();
    ApiResult function =
        world.call("lambda", "GetFunction", Json{{"FunctionName", request.value("FunctionName", "")}});
    if (!function.ok()) return "";
    const Json& body = function.body();
    auto configuration = body.find("Configuration");
    if (configuration == body.end() || !configuration->is_object()) return "";
    auto handler = configuration->find("Handler");
    return handler != configuration->end() && handler->is_string() ? handler->get<std::string>() : "";
}

// with_simulated_code gives uploaded Lambda code its behaviour: the playground reads the handler's source
// from the zip (it never runs it) and passes what it does to the core as Behavior.
Json with_simulated_code(World& world, const OperationSpec& op, Json request) {
    if (op.service != "lambda" || request.contains("Behavior")) return request;
    const Json* zip = nullptr;
    if (op.api == "CreateFunction" && request.contains("Code") && request["Code"].is_object())
        zip = &request["Code"]["ZipFile"];
    if (op.api == "UpdateFunctionCode" && request.contains("ZipFile")) zip = &request["ZipFile"];
    if (!zip || !zip->is_string()) return request;
    auto bytes = decode_base64(zip->get<std::string>());
    if (!bytes) return request;
    if (auto behavior = behavior_from_zip(*bytes, handler_of(world, request)))
        request["Behavior"] = *behavior;
    return request;
}

// input_skeleton_json prints the input template as the CLI's json.dump(indent=4) does ({} when empty).
std::string input_skeleton_json(const OperationSpec& op) {
    Json skeleton = skeleton_for(*op.input);
    return skeleton.empty() ? "{}\n" : format_json(skeleton);
}

ShellResult call_and_print(World& world, Workspace& workspace, const OperationSpec& op, const Json& request,
                           const GlobalOptions& globals, const OperationArgs& args, const JmesPath* query) {
    std::string warning = runtime_warning(op, request);
    ApiResult result = perform_call(world, op, with_simulated_code(world, op, request), globals, args);
    if (!result.ok()) {
        ShellResult failed = service_error(result.error().code, op.api, result.error().message);
        failed.err = warning + failed.err + not_found_hint(world, op, request, result.error());
        return failed;
    }
    Json body = result.body();
    // The AWS CLI reports an unwritable outfile as Python's open() does, after the call was made.
    std::string unwritten = take_payload(body, op, args, workspace);
    if (!unwritten.empty())
        return {255, "", warning + "\n" + unwritten + ": '" + positional_value(args, "outfile") + "'\n"};
    ShellResult shown = render_response(op.api, body, globals.output, query);
    shown.err = warning + shown.err;
    return shown;
}

ShellResult run_operation(World& world, Workspace& workspace, const OperationSpec& op,
                          const std::vector<std::string>& rest, const GlobalOptions& globals) {
    auto parsed = parse_operation_args(op, rest);
    if (auto* error = std::get_if<ShellResult>(&parsed)) return *error;
    const OperationArgs& args = std::get<OperationArgs>(parsed);
    if (args.help) return {0, operation_help(op), ""};
    if (args.skeleton && *args.skeleton == "input") return {0, input_skeleton_json(op), ""};
    if (args.skeleton && *args.skeleton == "yaml-input") return {0, yaml_input_skeleton(*op.input), ""};
    if (auto error = check_region(world, globals)) return *error;
    std::optional<JmesPath> query;
    if (globals.query) {
        auto compiled = compile_query(*globals.query);
        if (auto* error = std::get_if<ShellResult>(&compiled)) return *error;
        query = std::get<JmesPath>(std::move(compiled));
    }
    if (args.skeleton)
        return render_response(op.api, output_skeleton(*op.output), globals.output,
                               query ? &*query : nullptr);
    auto request = request_from_args(op, args, workspace, globals.raw_binary);
    if (auto* error = std::get_if<ShellResult>(&request)) return *error;
    return call_and_print(world, workspace, op, std::get<Json>(request), globals, args,
                          query ? &*query : nullptr);
}

// run_wait runs `aws SERVICE wait WAITER [parameters]`: the waiter's operation's parameters, then polling.
ShellResult run_wait(World& world, Workspace& workspace, const ServiceSpec& service,
                     const std::vector<WaiterSpec>& waiters, const std::vector<std::string>& rest,
                     const GlobalOptions& globals) {
    if (rest.empty()) {
        return general_error("usage: aws [options] " + service.name +
                                 " wait <subcommand> [parameters]\naws: error: too few arguments",
                             kExitUsage);
    }
    std::vector<std::string> names;
    for (const auto& waiter : waiters)
        names.push_back(waiter.command);
    if (rest[0] == "help") {
        std::string help = service.name +
                           " wait\n\nWait until a particular condition is satisfied. Each "
                           "subcommand polls an API until the listed requirement is met.\n\n"
                           "AVAILABLE COMMANDS\n\n";
        for (const auto& name : names)
            help += "  o " + name + "\n\n";
        return {0, help, ""};
    }
    auto found = std::find_if(waiters.begin(), waiters.end(),
                              [&](const WaiterSpec& w) { return w.command == rest[0]; });
    if (found == waiters.end()) return usage_error(invalid_choice_message("subcommand", rest[0], names));
    const OperationSpec& op = *found->operation;
    auto parsed = parse_operation_args(op, std::vector<std::string>(rest.begin() + 1, rest.end()));
    if (auto* error = std::get_if<ShellResult>(&parsed)) return *error;
    const OperationArgs& args = std::get<OperationArgs>(parsed);
    if (args.help) return {0, waiter_description(*found) + "\n" + operation_help(op), ""};
    if (auto error = check_region(world, globals)) return *error;
    auto request = request_from_args(op, args, workspace, globals.raw_binary);
    if (auto* error = std::get_if<ShellResult>(&request)) return *error;
    return wait_for(world, *found, std::get<Json>(request));
}

}  // namespace

ShellResult run_aws(World& world, Workspace& workspace, const std::vector<std::string>& args) {
    auto split = split_globals(args);
    if (auto* error = std::get_if<ShellResult>(&split)) return *error;
    const SplitCommand& command = std::get<SplitCommand>(split);
    if (command.globals.version) return {0, kVersion, ""};
    if (command.words.size() >= 2 && command.words[1] == "wait") {
        if (const ServiceSpec* service = find_service(command.words[0])) {
            const std::vector<WaiterSpec> waiters = waiters_of(*service);
            if (!waiters.empty()) {
                return run_wait(world, workspace, *service, waiters,
                                std::vector<std::string>(command.words.begin() + 2, command.words.end()),
                                command.globals);
            }
        }
    }
    auto resolved = resolve(command.words);
    if (auto* answer = std::get_if<ShellResult>(&resolved)) return *answer;
    const Resolved& target = std::get<Resolved>(resolved);
    return run_operation(world, workspace, *target.op, target.rest, command.globals);
}

std::variant<Json, ShellResult> build_request(const std::string& service, const std::string& command,
                                              const std::vector<std::string>& words,
                                              const Workspace& workspace) {
    std::vector<std::string> all = {service, command};
    all.insert(all.end(), words.begin(), words.end());
    auto split = split_globals(all);
    if (auto* error = std::get_if<ShellResult>(&split)) return *error;
    auto resolved = resolve(std::get<SplitCommand>(split).words);
    if (auto* answer = std::get_if<ShellResult>(&resolved)) return *answer;
    const Resolved& target = std::get<Resolved>(resolved);
    auto parsed = parse_operation_args(*target.op, target.rest);
    if (auto* error = std::get_if<ShellResult>(&parsed)) return *error;
    return request_from_args(*target.op, std::get<OperationArgs>(parsed), workspace,
                             std::get<SplitCommand>(split).globals.raw_binary);
}

}  // namespace evb::cli
