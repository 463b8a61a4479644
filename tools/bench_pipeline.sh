#!/usr/bin/env bash
# bench_pipeline.sh runs the end-to-end benchmarks natively and as WebAssembly under node: PutEvents through
# routing and delivery into the log store (evb_pipeline_bench: events/s, peak memory) and what one change
# costs the page as the world grows (evb_change_cost_bench). With --against REV it also builds today's
# benchmark sources over the core of REV (a commit before the benchmarks existed works too) and runs both
# natively, back to back, so the figures compared meet the shared machine's slow spells alike.
#   tools/bench_pipeline.sh [--events N (default 1000000)] [--against REV] [--no-wasm]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
export NODE_PATH=/usr/share/nodejs
events=1000000
against=
wasm=1
while [ $# -ge 1 ]; do
  case $1 in
    --events) events=$2; shift ;;
    --against) against=$2; shift ;;
    --no-wasm) wasm=0 ;;
    *) echo "usage: $0 [--events N] [--against REV] [--no-wasm]" >&2; exit 2 ;;
  esac
  shift
done
targets=(--target evb_pipeline_bench evb_change_cost_bench)
# Two build jobs at most: the machine is shared.
cmake --preset release >/dev/null && cmake --build --preset release -j2 "${targets[@]}" >/dev/null
if [ -n "$against" ]; then
  base=build/bench-against
  rm -rf "$base" && mkdir -p "$base"
  git archive "$against" | tar -x -C "$base"
  cp bench/*.cpp bench/*.hpp bench/CMakeLists.txt "$base/bench/"
  [ -e third_party ] && ln -s "$root/third_party" "$base/third_party"
  cmake -S "$base" -B "$base/build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DEVB_BUILD_BENCH=ON \
    -DEVB_BUILD_TESTS=OFF -DEVB_SHARED_DIR="$root/../shared" >/dev/null
  cmake --build "$base/build" -j2 "${targets[@]}" >/dev/null
fi
if [ "$wasm" = 1 ]; then
  cmake -S . -B build/wasm-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DEVB_BUILD_BENCH=ON \
    -DCMAKE_TOOLCHAIN_FILE=/usr/share/emscripten/cmake/Modules/Platform/Emscripten.cmake >/dev/null
  cmake --build build/wasm-bench -j2 "${targets[@]}" >/dev/null
fi

run() {  # run LABEL COMMAND...: prints the command's lines prefixed by LABEL
  "${@:2}" | sed "s/^/$1: /"
}
if [ -n "$against" ]; then
  run "$against native" "$base/build/bench/evb_pipeline_bench" "$events"
fi
run "native" build/release/bench/evb_pipeline_bench "$events"
if [ -n "$against" ]; then
  run "$against native" "$base/build/bench/evb_pipeline_bench" "$events"
fi
[ "$wasm" = 1 ] && run "wasm" node --no-experimental-fetch build/wasm-bench/bench/evb_pipeline_bench.js "$events"
if [ -n "$against" ]; then
  run "$against native" "$base/build/bench/evb_change_cost_bench"
fi
run "native" build/release/bench/evb_change_cost_bench
[ "$wasm" = 1 ] && run "wasm" node --no-experimental-fetch build/wasm-bench/bench/evb_change_cost_bench.js
exit 0
