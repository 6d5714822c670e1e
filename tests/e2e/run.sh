#!/usr/bin/env bash
# The extension's tests: its pure-logic unit tests (node's test runner) and the
# real-browser end-to-end tests, in Debian's Chromium (playwright-core) and Firefox ESR
# (puppeteer-core), against the real host binary registered in fresh profiles.
#   tests/e2e/run.sh                         builds build/release's host if missing
#   SECONDTHOUGHT_HOST=/path/to/host tests/e2e/run.sh
# Screenshots of the panel, the dialog, the popup and the options go to tests/e2e/output/.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"

if [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/puppeteer-core ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
for b in /usr/bin/chromium /usr/bin/firefox-esr; do
  [ -x "$b" ] || { echo "tests/e2e/run.sh: $b is missing (scripts/install-deps.sh --test installs it)" >&2; exit 1; }
done

if [ -z "${SECONDTHOUGHT_HOST:-}" ]; then
  SECONDTHOUGHT_HOST="$root/build/release/host/secondthought-host"
  if [ ! -x "$SECONDTHOUGHT_HOST" ]; then
    cmake --preset release >/dev/null
    cmake --build --preset release
  fi
fi
export SECONDTHOUGHT_HOST
mkdir -p tests/e2e/output

# One run, so the output ends with one summary; files one at a time (two browsers on
# two cores at once would only make each slower and less predictable).
exec node --test --test-concurrency=1 --test-timeout=240000 \
  extension/test/*.test.js tests/e2e/chromium.test.mjs tests/e2e/firefox.test.mjs
