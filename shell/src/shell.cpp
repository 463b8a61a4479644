#include "evb/shell.hpp"

#include <sstream>

namespace evb {
namespace {

std::vector<std::string> split_words(std::string_view line) {
    std::istringstream in{std::string(line)};
    std::vector<std::string> words;
    for (std::string w; in >> w;) words.push_back(w);
    return words;
}

}  // namespace

ShellResult Shell::run(std::string_view line) {
    auto words = split_words(line);
    if (!words.empty() && words[0] == "aws") words.erase(words.begin());
    if (words.size() >= 2 && words[0] == "events" && words[1] == "list-event-buses") {
        auto result = world_.call("events", "ListEventBuses", Json::object());
        return {0, result.body().dump(4) + "\n", ""};
    }
    if (words.size() >= 4 && words[0] == "events" && words[1] == "create-event-bus" && words[2] == "--name") {
        auto result = world_.call("events", "CreateEventBus", Json{{"Name", words[3]}});
        if (!result.ok()) {
            return {254, "", "\nAn error occurred (" + result.error().code +
                                 ") when calling the CreateEventBus operation: " + result.error().message + "\n"};
        }
        return {0, result.body().dump(4) + "\n", ""};
    }
    return {252, "", "usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\n"};
}

std::vector<std::string> Shell::complete(std::string_view) const { return {}; }

}  // namespace evb
