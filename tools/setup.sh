#!/usr/bin/env bash
# setup.sh installs everything the project needs, from Debian and npm only; it is idempotent and quiet
# when there is nothing to do. Dear ImGui's sources come from Debian's `imgui` source package, pinned,
# unpacked into the git-ignored third_party/ folder without touching the system's apt configuration.
# Debian's awscli is the real AWS CLI v2 (2.9.19): the tests compare our output with it, and its bundled
# botocore data is the pinned copy of AWS's service models the build generates the CLI's tables from.
# PyYAML (python3-yaml) reads the YAML output back as a YAML 1.1 reader in that comparison.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

kImguiVersion="1.90.1+ds-1"
kImguiDir="third_party/imgui"
kPackages=(cmake ninja-build g++ clang-14 libclang-rt-14-dev emscripten nlohmann-json3-dev doctest-dev
  nodejs chromium fonts-inter fonts-jetbrains-mono fonts-dejavu-core python3-fonttools xz-utils ca-certificates debian-archive-keyring
  python3 gzip libsimdjson-dev awscli python3-yaml)

say() { printf 'setup: %s\n' "$*"; }

missing_packages() {
  local p
  for p in "${kPackages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || echo "$p"
  done
}

install_debian_packages() {
  local missing
  missing=$(missing_packages)
  [ -z "$missing" ] && return 0
  say "installing Debian packages:" $missing
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

install_npm_packages() {
  local stamp=node_modules/.evb-lock.sha256 want
  want=$(sha256sum package-lock.json | cut -d' ' -f1)
  [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && return 0
  command -v npm >/dev/null || { export DEBIAN_FRONTEND=noninteractive; apt-get install -y -qq npm >/dev/null; }
  say "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
  echo "$want" > "$stamp"
}

fetch_imgui_sources() {
  [ -f "$kImguiDir/imgui.cpp" ] && [ -f "$kImguiDir/.version" ] && [ "$(cat "$kImguiDir/.version")" = "$kImguiVersion" ] && return 0
  say "fetching Dear ImGui $kImguiVersion sources from Debian's imgui source package"
  local apt_state="$root/.cache/apt-imgui"
  mkdir -p "$apt_state/lists/partial" "$apt_state/download"
  local opts=(-o "Dir::Etc::SourceList=$root/tools/imgui.sources" -o Dir::Etc::SourceParts=/dev/null
    -o "Dir::State::Lists=$apt_state/lists" -o Dir::Cache::pkgcache= -o Dir::Cache::srcpkgcache= -o APT::Sandbox::User=root)
  apt-get "${opts[@]}" update -qq >/dev/null
  (cd "$apt_state/download" && apt-get "${opts[@]}" source --download-only -qq "imgui=$kImguiVersion" >/dev/null)
  rm -rf "$kImguiDir" && mkdir -p "$kImguiDir"
  tar xf "$apt_state/download"/imgui_*.orig.tar.* -C "$kImguiDir" --strip-components=1
  echo "$kImguiVersion" > "$kImguiDir/.version"
}

install_debian_packages
install_npm_packages
fetch_imgui_sources
