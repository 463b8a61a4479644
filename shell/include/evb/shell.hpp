// The AWS CLI, emulated: one command line in, what the AWS CLI prints out. Depends on core only.
#pragma once

#include "evb/world.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace evb {

struct ShellResult {
    int exit_code = 0;
    std::string out;
    std::string err;
};

class Shell {
public:
    explicit Shell(World& world) : world_(world) {}

    // run executes one command line (`aws events list-event-buses`, the `aws` optional).
    ShellResult run(std::string_view line);

    // complete lists the completions of the last word of a partial command line.
    std::vector<std::string> complete(std::string_view prefix) const;

private:
    World& world_;
};

}  // namespace evb
