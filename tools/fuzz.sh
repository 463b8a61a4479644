#!/usr/bin/env bash
# fuzz.sh builds the `fuzz` preset (clang++-14, libFuzzer + ASan + UBSan) and runs every fuzz target for a
# bounded time, seeded from the conformance cases (seeds are generated into the build folder, never
# committed). It prints one PASS/FAIL line per target and a summary, and exits non-zero on any crash, leak,
# hang (-timeout) or memory blow-up (-rss_limit_mb).
# Time: EVB_FUZZ_TOTAL_SECONDS (default 90) is shared among the targets, at least 10 s each, so the bounded
# run CI makes stays about as long as targets are added. EVB_FUZZ_SECONDS sets the time per target instead:
# the nightly-length run is `EVB_FUZZ_SECONDS=600 tools/fuzz.sh` (each target 10 minutes; its corpus in
# build/fuzz/corpus/ grows from run to run).
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
total_seconds=${EVB_FUZZ_TOTAL_SECONDS:-90}
jobs=${EVB_JOBS:-2}
build="$root/build/fuzz"
shared=${EVB_SHARED_DIR:-"$root/../shared"}
log_dir="$build/fuzz-logs"

echo "fuzz: building the fuzz preset"
if ! { cmake --preset fuzz >/dev/null && cmake --build --preset fuzz -j "$jobs"; } >"$root/build/fuzz-build.log" 2>&1; then
  tail -n 30 "$root/build/fuzz-build.log"
  echo "fuzz: FAIL (build failed; log: build/fuzz-build.log)"
  exit 1
fi
mkdir -p "$log_dir" "$build/artifacts"

seeds="$build/seeds"
rm -rf "$seeds"
if [ -f "$shared/conformance/cases.jsonl" ]; then
  "$build/tests/fuzz/evb_fuzz_seeds" "$shared/conformance/cases.jsonl" "$seeds" || echo "fuzz: seeding failed"
fi

targets=("$build"/tests/fuzz/fuzz_*)
count=0
for target in "${targets[@]}"; do [ -x "$target" ] && count=$((count + 1)); done
if [ -n "${EVB_FUZZ_SECONDS:-}" ]; then
  seconds=$EVB_FUZZ_SECONDS
else
  seconds=$((total_seconds / (count > 0 ? count : 1)))
  [ "$seconds" -lt 10 ] && seconds=10
fi
echo "fuzz: $count targets, ${seconds}s each"

failed=0
ran=0
for target in "$build"/tests/fuzz/fuzz_*; do
  [ -x "$target" ] || continue
  name=$(basename "$target")
  corpus="$build/corpus/$name"
  mkdir -p "$corpus"
  dirs=("$corpus")
  [ -d "$seeds/$name" ] && dirs+=("$seeds/$name")
  ran=$((ran + 1))
  if "$target" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=5 -max_len=8192 -print_final_stats=1 \
       -artifact_prefix="$build/artifacts/$name-" "${dirs[@]}" >"$log_dir/$name.log" 2>&1; then
    runs=$(sed -nE 's/^stat::number_of_executed_units: *([0-9]+).*/\1/p' "$log_dir/$name.log" | tail -n 1)
    echo "fuzz: PASS $name (${seconds}s, ${runs:-?} runs)"
  else
    failed=$((failed + 1))
    grep -E "ERROR|SUMMARY|Test unit written|runtime error" "$log_dir/$name.log" | head -n 20
    echo "fuzz: FAIL $name (log: build/fuzz/fuzz-logs/$name.log)"
  fi
done

if [ "$ran" -eq 0 ]; then echo "fuzz: FAIL (no fuzz targets were built)"; exit 1; fi
if [ "$failed" -ne 0 ]; then echo "fuzz: FAIL ($failed of $ran targets crashed)"; exit 1; fi
echo "fuzz: PASS ($ran targets, ${seconds}s each, no crash)"
