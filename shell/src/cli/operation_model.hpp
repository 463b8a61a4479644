// The CLI's model of every operation, built from AWS's service models (evb/model) as the AWS CLI builds
// its argument tables: command name <-> API name, each input member's flag, shape and whether it is
// required, paginators, and the operation's output. What the real CLI customises (lambda's --zip-file,
// renamed arguments, removed commands) and what the shell adds (the kind of resource a parameter names,
// for completion and hints) comes from the small overlay in cli_overlay.hpp. Depends on shape.hpp.
#pragma once

#include "shape.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace evb::cli {

// The kind of resource a parameter names, so the shell can list candidates from the World.
enum class Resource {
    None,
    EventBus,
    Rule,
    LogGroup,
    LogStream,
    Function,
    Role,
    PolicyArn,
    RoleArn,
    FunctionArn,
    TargetArn
};

struct ParamSpec {
    std::string member;  // API member ("EventBusName"), a path for CLI customisations ("Code.ZipFile"),
                         // or empty for a positional argument the CLI keeps for itself (invoke's outfile)
    std::string flag;    // "--event-bus-name", or "outfile" for a positional
    ShapePtr shape;
    bool required = false;
    bool positional = false;
    bool undocumented = false;  // accepted but left out of help (a paginator's own token and limit)
    Resource resource = Resource::None;
    std::string help;
};

// How the AWS CLI pages through a list operation (botocore's paginators).
struct Paginator {
    std::string input_token;   // "NextToken", "Marker"
    std::string output_token;  // "NextToken", "NextMarker", "Marker"
    std::string limit_key;     // "Limit", "MaxItems"; may be empty
    std::string more_results;  // "IsTruncated" for IAM; may be empty
    std::vector<std::string> result_keys;
};

struct OperationSpec {
    std::string service;  // "events"
    std::string command;  // "put-rule"
    std::string api;      // "PutRule"
    std::string summary;
    std::vector<ParamSpec> params;
    Paginator paginator;  // result_keys empty when the CLI does not paginate it
    ShapePtr input;       // the model's input structure (an empty one when the operation takes nothing)
    ShapePtr output;      // the model's output structure (an empty one when it returns nothing)
    std::string output_payload;  // the response member that is the whole body, saved to outfile ("Payload")

    bool paginated() const { return !paginator.result_keys.empty(); }

    // param_by_flag finds a parameter by its flag ("--name"), or returns null.
    const ParamSpec* param_by_flag(std::string_view flag) const;

    // param_by_member finds a parameter by its API member ("Name"), or returns null.
    const ParamSpec* param_by_member(std::string_view member) const;

    // request_shape returns the operation's input as one structure shape (members in AWS's order).
    ShapePtr request_shape() const { return input; }
};

struct ServiceSpec {
    std::string name;                       // "events"
    std::string title;                      // "Amazon EventBridge"
    std::vector<OperationSpec> operations;  // in the AWS CLI's alphabetical command order

    // find_command finds an operation by CLI command name, or returns null.
    const OperationSpec* find_command(std::string_view command) const;
};

// service_names lists every service the shell knows, in the AWS CLI's alphabetical order.
const std::vector<std::string>& service_names();

// find_service finds a service by CLI name ("events"), its tables built on first use, or returns null.
const ServiceSpec* find_service(std::string_view name);

// find_operation finds an operation by service and API name ("events", "PutRule"), or returns null.
const OperationSpec* find_operation(std::string_view service, std::string_view api);

// cli_name turns an API name into the CLI's hyphenated form as botocore's xform_name does
// ("PutRule" -> "put-rule", "ListARNs" -> "list-arns").
std::string cli_name(std::string_view api_name);

}  // namespace evb::cli
