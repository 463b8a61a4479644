// Tests for core/src/world/coverage.cpp: the committed docs/coverage.md is the page the build generates
// (EVB_UPDATE_COVERAGE=1 rewrites it from the current models and tables, for review).
#include "evb/world/coverage.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace {

const std::string kPath = std::string(EVB_SOURCE_DIR) + "/docs/coverage.md";

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

TEST_CASE("the committed coverage page is the one the models and the operation tables give") {
    std::string generated = evb::coverage_markdown();
    if (std::getenv("EVB_UPDATE_COVERAGE")) std::ofstream(kPath, std::ios::binary) << generated;
    CHECK_MESSAGE(read_file(kPath) == generated,
                  "docs/coverage.md is stale: run build/asan/core/evb_coverage > docs/coverage.md");
}

TEST_CASE("the coverage page marks PutRule emulated and an unemulated operation validated only") {
    std::string page = evb::coverage_markdown();
    CHECK(page.find("| PutRule | emulated |") != std::string::npos);
    CHECK(page.find("| GetSessionToken | validated only |") != std::string::npos);
    CHECK(page.find("## cloudformation") != std::string::npos);
}
