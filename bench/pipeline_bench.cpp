// evb_pipeline_bench: PutEvents end to end (World::call -> routing -> delivery -> log store), printed
// (tests never time anything). A world of 300 rules on the default bus, each with 5 CloudWatch Logs targets
// (5 log groups; every rule writes its own stream in each), takes events in PutEvents batches of 10 entries,
// as AWS allows; each event matches exactly one rule, so each event becomes 5 log events. Prints events/s,
// log events/s and the peak memory (natively getrusage's ru_maxrss; under node the wasm heap's size, which
// only grows). Usage: evb_pipeline_bench [events] (default 1,000,000).
#include "bench_calls.hpp"
#include "bench_clock.hpp"

#include "evb/world/world.hpp"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#else
#include <sys/resource.h>
#endif

namespace {

using evb::bench::must;

constexpr int kRules = 300;
constexpr int kGroups = 5;
constexpr int kBatch = 10;
constexpr int kDistinctBatches = 1000;

// peak_memory_bytes returns the process's high-water mark of memory.
double peak_memory_bytes() {
#ifdef __EMSCRIPTEN__
    return EM_ASM_DOUBLE({ return HEAP8.length; });
#else
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) * 1024.0;
#endif
}

std::string group_name(int g) {
    return "/aws/events/bench-" + std::to_string(g);
}

// build_world creates the log groups and the rules, each rule matching the orders of one shop.
void build_world(evb::World& world) {
    for (int g = 0; g < kGroups; ++g)
        must(world, "logs", "CreateLogGroup", {{"logGroupName", group_name(g)}});
    for (int r = 0; r < kRules; ++r) {
        const std::string name = "rule-" + std::to_string(r);
        const std::string pattern = R"({"source":["shop"],"detail":{"shop":[)" + std::to_string(r) + "]}}";
        must(world, "events", "PutRule", {{"Name", name}, {"EventPattern", pattern}, {"State", "ENABLED"}});
        evb::Json targets = evb::Json::array();
        for (int g = 0; g < kGroups; ++g) {
            targets.push_back({{"Id", "log-" + std::to_string(g)},
                               {"Arn", "arn:aws:logs:" + world.region() + ":" + world.account_id() +
                                           ":log-group:" + group_name(g)}});
        }
        must(world, "events", "PutTargets", {{"Rule", name}, {"Targets", targets}});
    }
}

// batches returns PutEvents requests of 10 orders each, the orders spread over every shop.
std::vector<evb::Json> batches() {
    std::vector<evb::Json> out;
    int n = 0;
    for (int b = 0; b < kDistinctBatches; ++b) {
        evb::Json entries = evb::Json::array();
        for (int e = 0; e < kBatch; ++e, ++n) {
            const std::string detail = R"({"shop":)" + std::to_string(n % kRules) + R"(,"order":)" +
                                       std::to_string(n) +
                                       R"(,"items":[{"sku":"A-1","qty":2}],"total":19.5})";
            entries.push_back({{"Source", "shop"}, {"DetailType", "Order Placed"}, {"Detail", detail}});
        }
        out.push_back({{"Entries", entries}});
    }
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    const long events = argc > 1 ? std::atol(argv[1]) : 1000000;
    evb::World world;
    build_world(world);
    const std::vector<evb::Json> requests = batches();
    const double start = evb::bench::cpu_seconds();
    long sent = 0;
    for (long b = 0; sent < events; ++b, sent += kBatch) {
        evb::ApiResult result = world.call("events", "PutEvents", requests[b % kDistinctBatches]);
        if (!result.ok() || result.body().value("FailedEntryCount", 1) != 0) {
            std::fprintf(stderr, "PutEvents failed at batch %ld\n", b);
            return 1;
        }
    }
    const double seconds = evb::bench::cpu_seconds() - start;
    long stored = 0;
    for (const auto& [name, group] : world.account().logs.groups)
        stored += static_cast<long>(group.stored_events + group.dropped.entries);
    std::printf(
        "%ld events (%d rules x %d log targets): %.2f s, %.0f events/s, %.0f log events/s, "
        "%ld log events written, peak memory %.1f MB\n",
        sent, kRules, kGroups, seconds, static_cast<double>(sent) / seconds,
        static_cast<double>(stored) / seconds, stored, peak_memory_bytes() / 1e6);
    return 0;
}
