// matcher_bench: runs every EventBridge-syntax rule set of plans.json over the CityLots data, checks the
// match counts (a wrong count fails the run), and prints events/s and MB/s per set next to the targets
// (bench_targets.hpp), against a plain full JSON parse of the same file timed between the set's own passes
// (best of each, so a shared machine's changing load touches both sides alike), and memory per compiled rule
// and compile time for the big sets.
//   evb_matcher_bench --plans plans.json --data DIR [--sets A,B] [--min-seconds S] [--label native]
#include "bench_clock.hpp"
#include "bench_data.hpp"
#include "bench_plans.hpp"
#include "bench_targets.hpp"
#include "heap_usage.hpp"
#include "json_reference.hpp"

#include "evb/pattern/pattern_set.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <sstream>
#include <string>

namespace evb::bench {
namespace {

struct Options {
    std::string plans = "../shared/bench/plans.json";
    std::string data_dir = "build/bench-data";
    std::set<std::string> only;
    double min_seconds = 0.5;
    std::string label = "native";
};

double cpu_seconds_since(double start) {
    return cpu_seconds() - start;
}

Options parse_options(int argc, char** argv) {
    Options options;
    for (int i = 1; i + 1 < argc; i += 2) {
        std::string flag = argv[i], value = argv[i + 1];
        if (flag == "--plans") options.plans = value;
        if (flag == "--data") options.data_dir = value;
        if (flag == "--min-seconds") options.min_seconds = std::stod(value);
        if (flag == "--label") options.label = value;
        if (flag == "--sets") {
            std::stringstream names(value);
            for (std::string name; std::getline(names, name, ',');)
                options.only.insert(name);
        }
    }
    return options;
}

// compile_set compiles a plan's rules into one set, printing compile time and memory per rule.
std::optional<PatternSet> compile_set(const RuleSetPlan& plan, std::vector<std::string>& compile_notes) {
    std::size_t heap_before = heap_in_use();
    double start = cpu_seconds();
    PatternSet set;
    for (const std::string& rule : plan.rules) {
        auto compiled = compile_event_pattern(rule);
        if (!compiled.pattern) {
            std::string message = compiled.error->message.substr(0, compiled.error->message.find('\n'));
            std::printf("%-30s rejected, as EventBridge does: %s\n", plan.name.c_str(), message.c_str());
            return std::nullopt;
        }
        set.add(*compiled.pattern);
    }
    std::vector<std::size_t> matched;
    set.match_text("{}", matched);  // the first match finishes the indexes built in one go: part of compiling
    double ms = cpu_seconds_since(start) * 1000;
    double per_rule =
        static_cast<double>(heap_in_use() - heap_before) / static_cast<double>(plan.rules.size());
    if (plan.rules.size() >= 1000) {
        char note[160];
        std::snprintf(note, sizeof note,
                      "compile: %-20s %5zu rules in %6.1f ms, %5.0f bytes per compiled rule",
                      plan.name.c_str(), plan.rules.size(), ms, per_rule);
        compile_notes.push_back(note);
    }
    return set;
}

// count_matches runs every event through the set once, counting matches per rule.
std::vector<std::uint64_t> count_matches(const PatternSet& set, const EventFile& file) {
    std::vector<std::uint64_t> counts(set.size(), 0);
    std::vector<std::size_t> matched;
    for (std::string_view line : file.lines) {
        matched.clear();
        set.match_text(line, matched);
        for (std::size_t rule : matched)
            ++counts[rule];
    }
    return counts;
}

bool check_counts(const RuleSetPlan& plan, const std::vector<std::uint64_t>& counts) {
    std::uint64_t total = 0;
    for (auto c : counts)
        total += c;
    bool ok = total == plan.expected_total;
    if (!plan.expected_per_rule.empty()) ok = ok && counts == plan.expected_per_rule;
    if (!ok) {
        std::printf("%-30s WRONG COUNTS: total %llu, expected %llu; per rule:", plan.name.c_str(),
                    static_cast<unsigned long long>(total),
                    static_cast<unsigned long long>(plan.expected_total));
        for (std::size_t i = 0; i < counts.size() && i < 20; ++i) {
            std::printf(" %llu/%llu", static_cast<unsigned long long>(counts[i]),
                        static_cast<unsigned long long>(
                            i < plan.expected_per_rule.size() ? plan.expected_per_rule[i] : 0));
        }
        std::printf("\n");
    }
    return ok;
}

// SetTiming is one set's best pass and the best reference pass timed between its passes.
struct SetTiming {
    double events_per_s = 0;
    std::optional<double> full_parse_events_per_s;
};

// time_set alternates whole passes of the matcher and of the reference full parse over the file until
// min_seconds have gone (at least two of each), keeping the best of each: both see the same moments of a
// shared, noisy machine, so their ratio holds even when the load changes during the run.
SetTiming time_set(const PatternSet& set, const EventFile& file, double min_seconds) {
    // Under node, WebAssembly runs first on baseline code (Liftoff) while hot functions are recompiled by
    // the optimizing compiler in the background, and a function keeps its old code until it is entered
    // again: a set timed alone in a fresh process was timed half on baseline code (NUMERIC: 0.76-1.02
    // million events/s, against 1.49-1.56 million with node's --no-liftoff). Passes run untimed for a
    // second first, so every build is timed on its settled code.
    constexpr double kWarmUpSeconds = 1.0;
    for (double warm = 0; warm < kWarmUpSeconds;) {
        const double start = cpu_seconds();
        count_matches(set, file);
        warm += cpu_seconds_since(start);
    }
    SetTiming timing;
    double spent = 0;
    for (int pass = 0; pass < 2 || spent < min_seconds; ++pass) {
        double start = cpu_seconds();
        count_matches(set, file);
        double seconds = cpu_seconds_since(start);
        spent += seconds;
        timing.events_per_s = std::max(timing.events_per_s, static_cast<double>(file.lines.size()) / seconds);
        if (auto reference = full_parse_events_per_s(file, 0, 1)) {
            timing.full_parse_events_per_s = std::max(timing.full_parse_events_per_s.value_or(0), *reference);
        }
    }
    return timing;
}

struct DataCache {
    std::string dir;
    double min_seconds = 0.5;
    std::map<std::string, EventFile> files;
    std::map<std::string, std::optional<double>> full_parse;

    const EventFile* get(const std::string& name) {
        auto found = files.find(name);
        if (found != files.end()) return &found->second;
        auto loaded = load_event_file(dir + "/" + name);
        if (!loaded) return nullptr;
        auto& file = files.emplace(name, std::move(*loaded)).first->second;
        full_parse[name] = full_parse_events_per_s(file, min_seconds);
        return &file;
    }

    // retime times every full parse again, keeping the better figure.
    void retime() {
        for (auto& [name, figure] : full_parse) {
            auto again = full_parse_events_per_s(files.at(name), min_seconds);
            if (figure && again) figure = std::max(*figure, *again);
        }
    }

    double bytes_per_event(const std::string& name) const {
        const EventFile& file = files.at(name);
        return static_cast<double>(file.bytes) / static_cast<double>(file.lines.size());
    }

    void print() const {
        for (const auto& [name, figure] : full_parse) {
            if (!figure) continue;
            std::printf("%-30s %9.0f ev/s %7.1f MB/s  plain full JSON parse (simdjson), best of the run\n",
                        name.c_str(), *figure, *figure * bytes_per_event(name) / 1e6);
        }
    }
};

}  // namespace

int run(const Options& options) {
    std::string error;
    auto plans = load_plans(options.plans, error);
    if (!plans) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 2;
    }
    DataCache data{options.data_dir, options.min_seconds, {}, {}};
    std::vector<std::pair<const RuleSetPlan*, SetResult>> done;
    std::vector<std::string> compile_notes;
    bool all_ok = true;
    std::printf("matcher benchmark (%s)\n", options.label.c_str());
    for (const RuleSetPlan& plan : *plans) {
        if (!options.only.empty() && !options.only.count(plan.name)) continue;
        auto set = compile_set(plan, compile_notes);
        if (!set) continue;
        const EventFile* file = data.get(plan.data_file);
        if (!file) {
            std::printf("%-30s data file %s missing (tools/bench.sh generates it)\n", plan.name.c_str(),
                        plan.data_file.c_str());
            all_ok = false;
            continue;
        }
        all_ok = check_counts(plan, count_matches(*set, *file)) && all_ok;
        const SetTiming timing = time_set(*set, *file, options.min_seconds);
        SetResult result{plan.name, timing.events_per_s, 0, timing.full_parse_events_per_s};
        result.mb_per_s = result.events_per_s * data.bytes_per_event(plan.data_file) / 1e6;
        std::printf("RESULT %s %s %.0f\n", options.label.c_str(), plan.name.c_str(), result.events_per_s);
        done.emplace_back(&plan, result);
    }
    data.retime();
    std::printf("\n");
    data.print();
    std::map<std::string, SetResult> results;
    for (auto& [plan, result] : done) {
        print_set(*plan, result, data.bytes_per_event(plan->data_file));
        results[plan->name] = result;
    }
    print_scaling(results, "EXACT_HIT_10000", "EXACT_HIT_1", 1.5);
    print_scaling(results, "PREFIX_STREET_1000", "PREFIX_STREET_1", 2.0);
    for (const std::string& note : compile_notes)
        std::printf("%s\n", note.c_str());
    std::printf(all_ok ? "all match counts agree with the peers\n" : "SOME MATCH COUNTS ARE WRONG\n");
    return all_ok ? 0 : 1;
}

}  // namespace evb::bench

int main(int argc, char** argv) {
    return evb::bench::run(evb::bench::parse_options(argc, argv));
}
