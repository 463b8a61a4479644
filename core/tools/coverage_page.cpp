// evb_coverage prints docs/coverage.md (the build writes it into the build folder; see docs/README).
#include "evb/world/coverage.hpp"

#include <iostream>

int main() {
    std::cout << evb::coverage_markdown();
    return 0;
}
