#!/usr/bin/env bash
# Every test of the project, from a fresh Debian 12 machine: installs what it needs,
# builds the host twice (release, and asan = AddressSanitizer + UBSan), runs the unit
# and black-box tests on both, a bounded fuzz run, the installer tests, the
# extension's own tests and the real-browser tests.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
"$root/scripts/install-deps.sh" --test

step() { printf '\n=== %s\n' "$*"; }

step "release build: unit, black-box and quality tests"
cmake --preset release >/dev/null
cmake --build --preset release
ctest --preset release

step "asan build (AddressSanitizer + UBSan): the same tests"
cmake --preset asan >/dev/null
cmake --build --preset asan
ctest --preset asan

# Every part must be there: a missing or non-executable part fails the run.
for part in tests/fuzz/run.sh tests/installer/run.sh tests/e2e/run.sh; do
  step "$part"
  "./$part"
done
