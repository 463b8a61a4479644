// matcher_bench: runs every EventBridge-syntax rule set of plans.json over the CityLots data, checks the
// match counts (a wrong count fails the run), and prints events/s and MB/s per set next to the targets:
// the peers' figures, and a plain full JSON parse of the same file measured in the same run.
//   evb_matcher_bench --plans plans.json --data DIR [--sets A,B] [--min-seconds S] [--label native]
#include "bench_clock.hpp"
#include "bench_data.hpp"
#include "bench_plans.hpp"
#include "heap_usage.hpp"
#include "json_reference.hpp"

#include "evb/pattern_set.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <sstream>
#include <string>

namespace evb::bench {
namespace {

// quamina runs at about 2.1x a simdjson full parse on the same machine (plans README); event-ruler 0.3x.
constexpr double kQuaminaOverFullParse = 2.1;
constexpr double kRulerTargetFactor = 5.0;

struct Options {
    std::string plans = "../shared/bench/plans.json";
    std::string data_dir = "build/bench-data";
    std::set<std::string> only;
    double min_seconds = 0.5;
    std::string label = "native";
};

struct SetResult {
    std::string name;
    bool counts_ok = false;
    double events_per_s = 0;
    double mb_per_s = 0;
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
std::optional<PatternSet> compile_set(const RuleSetPlan& plan) {
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
    if (plan.rules.size() >= 100) {
        std::printf("%-30s compiled %zu rules in %.1f ms, %.0f bytes per rule\n", plan.name.c_str(),
                    plan.rules.size(), ms, per_rule);
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

// best_events_per_s times whole passes over the file until min_seconds have gone, keeping the best pass.
double best_events_per_s(const PatternSet& set, const EventFile& file, double min_seconds) {
    double best = 0, spent = 0;
    for (int pass = 0; pass < 2 || spent < min_seconds; ++pass) {
        double start = cpu_seconds();
        count_matches(set, file);
        double seconds = cpu_seconds_since(start);
        spent += seconds;
        best = std::max(best, static_cast<double>(file.lines.size()) / seconds);
    }
    return best;
}

std::string verdict(bool ok) {
    return ok ? "PASS" : "MISS";
}

void print_targets(const RuleSetPlan& plan, const SetResult& result, std::optional<double> full_parse) {
    std::string line;
    if (full_parse) {
        double ratio = result.events_per_s / *full_parse;
        line += "  x full parse " + std::to_string(ratio).substr(0, 4) +
                " (quamina ~2.1: " + verdict(ratio >= kQuaminaOverFullParse) + ")";
    }
    if (plan.quamina_events_per_s) {
        double ratio = result.events_per_s / *plan.quamina_events_per_s;
        line += "  x quamina(listed) " + std::to_string(ratio).substr(0, 4);
    }
    if (plan.ruler_events_per_s) {
        double ratio = result.events_per_s / *plan.ruler_events_per_s;
        line += "  x event-ruler(listed) " + std::to_string(ratio).substr(0, 5) +
                " (>=5: " + verdict(ratio >= kRulerTargetFactor) + ")";
    }
    std::printf("%-30s %10.0f ev/s %8.1f MB/s%s\n", plan.name.c_str(), result.events_per_s, result.mb_per_s,
                line.c_str());
}

struct DataCache {
    std::string dir;
    std::map<std::string, EventFile> files;
    std::map<std::string, std::optional<double>> full_parse;

    const EventFile* get(const std::string& name) {
        auto found = files.find(name);
        if (found != files.end()) return &found->second;
        auto loaded = load_event_file(dir + "/" + name);
        if (!loaded) return nullptr;
        auto& file = files.emplace(name, std::move(*loaded)).first->second;
        full_parse[name] = full_parse_events_per_s(file);
        if (full_parse[name]) {
            std::printf("%-30s %10.0f ev/s %8.1f MB/s  (plain full JSON parse, simdjson)\n", name.c_str(),
                        *full_parse[name],
                        *full_parse[name] * static_cast<double>(file.bytes) / file.lines.size() / 1e6);
        }
        return &file;
    }
};

void print_scaling(const std::map<std::string, SetResult>& results, const char* big, const char* small,
                   double limit) {
    auto b = results.find(big), s = results.find(small);
    if (b == results.end() || s == results.end()) return;
    double slowdown = s->second.events_per_s / b->second.events_per_s;
    std::printf("scaling: %s is %.2fx slower than %s (target <= %.1fx: %s)\n", big, slowdown, small, limit,
                verdict(slowdown <= limit).c_str());
}

}  // namespace

int run(const Options& options) {
    std::string error;
    auto plans = load_plans(options.plans, error);
    if (!plans) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 2;
    }
    DataCache data{options.data_dir, {}, {}};
    std::map<std::string, SetResult> results;
    bool all_ok = true;
    std::printf("matcher benchmark (%s)\n", options.label.c_str());
    for (const RuleSetPlan& plan : *plans) {
        if (!options.only.empty() && !options.only.count(plan.name)) continue;
        auto set = compile_set(plan);
        if (!set) continue;
        const EventFile* file = data.get(plan.data_file);
        if (!file) {
            std::printf("%-30s data file %s missing (tools/bench.sh generates it)\n", plan.name.c_str(),
                        plan.data_file.c_str());
            all_ok = false;
            continue;
        }
        SetResult result{plan.name, check_counts(plan, count_matches(*set, *file)), 0, 0};
        all_ok = all_ok && result.counts_ok;
        result.events_per_s = best_events_per_s(*set, *file, options.min_seconds);
        result.mb_per_s = result.events_per_s * static_cast<double>(file->bytes) / file->lines.size() / 1e6;
        print_targets(plan, result, data.full_parse[plan.data_file]);
        std::printf("RESULT %s %s %.0f\n", options.label.c_str(), plan.name.c_str(), result.events_per_s);
        results[plan.name] = result;
    }
    print_scaling(results, "EXACT_HIT_10000", "EXACT_HIT_1", 1.5);
    print_scaling(results, "PREFIX_STREET_1000", "PREFIX_STREET_1", 2.0);
    std::printf(all_ok ? "all match counts agree with the peers\n" : "SOME MATCH COUNTS ARE WRONG\n");
    return all_ok ? 0 : 1;
}

}  // namespace evb::bench

int main(int argc, char** argv) {
    return evb::bench::run(evb::bench::parse_options(argc, argv));
}
