// The benchmark's clock: CPU seconds spent by this thread (natively) or this process (node, for the
// WebAssembly build), so figures measured on a machine shared with other work stay comparable; wall-clock
// time there mostly measures the neighbours.
#pragma once

namespace evb::bench {

// cpu_seconds returns a CPU-time reading in seconds; only differences between readings mean anything.
double cpu_seconds();

}  // namespace evb::bench
