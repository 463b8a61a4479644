#include "json_reference.hpp"

#include "bench_clock.hpp"

#ifdef EVB_HAVE_SIMDJSON
#include <simdjson.h>
#endif

namespace evb::bench {

#ifdef EVB_HAVE_SIMDJSON
std::optional<double> full_parse_events_per_s(const EventFile& file, double min_seconds, int min_passes) {
    simdjson::dom::parser parser;
    double best = 0, spent = 0;
    for (int pass = 0; pass < min_passes || spent < min_seconds; ++pass) {
        double start = cpu_seconds();
        std::size_t ok = 0;
        for (std::string_view line : file.lines) {
            auto doc = parser.parse(line.data(), line.size(), false);
            ok += doc.error() == simdjson::SUCCESS;
        }
        double seconds = cpu_seconds() - start;
        spent += seconds;
        if (ok != file.lines.size()) return std::nullopt;
        best = std::max(best, static_cast<double>(file.lines.size()) / seconds);
    }
    return best;
}
#else
std::optional<double> full_parse_events_per_s(const EventFile&, double, int) {
    return std::nullopt;
}
#endif

}  // namespace evb::bench
