#!/usr/bin/env bash
# test.sh sets everything up, builds, and runs every test suite: the native doctest suites under CTest
# (in the asan+ubsan build: a plain debug build would run the very same tests again, without the sanitizers),
# the bounded fuzz runs, the formatter check, and the browser tests on the wasm site in headless Chromium.
# It prints each stage's time and ends with one line `N passed, N failed`; exits non-zero on a failure.
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
started=$SECONDS
bash tools/setup.sh || { echo "setup failed"; echo "0 passed, 1 failed"; exit 1; }
export NODE_PATH=/usr/share/nodejs  # Debian's emcc finds acorn there
export EVB_JOBS=${EVB_JOBS:-$(nproc)}

passed=0
failed=0
log_dir="$root/build/test-logs"
mkdir -p "$log_dir"

count() { passed=$((passed + $1)); failed=$((failed + $2)); }
stage_times=()

# timed NAME COMMAND... runs one stage and records how long it took.
timed() {
  local name=$1 start=$SECONDS; shift
  "$@"
  stage_times+=("$(printf '%5ds  %s' $((SECONDS - start)) "$name")")
}
section() { printf '\n== %s\n' "$*"; }

# run_ctest PRESET configures, builds and runs one native preset, counting CTest's tests.
run_ctest() {
  local preset=$1 log="$log_dir/ctest-$1.log"
  section "native $preset: build and CTest"
  if ! { cmake --preset "$preset" >/dev/null && cmake --build --preset "$preset" -j "$EVB_JOBS"; } >"$log" 2>&1; then
    tail -n 40 "$log"; echo "build of preset $preset failed (log: $log)"; count 0 1; return
  fi
  ctest --preset "$preset" -j "$EVB_JOBS" >"$log" 2>&1
  grep -E "tests passed|\(Failed\)|\*\*\*" "$log" | tail -n 30
  local total bad
  total=$(sed -nE 's/.*tests failed out of ([0-9]+).*/\1/p' "$log" | tail -n 1)
  bad=$(sed -nE 's/.* ([0-9]+) tests failed out of.*/\1/p' "$log" | tail -n 1)
  if [ -z "$total" ]; then echo "CTest printed no summary (log: $log)"; count 0 1; return; fi
  count $((total - bad)) "$bad"
}

# run_step NAME COMMAND... runs one check that passes or fails as a whole.
run_step() {
  local name=$1; shift
  section "$name"
  if "$@"; then count 1 0; else echo "FAILED: $name"; count 0 1; fi
}

# run_browser_tests builds the wasm site and runs the node:test browser suites, counting their tests.
run_browser_tests() {
  local log="$log_dir/browser.log"
  section "wasm site: build and browser tests"
  if ! { cmake --preset wasm >/dev/null && cmake --build --preset wasm -j "$EVB_JOBS"; } >"$log" 2>&1; then
    tail -n 40 "$log"; echo "wasm build failed (log: $log)"; count 0 1; return
  fi
  node --test --test-concurrency=1 tests/browser/ >"$log" 2>&1
  grep -E "^# (pass|fail)" "$log"
  # Each failing test with its error: the TAP lines from "not ok" to the end of its YAML block.
  awk '/^not ok/ { show = 1 } show { print } show && /^  \.\.\./ { show = 0 }' "$log" | head -n 120
  local ok bad
  ok=$(sed -nE 's/^# pass ([0-9]+)/\1/p' "$log" | tail -n 1)
  bad=$(sed -nE 's/^# fail ([0-9]+)/\1/p' "$log" | tail -n 1)
  if [ -z "$ok" ]; then tail -n 40 "$log"; echo "browser tests printed no summary"; count 0 1; return; fi
  count "$ok" "$bad"
}

stage_times+=("$(printf '%5ds  %s' $((SECONDS - started)) "setup")")
timed "native asan+ubsan: build and CTest" run_ctest asan
timed "fuzz: build and bounded runs" run_step "fuzz: bounded libFuzzer runs" bash tools/fuzz.sh
timed "format check" run_step "format: clang-format check" bash tools/format.sh --check
timed "wasm: build and browser tests" run_browser_tests

section "stage times"
printf '%s\n' "${stage_times[@]}"
printf '%5ds  total\n' $((SECONDS - started))
echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
