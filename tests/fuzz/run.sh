#!/usr/bin/env bash
# Builds the `fuzz` preset (clang, libFuzzer, ASan + UBSan) and fuzzes the serve
# loop for a bounded time. docs/fuzzing.md says how to run it for longer.
#   tests/fuzz/run.sh [--seconds N] [--build-dir DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
seconds=60
build="$root/build/fuzz"
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds=${2:?--seconds needs a value}; shift 2 ;;
    --seconds=*) seconds=${1#*=}; shift ;;
    --build-dir) build=${2:?--build-dir needs a value}; shift 2 ;;
    --build-dir=*) build=${1#*=}; shift ;;
    -h|--help) sed -n '2,4p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

cmake --preset fuzz -B "$build" >/dev/null
cmake --build "$build" --target serve_fuzz

# New inputs go to a scratch corpus in the build tree; the seeds stay as committed.
corpus="$build/fuzz-corpus"
artifacts="$build/fuzz-artifacts"
mkdir -p "$corpus" "$artifacts"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export ASAN_OPTIONS="detect_leaks=1"
"$build/tests/fuzz/serve_fuzz" -max_total_time="$seconds" -max_len=65536 -timeout=30 \
  -rss_limit_mb=2560 -artifact_prefix="$artifacts/" -print_final_stats=1 \
  "$corpus" "$root/tests/fuzz/seeds"
