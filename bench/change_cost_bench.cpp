// evb_change_cost_bench: what one change costs the page as the world grows, printed (tests never time
// anything). For worlds holding 10 to 100,000 stored log events (10 log groups of up to 10,000), it times
// one put-events that a rule delivers to a log group (World::call), then what the page does after a change:
// World::save (the document for the browser's storage and the undo step) and World::state (the panels'
// snapshot, taken on the next frame). Prints milliseconds per change for each part.
#include "bench_calls.hpp"
#include "bench_clock.hpp"

#include "evb/world/world.hpp"

#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

using evb::bench::must;

constexpr int kGroups = 10;
constexpr int kChanges = 20;
constexpr long kBatch = 1000;

std::string group_name(int g) {
    return "/aws/events/orders-" + std::to_string(g);
}

// order_text is a stored log event as a delivery writes it: an EventBridge envelope.
std::string order_text(long n) {
    return R"({"version":"0","id":"6a7e8feb-b491-4cf7-a9f1-bf3703467718","detail-type":"Order Placed",)"
           R"("source":"shop","account":"123456789012","time":"2026-12-07T12:00:00Z","region":"us-east-1",)"
           R"("resources":[],"detail":{"order":)" +
           std::to_string(n) + R"(,"total":19.5}})";
}

// fill stores `events` log events spread over the groups, in PutLogEvents batches.
void fill(evb::World& world, long events) {
    for (int g = 0; g < kGroups; ++g) {
        const std::string group = group_name(g);
        must(world, "logs", "CreateLogGroup", {{"logGroupName", group}});
        must(world, "logs", "CreateLogStream", {{"logGroupName", group}, {"logStreamName", "filled"}});
        const long share = events / kGroups + (g < events % kGroups ? 1 : 0);
        for (long done = 0; done < share;) {
            evb::Json batch = evb::Json::array();
            for (; done < share && static_cast<long>(batch.size()) < kBatch; ++done)
                batch.push_back({{"timestamp", world.now_ms()}, {"message", order_text(done)}});
            must(world, "logs", "PutLogEvents",
                 {{"logGroupName", group}, {"logStreamName", "filled"}, {"logEvents", batch}});
        }
    }
    must(world, "events", "PutRule", {{"Name", "orders"}, {"EventPattern", R"({"source":["shop"]})"}});
    const std::string arn = "arn:aws:logs:" + world.region() + ":" + world.account_id() + ":log-group:";
    must(world, "events", "PutTargets",
         {{"Rule", "orders"}, {"Targets", {{{"Id", "log"}, {"Arn", arn + group_name(0)}}}}});
}

// measure prints the cost per change of a world holding `events` log events.
void measure(long events) {
    evb::World world;
    fill(world, events);
    double call = 0, save = 0, state = 0;
    std::size_t bytes = 0;
    for (int i = 0; i < kChanges; ++i) {
        const evb::Json request = {
            {"Entries", {{{"Source", "shop"}, {"DetailType", "Order Placed"}, {"Detail", R"({"n":1})"}}}}};
        double t0 = evb::bench::cpu_seconds();
        must(world, "events", "PutEvents", request);
        double t1 = evb::bench::cpu_seconds();
        bytes = world.save().size();
        double t2 = evb::bench::cpu_seconds();
        const evb::Json snapshot = world.state();
        double t3 = evb::bench::cpu_seconds();
        call += t1 - t0, save += t2 - t1, state += t3 - t2;
    }
    const double ms = 1000.0 / kChanges;
    std::printf(
        "%7ld stored log events: put-events %7.3f ms, save %8.3f ms (%5.1f MB), state %7.3f ms per "
        "change\n",
        events, call * ms, save * ms, static_cast<double>(bytes) / 1e6, state * ms);
}

}  // namespace

int main(int argc, char** argv) {
    const long largest = argc > 1 ? std::atol(argv[1]) : 100000;
    for (long events : {10L, 1000L, 10000L, 100000L}) {
        if (events <= largest) measure(events);
    }
    return 0;
}
