#!/usr/bin/env bash
# bench.sh runs the matcher benchmark natively and as WebAssembly under node, side by side, over the
# CityLots data generated into build/bench-data, and prints the WebAssembly/native ratio per set, twice:
# against the fastest native build (its container skip on AVX2 where the processor has it) and against a
# native build of the very same code WebAssembly runs (EVB_PORTABLE_SKIP: SSE2, as SIMD128). Each build
# keeps its best figure per set over several rounds; after the first, the builds run back to back set by
# set, so a shared machine's slow spells touch them alike.
#   tools/bench.sh [--rounds N (default 3)] [--sets A,B] [--min-seconds S]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
bash tools/setup.sh
export NODE_PATH=/usr/share/nodejs
shared=${EVB_SHARED_DIR:-$root/../shared}
data=build/bench-data
if [ ! -f "$data/citylots2_geomfirst.jsonl" ]; then
  mkdir -p "$data"
  echo "generating CityLots data into $data"
  python3 "$shared/bench/gen_citylots.py" --out "$data"
  python3 "$shared/bench/make_geomfirst.py" "$data"
fi
# Two build jobs at most: the machine is shared. cmake/Emscripten.cmake holds the WebAssembly flags.
cmake --preset release >/dev/null && cmake --build --preset release -j2 --target evb_matcher_bench >/dev/null
cmake -S . -B build/release-portable -G Ninja -DCMAKE_BUILD_TYPE=Release -DEVB_BUILD_BENCH=ON \
  -DCMAKE_CXX_FLAGS=-DEVB_PORTABLE_SKIP >/dev/null
cmake --build build/release-portable -j2 --target evb_matcher_bench >/dev/null
cmake -S . -B build/wasm-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DEVB_BUILD_BENCH=ON \
  -DCMAKE_TOOLCHAIN_FILE=/usr/share/emscripten/cmake/Modules/Platform/Emscripten.cmake >/dev/null
cmake --build build/wasm-bench -j2 --target evb_matcher_bench >/dev/null

rounds=3
sets=()
options=()
while [ $# -ge 2 ]; do
  case $1 in
    --rounds) rounds=$2 ;;
    --sets) sets=(--sets "$2") ;;
    *) options+=("$1" "$2") ;;
  esac
  shift 2
done
args=(--plans "$shared/bench/plans.json" --data "$data" "${options[@]}")
status=0
native() { build/release/bench/evb_matcher_bench "${args[@]}" "$@" --label native; }
portable() { build/release-portable/bench/evb_matcher_bench "${args[@]}" "$@" --label portable; }
wasm() { node --no-experimental-fetch build/wasm-bench/bench/evb_matcher_bench.js "${args[@]}" "$@" --label wasm; }
# The first round runs each build over all sets and prints the reports in full (targets, scaling, compile).
# Later rounds add only RESULT lines, set by set with the three builds back to back, so that a slow spell
# of the shared machine touches the figures compared with each other alike.
native "${sets[@]}" | tee build/bench-native.txt || status=1
wasm "${sets[@]}" | tee build/bench-wasm.txt || status=1
portable "${sets[@]}" | grep '^RESULT' >>build/bench-native.txt || status=1
measured=$(awk '/^RESULT/ { print $3 }' build/bench-wasm.txt)
for ((round = 2; round <= rounds; round++)); do
  echo "round $round of $rounds ..."
  for set in $measured; do
    native --sets "$set" | grep '^RESULT' >>build/bench-native.txt || status=1
    wasm --sets "$set" | grep '^RESULT' >>build/bench-wasm.txt || status=1
    portable --sets "$set" | grep '^RESULT' >>build/bench-native.txt || status=1
  done
done
echo
echo "WebAssembly / native, per set, best of $rounds rounds on each side (target >= 0.5):"
echo "  set                            / fastest native    / native, same code"
awk '/^RESULT/ { key = $2 " " $3; if ($4 > eps[key]) eps[key] = $4; names[$3] = 1 }
     function cell(side, n,   r) {
       if (!((side " " n) in eps)) return "      -     "
       r = eps["wasm " n] / eps[side " " n]
       return sprintf("%5.2f %s", r, r >= 0.5 ? "PASS" : "MISS")
     }
     END { for (n in names) if ("wasm " n in eps)
             printf "  %-30s   %s        %s\n", n, cell("native", n), cell("portable", n) }' \
  build/bench-native.txt build/bench-wasm.txt | sort
exit $status
