#!/usr/bin/env bash
# bench_instructions.sh counts the instructions the matcher spends per event on a 5,000-event sample of the
# CityLots data, under valgrind's cachegrind: a figure that does not move with the load of a shared machine,
# for comparing two versions of the matcher (run it on each; timings from tools/bench.sh stay the figures to
# quote). Counts every evb:: function outside the benchmark's own (evb::bench), over the benchmark's three
# passes of the sample (the count check and two timed passes).
#   tools/bench_instructions.sh [SET ...]     (default: EXACT PREFIX NUMERIC ANYTHING_BUT COMPLEX_ARRAYS)
# Needs valgrind (apt-get install valgrind) and the data tools/bench.sh generates.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
shared=${EVB_SHARED_DIR:-$root/../shared}
command -v valgrind >/dev/null || { echo "needs valgrind: apt-get install valgrind" >&2; exit 2; }
[ -f build/bench-data/citylots2_geomfirst.jsonl ] || { echo "run tools/bench.sh first (it makes the data)" >&2; exit 2; }
events=5000
sample=build/bench-sample
mkdir -p "$sample"
for file in citylots citylots2 citylots2_geomfirst; do
  head -n "$events" "build/bench-data/$file.jsonl" >"$sample/$file.jsonl"
done
cmake --preset release >/dev/null && cmake --build --preset release -j2 --target evb_matcher_bench >/dev/null
sets=("$@")
[ ${#sets[@]} -gt 0 ] || sets=(EXACT PREFIX NUMERIC ANYTHING_BUT COMPLEX_ARRAYS)
for set in "${sets[@]}"; do
  out="$sample/cachegrind.$set.out"
  # The sample's match counts differ from the whole file's: the benchmark's verdict is not the point here.
  valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file="$out" build/release/bench/evb_matcher_bench \
    --plans "$shared/bench/plans.json" --data "$sample" --sets "$set" --min-seconds 0 >/dev/null 2>&1 || true
  cg_annotate "$out" | awk -v set="$set" -v per=$((3 * events)) '
    /evb::/ && !/evb::bench::/ { n = $1; gsub(",", "", n); total += n }
    END { printf "%-30s %8.0f instructions per event\n", set, total / per }'
done
