// put_events_bench: PutEvents through World::call, as the page and the shell send it, printed as calls/s
// and entries/s (CPU time, best of several rounds); and the server-side validation of the same request on
// its own, to show its share. Builds against any revision of core that has World::call, so a run on main
// and one on a branch compare before and after.
//   evb_put_events_bench [--min-seconds S]
#include "bench_clock.hpp"

#include "evb/world/world.hpp"

#if __has_include("evb/model/request_validation.hpp")
#include "evb/model/request_validation.hpp"
#define EVB_BENCH_HAS_VALIDATION 1
#endif

#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

constexpr int kEntries = 10;
constexpr int kRounds = 5;

evb::Json request() {
    evb::Json entries = evb::Json::array();
    for (int i = 0; i < kEntries; ++i) {
        entries.push_back(
            {{"Source", "shop.orders"},
             {"DetailType", "OrderPlaced"},
             {"Detail", R"({"order":)" + std::to_string(i) + R"(,"total":42.5,"items":["a","b"]})"},
             {"EventBusName", "default"},
             {"Resources", evb::Json::array({"arn:aws:s3:::bucket"})}});
    }
    return {{"Entries", entries}};
}

// best_rate runs fn in rounds of at least min_seconds of CPU and returns the best calls per second.
template <typename Fn>
double best_rate(double min_seconds, Fn&& fn) {
    double best = 0;
    for (int round = 0; round < kRounds; ++round) {
        long calls = 0;
        const double start = evb::bench::cpu_seconds();
        double elapsed = 0;
        while (elapsed < min_seconds) {
            for (int i = 0; i < 100; ++i)
                fn();
            calls += 100;
            elapsed = evb::bench::cpu_seconds() - start;
        }
        if (calls / elapsed > best) best = calls / elapsed;
    }
    return best;
}

void print(const char* what, double calls_per_second) {
    std::printf("%-44s %10.0f calls/s %12.0f entries/s %8.2f us/call\n", what, calls_per_second,
                calls_per_second * kEntries, 1e6 / calls_per_second);
}

}  // namespace

int main(int argc, char** argv) {
    double min_seconds = 0.3;
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::string(argv[i]) == "--min-seconds") min_seconds = std::atof(argv[i + 1]);
    }
    const evb::Json put = request();
    evb::World world;
    // A rule that matches none of the entries: routing runs, nothing is delivered, memory stays flat.
    auto rule = world.call("events", "PutRule", {{"Name", "r"}, {"EventPattern", R"({"source":["other"]})"}});
    if (!rule.ok()) return 1;
    print("PutEvents via World::call, 10 entries",
          best_rate(min_seconds, [&] { (void)world.call("events", "PutEvents", put); }));
#ifdef EVB_BENCH_HAS_VALIDATION
    print("validate_request(PutEvents) alone",
          best_rate(min_seconds, [&] { (void)evb::model::validate_request("events", "PutEvents", put); }));
#endif
    return 0;
}
