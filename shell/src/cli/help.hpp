// `aws help`, `aws <service> help` and `aws <service> <command> help`: man-page style text built from the
// operation tables (name, description, synopsis, options with their types and values).
// Depends on operation_model.hpp.
#pragma once

#include "operation_model.hpp"

#include <string>

namespace evb::cli {

// top_help describes the aws command and lists the services.
std::string top_help();

// service_help describes a service and lists its commands.
std::string service_help(const ServiceSpec& service);

// operation_help describes one command: synopsis and every option.
std::string operation_help(const OperationSpec& op);

// shell_help describes the shell itself: aws, the workspace commands, quoting and pipes.
std::string shell_help();

}  // namespace evb::cli
