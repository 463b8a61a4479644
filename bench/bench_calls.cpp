#include "bench_calls.hpp"

#include <cstdio>
#include <cstdlib>

namespace evb::bench {

void must(World& world, const char* service, const char* operation, const Json& request) {
    ApiResult result = world.call(service, operation, request);
    if (result.ok()) return;
    std::fprintf(stderr, "%s %s failed: %s\n", service, operation, result.error().message.c_str());
    std::exit(1);
}

}  // namespace evb::bench
