// Tests for shell/src/cli/aws_command.cpp: hostile inputs to an aws command (deep JSON in every place a
// command reads JSON, deep and explosive queries) end in an error message, never in a crash.
#include "evb/shell.hpp"

#include "../../deep_json.hpp"

#include <doctest/doctest.h>

#include <string>

using evb::test::deep_arrays;
using evb::test::deep_objects;

TEST_CASE("cli-input-json nested 100000 levels deep is refused, as an object and as an array") {
    evb::World world;
    evb::Shell shell(world);
    const std::string expected =
        "\nError parsing parameter 'cli-input-json': Invalid JSON received: it nests deeper than 1000 "
        "levels, the limit.\n";
    for (const std::string& body : {deep_objects(100000), deep_arrays(100000)}) {
        shell.workspace().write("deep.json", body);
        const evb::ShellResult r = shell.run("aws events list-rules --cli-input-json file://deep.json");
        CHECK(r.exit_code == 252);
        CHECK(r.err == expected);
    }
}

TEST_CASE("put-events entries whose Resources nest 100000 levels deep are refused as invalid JSON") {
    evb::World world;
    evb::Shell shell(world);
    shell.workspace().write("entries.json", R"([{"Source":"s","DetailType":"t","Detail":"{}","Resources":)" +
                                                deep_arrays(100000) + "}]");
    const evb::ShellResult r = shell.run("aws events put-events --entries file://entries.json");
    CHECK(r.exit_code == 252);
    CHECK(r.err.rfind("\nError parsing parameter '--entries': Invalid JSON: the JSON nests deeper than 1000 "
                      "levels, the limit\nJSON received: [{",
                      0) == 0);
}

TEST_CASE("put-events with a Detail nested 100000 levels deep fails that entry as malformed") {
    evb::World world;
    evb::Shell shell(world);
    shell.workspace().write("entries.json",
                            R"([{"Source":"s","DetailType":"t","Detail":")" + deep_arrays(100000) + "\"}]");
    const evb::ShellResult r = shell.run("aws events put-events --entries file://entries.json");
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("\"ErrorCode\": \"MalformedDetail\"") != std::string::npos);
}

TEST_CASE("a query of 11000 flattens is refused as nested too deeply") {
    evb::World world;
    evb::Shell shell(world);
    std::string flattens;
    for (int i = 0; i < 11000; ++i)
        flattens += "[]";
    const evb::ShellResult r = shell.run("aws events list-event-buses --query 'EventBuses" + flattens + "'");
    // A query the parser refuses is a --query syntax error: the CLI exits 252 for those.
    CHECK(r.exit_code == 252);
    CHECK(r.err.find("Expression nested too deeply") != std::string::npos);
}

TEST_CASE("a query whose result grows exponentially stops at its budget") {
    evb::World world;
    evb::Shell shell(world);
    std::string query = "EventBuses";
    for (int i = 0; i < 40; ++i)
        query += " | [@, @, @, @]";
    const evb::ShellResult r = shell.run("aws events list-event-buses --query '" + query + "'");
    CHECK(r.exit_code == 255);
    CHECK(r.err.rfind("\nThe query's result is larger than the playground allows (", 0) == 0);
}
