#!/usr/bin/env bash
# Lays the extension out, ready to load, in OUT/<browser>/ for each browser family
# (default: chromium firefox), with the version from the top-level VERSION file.
# The layout itself is extension/tools/build.mjs's; this only stamps the version.
#   installer/lay-out-extension.sh OUT [chromium] [firefox]
set -euo pipefail
src=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [ "$#" -lt 1 ] || [ -z "$1" ]; then
  echo "usage: installer/lay-out-extension.sh OUT [chromium] [firefox]" >&2
  exit 2
fi
out=$1
shift
families=("$@")
[ "${#families[@]}" -gt 0 ] || families=(chromium firefox)
for f in "${families[@]}"; do
  case "$f" in chromium | firefox) ;; *) echo "lay-out-extension.sh: unknown browser family '$f'" >&2; exit 2 ;; esac
done
if ! command -v node >/dev/null 2>&1; then
  echo "lay-out-extension.sh: node is needed to lay out the extension (Debian/Ubuntu: sudo apt-get install nodejs;" \
    "Fedora: sudo dnf install nodejs; macOS: brew install node)" >&2
  exit 1
fi
version=$(head -n 1 "$src/VERSION")
node "$src/extension/tools/build.mjs" --out "$out" "${families[@]}" >/dev/null
for f in "${families[@]}"; do
  node -e '
    const fs = require("fs");
    const [file, version] = process.argv.slice(1);
    const manifest = JSON.parse(fs.readFileSync(file, "utf8"));
    manifest.version = version;
    fs.writeFileSync(file, JSON.stringify(manifest, null, 2) + "\n");
  ' "$out/$f/manifest.json" "$version"
done
