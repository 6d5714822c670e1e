#!/usr/bin/env bash
# Installs, from Debian's packages and npm, what building (and with --test, testing)
# Second Thought needs. Only what is missing is installed; a second run does nothing.
#   scripts/install-deps.sh           build dependencies
#   scripts/install-deps.sh --test    build + test dependencies (browsers, clang, node modules)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
want_test=0
for arg in "$@"; do
  case "$arg" in
    --test) want_test=1 ;;
    *) echo "install-deps.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

build_pkgs=(cmake ninja-build g++ pkg-config nlohmann-json3-dev libre2-dev libutf8proc-dev libspdlog-dev)
test_pkgs=(catch2 libbenchmark-dev clang libclang-rt-14-dev python3 chromium firefox-esr openssl xvfb zip)

missing=()
pkgs=("${build_pkgs[@]}")
[ "$want_test" = 1 ] && pkgs+=("${test_pkgs[@]}")
# node lays the extension out per browser (extension/tools/build.mjs), so it is a build need.
command -v node >/dev/null 2>&1 || { pkgs+=(nodejs); [ "$want_test" = 1 ] && pkgs+=(npm); }
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ "${#missing[@]}" -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "Missing: ${missing[*]}" >&2
    echo "On Fedora: sudo dnf install cmake ninja-build gcc-c++ pkgconf json-devel re2-devel utf8proc-devel spdlog-devel nodejs" >&2
    echo "On macOS:  brew install cmake ninja nlohmann-json re2 utf8proc spdlog pkg-config node" >&2
    exit 1
  fi
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  echo "Installing from Debian's packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ "$want_test" = 1 ] && [ -f "$root/package.json" ]; then
  (cd "$root" && if [ -f package-lock.json ]; then npm ci --no-audit --no-fund --loglevel=error; else npm install --no-audit --no-fund --loglevel=error; fi)
fi
