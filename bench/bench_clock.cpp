#include "bench_clock.hpp"

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#else
#include <ctime>
#endif

namespace evb::bench {

#ifdef __EMSCRIPTEN__
double cpu_seconds() {
    // Node's process.cpuUsage(): user and system microseconds of the whole process.
    return EM_ASM_DOUBLE({
        const usage = process.cpuUsage();
        return (usage.user + usage.system) / 1e6;
    });
}
#else
double cpu_seconds() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}
#endif

}  // namespace evb::bench
