#!/usr/bin/env bash
# play.sh sets everything up, builds the WebAssembly site and serves it on http://localhost:8000.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
bash tools/setup.sh
export NODE_PATH=/usr/share/nodejs  # Debian's emcc finds acorn there
cmake --preset wasm >/dev/null
cmake --build --preset wasm -j "$(nproc)" | grep -vE '^\[[0-9]+/[0-9]+\]' || true
test -f build/wasm/site/evb_web.wasm || { echo "the wasm build failed" >&2; exit 1; }
exec node tools/serve.mjs build/wasm/site "${PORT:-8000}"
