// evb_budget_bench: what a world holds under its memory budgets while events stream through it, printed
// (tests never time anything). Five rules on the default bus each deliver every event to their own log
// group; after each step it prints the events put, the log events stored and dropped, the message bytes
// stored, the heap in use and the heap per stored log event (the figure the default budgets are chosen
// from, docs/budgets.md). `evb_budget_bench [EVENTS]` (default 1,000,000).
#include "heap_usage.hpp"

#include "evb/world/world.hpp"

#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

constexpr int kTargets = 5;

void set_up(evb::World& world) {
    for (int i = 0; i < kTargets; ++i) {
        const std::string group = "/aws/events/orders-" + std::to_string(i);
        const std::string rule = "orders-" + std::to_string(i);
        world.call("logs", "CreateLogGroup", {{"logGroupName", group}});
        world.call("events", "PutRule",
                   {{"Name", rule}, {"EventPattern", R"({"source":["Order Service"]})"}});
        world.call(
            "events", "PutTargets",
            {{"Rule", rule},
             {"Targets",
              evb::Json::array(
                  {{{"Id", "log"}, {"Arn", "arn:aws:logs:us-east-1:123456789012:log-group:" + group}}})}});
    }
}

evb::Json ten_orders() {
    evb::Json entries = evb::Json::array();
    for (int i = 0; i < 10; ++i)
        entries.push_back({{"Source", "Order Service"},
                           {"DetailType", "Order Placed"},
                           {"Detail", R"({"orderId":"o-12345","customer":"c-42","price":129.5,"items":3})"}});
    return evb::Json{{"Entries", entries}};
}

void report(const evb::World& world, std::uint64_t put, std::size_t heap_before) {
    std::uint64_t stored = 0, dropped = 0;
    for (const auto& [name, group] : world.account().logs.groups)
        stored += group.stored_events, dropped += group.dropped.entries;
    const std::size_t heap = evb::bench::heap_in_use() - heap_before;
    std::printf(
        "%10llu events put  %8llu log events stored  %10llu dropped  %7.1f MB of messages  "
        "%7.1f MB heap  %5.0f heap bytes per stored log event\n",
        static_cast<unsigned long long>(put), static_cast<unsigned long long>(stored),
        static_cast<unsigned long long>(dropped),
        static_cast<double>(world.account().logs.stored_bytes) / (1 << 20),
        static_cast<double>(heap) / (1 << 20),
        stored ? static_cast<double>(heap) / static_cast<double>(stored) : 0.0);
}

}  // namespace

int main(int argc, char** argv) {
    const std::uint64_t events = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1000000;
    const std::size_t heap_before = evb::bench::heap_in_use();
    evb::World world;
    set_up(world);
    const evb::Budgets& b = world.budgets();
    std::printf(
        "budgets: %llu log events per group, %llu bytes of logs, %llu activity entries; %d log targets\n",
        static_cast<unsigned long long>(b.log_events_per_group), static_cast<unsigned long long>(b.log_bytes),
        static_cast<unsigned long long>(b.activity_entries), kTargets);
    const evb::Json request = ten_orders();
    std::uint64_t next_report = 10000;
    for (std::uint64_t put = 10; put <= events; put += 10) {
        world.call("events", "PutEvents", request);
        if (put >= next_report || put + 10 > events) report(world, put, heap_before), next_report *= 10;
    }
    std::printf("save document: %.1f MB\n", static_cast<double>(world.save().size()) / (1 << 20));
    return 0;
}
