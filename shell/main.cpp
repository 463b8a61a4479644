// evb: the native AWS-CLI emulator. `evb events list-event-buses` runs one command.
#include "evb/shell.hpp"

#include <iostream>

int main(int argc, char** argv) {
    evb::World world;
    evb::Shell shell(world);
    std::string line;
    for (int i = 1; i < argc; ++i) line += (i > 1 ? " " : "") + std::string(argv[i]);
    auto result = shell.run(line);
    std::cout << result.out;
    std::cerr << result.err;
    return result.exit_code;
}
