// The CLI's model of every operation: command name <-> API name, each parameter's flag <-> API member and
// type, which parameters name resources (for completion and "did you mean" hints), and how list
// operations paginate. Adding an operation is one table entry in operations_<service>.cpp.
// Depends only on shape.hpp and the standard library.
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

    bool paginated() const { return !paginator.result_keys.empty(); }

    // param_by_flag finds a parameter by its flag ("--name"), or returns null.
    const ParamSpec* param_by_flag(std::string_view flag) const;

    // param_by_member finds a parameter by its API member ("Name"), or returns null.
    const ParamSpec* param_by_member(std::string_view member) const;

    // request_shape returns the operation's input as one structure shape (members in table order).
    ShapePtr request_shape() const;
};

struct ServiceSpec {
    std::string name;   // "events"
    std::string title;  // "Amazon EventBridge"
    std::vector<OperationSpec> operations;

    // find_command finds an operation by CLI command name, or returns null.
    const OperationSpec* find_command(std::string_view command) const;
};

// One table row: "Name!" marks a required member, "Code.ZipFile>--zip-file" gives a custom flag,
// "<outfile>!" declares a positional argument.
struct ParamRow {
    const char* name;
    const char* shape;
    const char* help;
    Resource resource = Resource::None;
};

// make_operation builds an operation from table rows; the command name derives from the API name.
OperationSpec make_operation(const char* service, const char* api, const char* summary,
                             std::initializer_list<ParamRow> rows, Paginator paginator = {});

// Each service's table, in the AWS CLI's alphabetical command order.
std::vector<OperationSpec> events_operations();
std::vector<OperationSpec> logs_operations();
std::vector<OperationSpec> lambda_operations();
std::vector<OperationSpec> iam_operations();

// services returns every service the shell knows, in the AWS CLI's order.
const std::vector<ServiceSpec>& services();

// find_service finds a service by CLI name ("events"), or returns null.
const ServiceSpec* find_service(std::string_view name);

// find_operation finds an operation by service and API name ("events", "PutRule"), or returns null.
const OperationSpec* find_operation(std::string_view service, std::string_view api);

// cli_name turns an API name into the CLI's hyphenated form ("PutRule" -> "put-rule").
std::string cli_name(std::string_view api_name);

}  // namespace evb::cli
