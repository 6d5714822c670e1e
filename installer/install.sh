#!/usr/bin/env bash
# Sets Second Thought up in one command: installs missing build dependencies, builds a
# Release host, installs it at a stable path and writes its native-messaging manifest
# everywhere a known browser looks (installer/browsers.tsv), then says how to load the
# extension. A second run changes nothing; --uninstall removes exactly what was written.
set -euo pipefail
# Bash 5.2 would otherwise treat "&" in a substituted path as "the matched text".
shopt -u patsub_replacement 2>/dev/null || true

src=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
table="$src/installer/browsers.tsv"
ids_file="$src/extension/ids.json"
host_name="org.secondthought.host"
host_file="secondthought-host"

usage() {
  cat <<EOF
Usage: installer/install.sh [options]

Builds the Second Thought host, installs it and writes its native-messaging manifest for
every browser it knows: $(known_names)
(and their Flatpak installs found under ~/.var/app). Per user by default.

  --system              for all users: host in /opt/secondthought/bin, manifests in the
                        browsers' system folders (run it with sudo)
  --browser NAME        only this browser; repeatable
  --user-data-dir DIR   a Chromium-family browser started with --user-data-dir=DIR:
                        writes DIR/NativeMessagingHosts; repeatable. Without --browser,
                        only these folders are written
  --prefix DIR          the host goes to DIR/bin/$host_file
                        (default ~/.local, or /opt/secondthought with --system)
  --root DIR            stage every file under DIR, as DESTDIR does (manifests still
                        name the final path); DESTDIR in the environment does the same
  --host-binary PATH    install this host instead of building one (implies --no-build)
  --build-dir DIR       build (or reuse a build) there; default build/installer
  --no-build            do not build; install the build folder's host as it is
  --no-deps             do not install missing build dependencies
  --uninstall           remove what earlier runs wrote (same --system/--prefix/--root)
  -h, --help            show this text
EOF
}

die() { printf 'install.sh: %s\n' "$*" >&2; exit 1; }
usage_error() { printf 'install.sh: %s\nRun installer/install.sh --help for the options.\n' "$*" >&2; exit 2; }

# --- the browser table --------------------------------------------------------------
b_name=() b_family=() b_display=() b_cmds=() b_lin_user=() b_lin_sys=() b_mac_app=()
b_mac_user=() b_mac_sys=() b_fp_id=() b_fp_dir=() b_page=()
while IFS=$'\t' read -r name family display cmds lu ls mapp mu ms fid fdir _win page; do
  case "$name" in '' | '#'*) continue ;; esac
  b_name+=("$name") b_family+=("$family") b_display+=("$display") b_cmds+=("$cmds")
  b_lin_user+=("$lu") b_lin_sys+=("$ls") b_mac_app+=("$mapp") b_mac_user+=("$mu")
  b_mac_sys+=("$ms") b_fp_id+=("$fid") b_fp_dir+=("$fdir") b_page+=("$page")
done <"$table"
known_names() { printf '%s ' "${b_name[@]}"; }
browser_index() {
  local i
  for i in "${!b_name[@]}"; do [ "${b_name[$i]}" = "$1" ] && { echo "$i"; return 0; }; done
  return 1
}

# --- options --------------------------------------------------------------------------
system=0 uninstall=0 no_build=0 no_deps=0 prefix="" root="${DESTDIR:-}" host_binary=""
build_dir="$src/build/installer"
browsers=() user_data_dirs=()
need_arg() { if [ "$#" -lt 2 ] || [ -z "$2" ]; then usage_error "$1 needs a value"; fi; }
absolute() { case "$1" in /*) printf '%s' "$1" ;; *) printf '%s/%s' "$PWD" "$1" ;; esac; }
while [ "$#" -gt 0 ]; do
  case "$1" in
    --system) system=1 ;;
    --uninstall) uninstall=1 ;;
    --no-build) no_build=1 ;;
    --no-deps) no_deps=1 ;;
    --browser)
      need_arg "$@"
      browser_index "$2" >/dev/null || usage_error "unknown browser '$2' (known: $(known_names))"
      browsers+=("$2"); shift ;;
    --user-data-dir) need_arg "$@"; user_data_dirs+=("$(absolute "$2")"); shift ;;
    --prefix) need_arg "$@"; prefix=$(absolute "$2"); shift ;;
    --root) need_arg "$@"; root=$(absolute "$2"); shift ;;
    --host-binary) need_arg "$@"; host_binary=$(absolute "$2"); no_build=1; shift ;;
    --build-dir) need_arg "$@"; build_dir=$(absolute "$2"); shift ;;
    -h | --help) usage; exit 0 ;;
    *) usage_error "unknown option '$1'" ;;
  esac
  shift
done
root=${root%/}
if [ "$system" = 1 ] && [ "${#user_data_dirs[@]}" -gt 0 ]; then
  usage_error "--user-data-dir is a per-user folder: do not combine it with --system"
fi
if [ "$uninstall" = 1 ] && { [ "${#browsers[@]}" -gt 0 ] || [ "${#user_data_dirs[@]}" -gt 0 ] || [ -n "$host_binary" ]; }; then
  usage_error "--uninstall removes everything the record lists: it takes only --system, --prefix and --root"
fi

case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=mac ;;
  *) die "this script is for Linux and macOS; on Windows run installer/install.ps1" ;;
esac
[ -n "${HOME:-}" ] || die "HOME is not set"
if [ -z "$prefix" ]; then
  if [ "$system" = 1 ]; then prefix=/opt/secondthought; else prefix="$HOME/.local"; fi
fi
host_path="$prefix/bin/$host_file"
record="$prefix/share/secondthought/install-record.tsv"

sha_of() {
  if command -v sha256sum >/dev/null 2>&1; then sha256sum "$1" | cut -d' ' -f1
  else shasum -a 256 "$1" | cut -d' ' -f1; fi
}

# --- uninstall: remove what the record lists, if it is still what we wrote -------------
if [ "$uninstall" = 1 ]; then
  [ -f "$root$record" ] || { echo "Nothing to remove: no install record at $root$record"; exit 0; }
  removed=0 kept=0
  while IFS=$'\t' read -r kind sum path; do
    [ "$kind" = file ] || continue
    if [ ! -e "$root$path" ]; then continue; fi
    if [ "$(sha_of "$root$path")" = "$sum" ]; then
      rm -f "$root$path"; removed=$((removed + 1))
    else
      echo "Left in place (changed since it was installed): $root$path"; kept=$((kept + 1))
    fi
  done <"$root$record"
  dirs=$(awk -F'\t' '$1 == "dir" { print $3 }' "$root$record" | awk '{ print length($0) "\t" $0 }' | sort -rn | cut -f2-)
  rm -f "$root$record"
  while IFS= read -r d; do
    if [ -n "$d" ] && [ -d "$root$d" ]; then rmdir "$root$d" 2>/dev/null || true; fi
  done <<<"$dirs"
  echo "Removed $removed files written by the installer; $kept changed files left in place."
  exit 0
fi

# --- dependencies and build -----------------------------------------------------------
ensure_deps() {
  if command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1; then
    "$src/scripts/install-deps.sh"
    return
  fi
  # Not Debian or Ubuntu: trust what is installed; install-deps.sh prints the Fedora
  # and macOS commands when the tools are missing.
  local tool
  for tool in cmake ninja c++ pkg-config; do
    command -v "$tool" >/dev/null 2>&1 || { "$src/scripts/install-deps.sh"; return; }
  done
}
if [ -z "$host_binary" ]; then
  if [ "$no_build" = 0 ]; then
    [ "$no_deps" = 1 ] || ensure_deps
    if [ ! -f "$build_dir/CMakeCache.txt" ]; then
      cmake -S "$src" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DST_BUILD_TESTS=OFF -DST_BUILD_BENCH=OFF >/dev/null
    fi
    echo "Building the host (Release) in $build_dir ..."
    cmake --build "$build_dir" --target "$host_file"
  fi
  host_binary="$build_dir/host/$host_file"
fi
[ -x "$host_binary" ] || die "no host binary at $host_binary (build it, or pass --host-binary PATH)"

# --- the extension's pinned IDs --------------------------------------------------------
[ -f "$ids_file" ] || die "missing $ids_file (the extension's pinned IDs)"
read_id() { sed -n "s/^[[:space:]]*\"$1\"[[:space:]]*:[[:space:]]*\"\([^\"\\\\]*\)\".*/\1/p" "$ids_file" | head -n 1; }
chromium_id=$(read_id chromium)
firefox_id=$(read_id firefox)
[[ "$chromium_id" =~ ^[a-p]{32}$ ]] || die "$ids_file: \"chromium\" is not a 32-letter extension id"
[ -n "$firefox_id" ] || die "$ids_file: \"firefox\" is missing"

# --- writing files: atomically, only when different, each one recorded ---------------
work=$(mktemp -d "${TMPDIR:-/tmp}/secondthought-install.XXXXXX")
trap 'rm -rf "$work"' EXIT
: >"$work/record"
written=0 unchanged=0

note() { printf '%s\t%s\t%s\n' "$1" "$2" "$3" >>"$work/record"; }
file_mode() { stat -c %a "$1" 2>/dev/null || stat -f %Lp "$1"; }
ensure_dir() {
  local d=$1 missing=()
  while [ ! -d "$d" ]; do missing=("$d" ${missing[@]+"${missing[@]}"}); d=$(dirname "$d"); done
  for d in ${missing[@]+"${missing[@]}"}; do
    mkdir "$d" || die "cannot create $d (a system-wide install needs sudo)"
    note dir - "${d#"$root"}"
  done
}
# put_file SOURCE DEST MODE: DEST is the final (unrooted) path.
put_file() {
  local from=$1 dest="$root$2" mode=$3 tmp
  ensure_dir "$(dirname "$dest")"
  if [ -f "$dest" ] && [ ! -L "$dest" ] && cmp -s "$from" "$dest"; then
    [ "$(file_mode "$dest")" = "$mode" ] || chmod "$mode" "$dest"
    unchanged=$((unchanged + 1))
  else
    tmp=$(mktemp "$(dirname "$dest")/.secondthought.XXXXXX") || die "cannot write in $(dirname "$dest")"
    if ! { cp "$from" "$tmp" && chmod "$mode" "$tmp" && mv -f "$tmp" "$dest"; }; then
      rm -f "$tmp"; die "cannot write $dest"
    fi
    written=$((written + 1))
  fi
  note file "$(sha_of "$dest")" "$2"
}
json_escape() { local s=${1//\\/\\\\}; printf '%s' "${s//\"/\\\"}"; }
# render FAMILY HOST_PATH OUT: a manifest from manifests/<family>.json.in
render() {
  local t
  t=$(cat "$src/manifests/$1.json.in")
  t=${t//@NAME@/$host_name}
  t=${t//@HOST_PATH@/$(json_escape "$2")}
  t=${t//@CHROMIUM_ID@/$chromium_id}
  t=${t//@FIREFOX_ID@/$firefox_id}
  printf '%s\n' "$t" >"$3"
}
sh_quote() { printf "'%s'" "${1//\'/\'\\\'\'}"; }

case "$host_path" in *$'\n'* | *$'\t'*) die "the install path may not contain tabs or newlines" ;; esac
put_file "$host_binary" "$host_path" 755

# The extension, laid out per browser family at a stable path: what "Load unpacked" and
# "Load Temporary Add-on" point at, so the source checkout may move or go.
ext_root="$prefix/share/secondthought/extension"
"$src/installer/lay-out-extension.sh" "$work/ext" chromium firefox || die "could not lay out the extension"
while IFS= read -r -d '' f; do
  put_file "$f" "$ext_root/${f#"$work/ext/"}" 644
done < <(find "$work/ext" -type f -print0 | LC_ALL=C sort -z)

selected() {  # is browser index $1 selected?
  local b
  [ "${#browsers[@]}" -eq 0 ] && { [ "${#user_data_dirs[@]}" -eq 0 ]; return; }
  for b in "${browsers[@]}"; do [ "$b" = "${b_name[$1]}" ] && return 0; done
  return 1
}

render chromium "$host_path" "$work/chromium.json"
render firefox "$host_path" "$work/firefox.json"
done_dirs="|"
write_manifest() {  # family dir
  case "$done_dirs" in *"|$2|"*) return 0 ;; esac
  done_dirs="$done_dirs$2|"
  put_file "$work/$1.json" "$2/$host_name.json" 644
}

flatpak_notes=()
for i in "${!b_name[@]}"; do
  selected "$i" || continue
  fam=${b_family[$i]}
  if [ "$system" = 1 ]; then
    if [ "$os" = linux ]; then dir=${b_lin_sys[$i]%%,*}; else dir=${b_mac_sys[$i]%%,*}; fi
    [ "$dir" = - ] || write_manifest "$fam" "$dir"
    continue
  fi
  if [ "$os" = linux ]; then write_manifest "$fam" "$HOME/${b_lin_user[$i]}"
  else write_manifest "$fam" "$HOME/${b_mac_user[$i]}"; fi
  # A Flatpak browser cannot start a program outside its sandbox by itself: the manifest
  # inside its folder points at a wrapper that asks flatpak-spawn to run the real host.
  fid=${b_fp_id[$i]}
  if [ "$os" = linux ] && [ "$fid" != - ] && [ -d "$root$HOME/.var/app/$fid" ]; then
    wrapper="$HOME/.var/app/$fid/data/secondthought/$host_file"
    printf '#!/bin/sh\n# Written by Second Thought'"'"'s installer: runs the host outside the Flatpak sandbox.\nexec flatpak-spawn --host %s "$@"\n' \
      "$(sh_quote "$host_path")" >"$work/wrapper"
    put_file "$work/wrapper" "$wrapper" 755
    render "$fam" "$wrapper" "$work/flatpak-$fid.json"
    put_file "$work/flatpak-$fid.json" "$HOME/.var/app/$fid/${b_fp_dir[$i]}/$host_name.json" 644
    flatpak_notes+=("${b_display[$i]} (Flatpak $fid): allow it to start programs outside its sandbox, once: flatpak override --user --talk-name=org.freedesktop.Flatpak $fid")
  fi
done
for d in ${user_data_dirs[@]+"${user_data_dirs[@]}"}; do
  write_manifest chromium "$d/NativeMessagingHosts"
done

# --- the record: what this and earlier runs wrote, for --uninstall --------------------
record_dir=$(dirname "$root$record")
ensure_dir "$record_dir"
{ [ -f "$root$record" ] && cat "$root$record"; cat "$work/record"; } |
  awk -F'\t' '{ last[$3] = $0 } END { for (p in last) print last[p] }' | LC_ALL=C sort -t$'\t' -k3 >"$work/record.new"
if [ -f "$root$record" ] && cmp -s "$work/record.new" "$root$record"; then :; else
  tmp=$(mktemp "$record_dir/.secondthought.XXXXXX")
  cp "$work/record.new" "$tmp" && chmod 644 "$tmp" && mv -f "$tmp" "$root$record"
fi

# --- how to load the extension in each browser found ----------------------------------
echo
echo "Host: $root$host_path. Files: $written written, $unchanged already up to date."
[ -z "$root" ] || { echo "(staged under $root: nothing outside it was touched)"; exit 0; }
ext="$ext_root"
found=0
for i in "${!b_name[@]}"; do
  selected "$i" || continue
  present=0
  IFS=, read -r -a cmds <<<"${b_cmds[$i]}"
  for c in "${cmds[@]}"; do command -v "$c" >/dev/null 2>&1 && present=1; done
  [ "$os" = mac ] && { [ -d "/Applications/${b_mac_app[$i]}" ] || [ -d "$HOME/Applications/${b_mac_app[$i]}" ]; } && present=1
  [ "${b_fp_id[$i]}" != - ] && [ -d "$HOME/.var/app/${b_fp_id[$i]}" ] && present=1
  [ "$present" = 1 ] || continue
  found=1
  if [ "${b_family[$i]}" = chromium ]; then
    echo "${b_display[$i]}: open ${b_page[$i]}, turn on Developer mode, click \"Load unpacked\" and choose $ext/chromium"
  else
    echo "${b_display[$i]}: open ${b_page[$i]}, click \"Load Temporary Add-on...\" and choose $ext/firefox/manifest.json"
    echo "    (it stays until ${b_display[$i]} restarts; installer/pack-extension.sh makes a .xpi that Firefox ESR, Developer Edition"
    echo "    or Nightly keep for good once about:config has xpinstall.signatures.required = false)"
  fi
done
for d in ${user_data_dirs[@]+"${user_data_dirs[@]}"}; do
  found=1
  echo "Chromium-family browser started with --user-data-dir=$d: open chrome://extensions, turn on Developer mode, click \"Load unpacked\" and choose $ext/chromium"
done
if [ "$found" = 0 ]; then
  echo "No browser found yet. Install one (Debian/Ubuntu: sudo apt-get install chromium), then:"
  echo "  Chromium-family: chrome://extensions -> Developer mode -> Load unpacked -> $ext/chromium"
  echo "  Firefox: about:debugging#/runtime/this-firefox -> Load Temporary Add-on... -> $ext/firefox/manifest.json"
fi
for n in ${flatpak_notes[@]+"${flatpak_notes[@]}"}; do echo "$n"; done
for s in chromium firefox; do
  if [ -e "/snap/bin/$s" ]; then
    if [ "$s" = firefox ]; then
      echo "Snap Firefox reaches the host only through the WebExtensions portal (Ubuntu 22.04+ with xdg-desktop-portal); if it reports \"host not found\", use Firefox from a .deb or Mozilla's tarball."
    else
      echo "Snap Chromium cannot start programs outside its confinement: use Chromium or Chrome from a .deb for Second Thought."
    fi
  fi
done
if [ "$system" = 1 ]; then echo "Check the set-up at any time: $host_path doctor --system"
else echo "Check the set-up at any time: $host_path doctor"; fi
