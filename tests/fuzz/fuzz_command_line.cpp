// libFuzzer target: any bytes as a command line to Shell::run (tokenizer, aws argument parsing, shorthand,
// JSON, JMESPath, workspace commands). It must never crash, hang or leak an exception.
#include "evb/shell.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size > 4096) return 0;
    evb::World world;
    evb::Shell shell(world);
    std::string_view line(reinterpret_cast<const char*>(data), size);
    shell.run(line);
    shell.complete(line);
    shell.run("aws events list-event-buses --query " + evb::quote_word(line));
    return 0;
}
