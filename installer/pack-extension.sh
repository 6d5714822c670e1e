#!/usr/bin/env bash
# Packs the extension for the stores: dist/secondthought-<version>-chromium.zip (Chrome
# Web Store, Edge Add-ons) and dist/secondthought-<version>-firefox.xpi (addons.mozilla.org,
# or a permanent install in Firefox ESR/Developer/Nightly with unsigned add-ons allowed).
# The version is the top-level VERSION file's. Archives are reproducible: sorted entries,
# fixed timestamps, no extra attributes.
#   installer/pack-extension.sh [--out DIR]
set -euo pipefail
src=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out="$src/dist"
while [ "$#" -gt 0 ]; do
  case "$1" in
    --out)
      if [ "$#" -lt 2 ] || [ -z "$2" ]; then echo "pack-extension.sh: --out needs a folder" >&2; exit 2; fi
      out=$2; shift ;;
    -h | --help) echo "usage: installer/pack-extension.sh [--out DIR]   (default DIR: dist/)"; exit 0 ;;
    *) echo "pack-extension.sh: unknown option '$1' (usage: installer/pack-extension.sh [--out DIR])" >&2; exit 2 ;;
  esac
  shift
done
command -v zip >/dev/null 2>&1 || { echo "pack-extension.sh: zip is needed (sudo apt-get install zip)" >&2; exit 1; }
version=$(head -n 1 "$src/VERSION")
mkdir -p "$out"
out=$(cd "$out" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/secondthought-pack.XXXXXX")
trap 'rm -rf "$work"' EXIT

"$src/installer/lay-out-extension.sh" "$work" chromium firefox
# The Chrome Web Store refuses a manifest with "key" (it assigns the id itself); the key
# only pins the id of an unpacked copy.
node -e '
  const fs = require("fs");
  const file = process.argv[1];
  const manifest = JSON.parse(fs.readFileSync(file, "utf8"));
  delete manifest.key;
  fs.writeFileSync(file, JSON.stringify(manifest, null, 2) + "\n");
' "$work/chromium/manifest.json"

pack() {  # family archive
  local archive="$out/$2"
  rm -f "$archive"
  (cd "$work/$1" && find . -exec touch -h -d '2000-01-01 00:00:00 UTC' {} + &&
    find . -type f | LC_ALL=C sort | sed 's|^\./||' | TZ=UTC zip -q -X -D "$archive" -@)
  echo "$archive"
}
pack chromium "secondthought-$version-chromium.zip"
pack firefox "secondthought-$version-firefox.xpi"
