#!/usr/bin/env bash
# Installer, doctor and package tests. Everything happens in a scratch folder: HOME is
# a temporary folder, system installs go under a temporary root, nothing runs apt-get.
# Uses the release build's host (ST_BUILD_DIR to choose another build folder).
set -euo pipefail
src=$(cd "$(dirname "$0")/../.." && pwd)
here="$src/tests/installer"
build_dir=$(realpath -m "${ST_BUILD_DIR:-$src/build/release}")
host_bin="$build_dir/host/secondthought-host"
if [ ! -x "$host_bin" ]; then
  echo "Building the host in $build_dir first"
  cmake -S "$src" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$build_dir" --target secondthought-host
fi

scratch=$(mktemp -d "${TMPDIR:-/tmp}/secondthought-installer-tests.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
install_sh="$src/installer/install.sh"
chromium_id=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["chromium"])' "$src/extension/ids.json")
firefox_id=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["firefox"])' "$src/extension/ids.json")
version=$(head -n 1 "$src/VERSION")
chromium_manifest=".config/chromium/NativeMessagingHosts/org.secondthought.host.json"
firefox_manifest=".mozilla/native-messaging-hosts/org.secondthought.host.json"

# --- helpers --------------------------------------------------------------------------
fail() { echo "FAILED: $*" >&2; return 1; }
expect_status() {  # want cmd...: runs cmd, output to $out, fails unless status is want
  local want=$1 got=0
  shift
  "$@" >"$t/out" 2>&1 || got=$?
  [ "$got" = "$want" ] || { cat "$t/out" >&2; fail "exit status $got, want $want: $*"; }
}
expect_out() { grep -qF -- "$1" "$t/out" || { cat "$t/out" >&2; fail "output lacks: $1"; }; }
refuse_out() { ! grep -qF -- "$1" "$t/out" || { cat "$t/out" >&2; fail "output should not have: $1"; }; }
# A per-test HOME with something of the user's already in it, which must survive.
new_home() {
  mkdir -p "$t/home/.config/chromium/Default"
  echo '{"user":"data"}' >"$t/home/.config/chromium/Default/Preferences"
}
user_install() { HOME="$t/home" "$install_sh" --host-binary "$host_bin" "$@"; }
installed_host() { echo "$t/home/.local/bin/secondthought-host"; }
doctor() { HOME="$t/home" "$(installed_host)" doctor "$@"; }
names() { (cd "$1" && find . -printf '%p %y\n' | LC_ALL=C sort); }
snapshot() {  # names, modes, mtimes and checksums
  (cd "$1" && find . -printf '%p %y %m %T@\n' | LC_ALL=C sort && find . -type f -exec sha256sum {} + | LC_ALL=C sort -k2)
}
break_manifest() {  # python expression on m, the Chromium manifest's JSON
  python3 - "$t/home/$chromium_manifest" "$1" <<'EOF'
import json, sys
path, change = sys.argv[1], sys.argv[2]
m = json.load(open(path))
exec(change)
json.dump(m, open(path, "w"))
EOF
}

# --- the tests --------------------------------------------------------------------------
test_usage_is_strict() {
  expect_status 2 "$install_sh" --frobnicate
  expect_out "unknown option '--frobnicate'"
  expect_out "--help"
  expect_status 2 "$install_sh" --browser netscape
  expect_out "unknown browser 'netscape'"
  expect_status 2 "$install_sh" --browser
  expect_out "--browser needs a value"
  expect_status 2 "$install_sh" --uninstall --browser chromium
  expect_status 0 "$install_sh" --help
  expect_out "--user-data-dir DIR"
}

test_user_install_writes_every_manifest() {
  new_home
  expect_status 0 user_install
  expect_out "Check the set-up at any time: $(installed_host) doctor"
  python3 "$here/check_install.py" --scope user --home "$t/home" --host-path "$(installed_host)" >"$t/out" ||
    { cat "$t/out" >&2; fail "manifests"; }
  expect_out "7 manifests checked"
  cmp -s "$host_bin" "$(installed_host)" || fail "installed host differs from the build"
  [ -f "$t/home/.local/share/secondthought/extension/chromium/manifest.json" ] || fail "no Chromium extension layout"
  [ -f "$t/home/.local/share/secondthought/extension/firefox/manifest.json" ] || fail "no Firefox extension layout"
  grep -q "\"version\": \"$version\"" "$t/home/.local/share/secondthought/extension/chromium/manifest.json" ||
    fail "the laid-out extension does not carry VERSION's $version"
}

test_debian_chromium_manifest_is_where_chromium_looks() {
  new_home
  expect_status 0 user_install
  python3 - "$t/home/$chromium_manifest" "$(installed_host)" "$chromium_id" <<'EOF'
import json, sys
m = json.load(open(sys.argv[1]))
assert m["path"] == sys.argv[2], m
assert m["allowed_origins"] == ["chrome-extension://%s/" % sys.argv[3]], m
EOF
}

test_second_install_changes_nothing() {
  new_home
  expect_status 0 user_install
  snapshot "$t/home" >"$t/first"
  sleep 1.1  # a rewrite would now show as a new mtime
  expect_status 0 user_install
  expect_out "0 written"
  snapshot "$t/home" >"$t/second"
  diff "$t/first" "$t/second" >&2 || fail "the second run changed files"
}

test_uninstall_leaves_nothing_behind() {
  new_home
  names "$t/home" >"$t/before"
  expect_status 0 user_install
  expect_status 0 env HOME="$t/home" "$install_sh" --uninstall
  names "$t/home" >"$t/after"
  diff "$t/before" "$t/after" >&2 || fail "uninstall left something, or removed the user's files"
  grep -q '"user":"data"' "$t/home/.config/chromium/Default/Preferences" || fail "the user's file changed"
}

test_uninstall_keeps_a_file_the_user_changed() {
  new_home
  expect_status 0 user_install
  echo '{"mine": true}' >"$t/home/$firefox_manifest"
  expect_status 0 env HOME="$t/home" "$install_sh" --uninstall
  expect_out "Left in place (changed since it was installed): $t/home/$firefox_manifest"
  [ -f "$t/home/$firefox_manifest" ] || fail "removed a file it no longer wrote"
  [ ! -e "$t/home/$chromium_manifest" ] || fail "left its own Chromium manifest"
  [ ! -e "$(installed_host)" ] || fail "left the host"
}

test_browser_option_limits_what_is_written() {
  new_home
  expect_status 0 user_install --browser chromium
  python3 "$here/check_install.py" --scope user --home "$t/home" --host-path "$(installed_host)" --browser chromium >/dev/null ||
    fail "no Chromium manifest"
  python3 "$here/check_install.py" --scope user --home "$t/home" --host-path "$(installed_host)" --expect-absent \
    --browser chrome --browser edge --browser brave --browser vivaldi --browser firefox --browser librewolf >&2 ||
    fail "wrote manifests for browsers not asked for"
}

test_user_data_dir_gets_its_own_manifest() {
  new_home
  mkdir -p "$t/profile"
  expect_status 0 user_install --user-data-dir "$t/profile"
  [ -f "$t/profile/NativeMessagingHosts/org.secondthought.host.json" ] || fail "no manifest in the profile"
  [ ! -e "$t/home/$chromium_manifest" ] || fail "--user-data-dir alone should not write the default folders"
  expect_status 0 doctor --user-data-dir "$t/profile"
  expect_out "[ok]   Chromium (profile $t/profile)"
  expect_status 1 doctor --user-data-dir "$t/elsewhere"
  expect_out "install.sh --user-data-dir $t/elsewhere"
}

test_system_install_into_a_root() {
  new_home
  names "$t/home" >"$t/home-before"
  expect_status 0 env HOME="$t/home" "$install_sh" --system --root "$t/root" --host-binary "$host_bin"
  python3 "$here/check_install.py" --scope system --home / --root "$t/root" \
    --host-path /opt/secondthought/bin/secondthought-host >"$t/out" || { cat "$t/out" >&2; fail "system manifests"; }
  [ -f "$t/root/etc/chromium/native-messaging-hosts/org.secondthought.host.json" ] || fail "no /etc/chromium manifest"
  [ -f "$t/root/usr/lib/mozilla/native-messaging-hosts/org.secondthought.host.json" ] || fail "no /usr/lib/mozilla manifest"
  names "$t/home" >"$t/home-after"
  diff "$t/home-before" "$t/home-after" >&2 || fail "a system install wrote into HOME"
  expect_status 0 "$t/root/opt/secondthought/bin/secondthought-host" doctor --system --root "$t/root"
  expect_out "Result: every browser asked about can reach the host."
  expect_status 0 env HOME="$t/home" "$install_sh" --system --root "$t/root" --uninstall
  [ -z "$(ls -A "$t/root")" ] || { find "$t/root" >&2; fail "uninstall left files in the root"; }
}

test_prefix_and_destdir() {
  new_home
  expect_status 0 user_install --prefix "$t/apps" --browser chromium
  [ -x "$t/apps/bin/secondthought-host" ] || fail "no host under --prefix"
  python3 "$here/check_install.py" --scope user --home "$t/home" --host-path "$t/apps/bin/secondthought-host" \
    --browser chromium >&2 || fail "manifest does not point into --prefix"
  expect_status 0 env HOME="$t/home" "$install_sh" --uninstall --prefix "$t/apps"
  [ ! -e "$t/apps" ] || fail "uninstall left the prefix"
  [ ! -e "$t/home/$chromium_manifest" ] || fail "uninstall left the manifest"
  # DESTDIR in the environment stages like --root.
  expect_status 0 env HOME="$t/home" DESTDIR="$t/stage" "$install_sh" --system --browser firefox --host-binary "$host_bin"
  python3 "$here/check_install.py" --scope system --home / --root "$t/stage" --browser firefox \
    --host-path /opt/secondthought/bin/secondthought-host >&2 || fail "DESTDIR staging"
}

test_flatpak_browser_gets_a_wrapper() {
  new_home
  mkdir -p "$t/home/.var/app/org.chromium.Chromium"
  expect_status 0 user_install --browser chromium
  expect_out "flatpak override --user --talk-name=org.freedesktop.Flatpak org.chromium.Chromium"
  local app="$t/home/.var/app/org.chromium.Chromium"
  local wrapper="$app/data/secondthought/secondthought-host"
  [ -x "$wrapper" ] || fail "no executable wrapper"
  grep -qF "exec flatpak-spawn --host '$(installed_host)'" "$wrapper" || fail "the wrapper does not run the host"
  python3 - "$app/config/chromium/NativeMessagingHosts/org.secondthought.host.json" "$wrapper" <<'EOF' || fail "flatpak manifest"
import json, sys
m = json.load(open(sys.argv[1]))
assert m["path"] == sys.argv[2], m
EOF
  expect_status 0 doctor --browser chromium
  expect_out "Chromium (flatpak)"
}

test_doctor_passes_on_a_good_install() {
  new_home
  expect_status 0 user_install
  expect_status 0 doctor
  expect_out "Result: every browser asked about can reach the host."
  refuse_out "[FAIL]"
  expect_status 0 doctor --browser chromium --browser firefox --json
  python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); assert r["ok"] is True and all(t["reachable"] for t in r["targets"]), r' "$t/out" ||
    fail "JSON report"
}

test_doctor_fails_when_nothing_is_installed() {
  new_home
  expect_status 1 env HOME="$t/home" "$host_bin" doctor --browser chromium
  expect_out "no manifest in $t/home/.config/chromium/NativeMessagingHosts"
  expect_out "fix: run $src/installer/install.sh --browser chromium"
}

# Each broken fixture: doctor must fail for Chromium, say what is wrong and name the fix.
doctor_names_the_fix() {  # change expected-message
  new_home
  expect_status 0 user_install --browser chromium
  break_manifest "$1"
  expect_status 1 doctor --browser chromium
  expect_out "$2"
  expect_out "fix: run $src/installer/install.sh --browser chromium"
  # ...and the fix it names does fix it.
  expect_status 0 user_install --browser chromium
  expect_status 0 doctor --browser chromium
}
test_doctor_wrong_name() {
  doctor_names_the_fix 'm["name"] = "org.secondthought.other"' \
    '"name" is "org.secondthought.other" but the file is org.secondthought.host.json'
}
test_doctor_missing_slash() {
  doctor_names_the_fix 'm["allowed_origins"] = [o.rstrip("/") for o in m["allowed_origins"]]' \
    "lacks the trailing \"/\": Chromium then reports \"host not found\""
}
test_doctor_relative_path() {
  doctor_names_the_fix 'm["path"] = "bin/secondthought-host"' '"path" "bin/secondthought-host" is relative'
}
test_doctor_missing_binary() {
  doctor_names_the_fix 'm["path"] = m["path"] + "-gone"' "does not exist (was the host moved or deleted?)"
}
test_doctor_wrong_id() {
  doctor_names_the_fix 'm["allowed_origins"] = ["chrome-extension://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/"]' \
    "does not allow the extension's id: it should hold \"chrome-extension://$chromium_id/\""
}
test_doctor_invalid_json() {
  new_home
  expect_status 0 user_install --browser firefox
  printf '{"name": ' >"$t/home/$firefox_manifest"
  expect_status 1 doctor --browser firefox
  expect_out "is not valid JSON"
  expect_out "fix: run $src/installer/install.sh --browser firefox"
}
test_doctor_firefox_wrong_id() {
  new_home
  expect_status 0 user_install --browser firefox
  python3 - "$t/home/$firefox_manifest" <<'EOF'
import json, sys
m = json.load(open(sys.argv[1])); m["allowed_extensions"] = ["someone@else.org"]; json.dump(m, open(sys.argv[1], "w"))
EOF
  expect_status 1 doctor --browser firefox
  expect_out "\"allowed_extensions\" does not list the extension's id \"$firefox_id\""
}
test_doctor_usage_errors() {
  expect_status 2 "$host_bin" doctor --browser netscape
  expect_out "unknown browser 'netscape'"
  expect_status 2 "$host_bin" doctor --bogus
  expect_out "unknown option '--bogus'"
  expect_status 2 "$host_bin" doctor --system --user-data-dir /tmp/x
  expect_status 0 "$host_bin" doctor --help
  expect_out "--user-data-dir DIR"
}

test_installed_host_answers_hello_as_chromium_starts_it() {
  new_home
  expect_status 0 user_install
  expect_status 0 python3 "$here/start_like_browser.py" "$t/home/$chromium_manifest"
  expect_out '"type": "hello"'
  expect_status 0 python3 "$here/start_like_browser.py" "$t/home/$firefox_manifest"
  expect_out '"protocol": 1'
}

test_debian_chromium_reaches_the_installed_host() {
  # The README's promise: install.sh, then Chromium with the unpacked extension, no other step.
  new_home
  expect_status 0 user_install
  expect_out "Chromium: open chrome://extensions"
  local ext="$t/home/.local/share/secondthought/extension/chromium"
  expect_status 0 env HOME="$t/home" timeout 120 node "$here/chromium_probe.cjs" "$ext"
  expect_out "chrome-extension://$chromium_id/"
  expect_out '"type":"hello","protocol":1'
}

test_real_build_path() {
  # install.sh builds with CMake itself; pointed at the already built release folder
  # this is only an up-to-date check, so it stays cheap.
  new_home
  expect_status 0 env HOME="$t/home" "$install_sh" --no-deps --build-dir "$build_dir" --browser chromium
  expect_out "Building the host (Release) in $build_dir"
  cmp -s "$host_bin" "$(installed_host)" || fail "installed host is not the built one"
  expect_status 0 doctor --browser chromium
}

test_deb_package_contents() {
  (cd "$t" && cpack --config "$build_dir/CPackConfig.cmake" -B "$t/pkg") >"$t/out" 2>&1 || { cat "$t/out" >&2; fail "cpack"; }
  local deb
  deb=$(ls "$t"/pkg/secondthought-host_"$version"_*.deb) || fail "no .deb for version $version"
  [ "$(dpkg-deb -f "$deb" Package)" = secondthought-host ] || fail "package name"
  [ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "package version"
  dpkg -x "$deb" "$t/x"
  python3 "$here/check_install.py" --scope system --home / --root "$t/x" --host-path /usr/bin/secondthought-host >"$t/out" ||
    { cat "$t/out" >&2; fail "package manifests"; }
  expect_status 0 "$t/x/usr/bin/secondthought-host" doctor --system --root "$t/x"
  expect_status 0 python3 "$here/start_like_browser.py" /etc/chromium/native-messaging-hosts/org.secondthought.host.json --root "$t/x"
}

test_pack_extension_for_the_stores() {
  expect_status 0 "$src/installer/pack-extension.sh" --out "$t/dist"
  local zip="$t/dist/secondthought-$version-chromium.zip" xpi="$t/dist/secondthought-$version-firefox.xpi"
  if [ ! -f "$zip" ] || [ ! -f "$xpi" ]; then fail "archives missing"; fi
  python3 - "$zip" "$xpi" "$version" "$firefox_id" <<'EOF' || fail "archive contents"
import json, sys, zipfile
zip_path, xpi_path, version, gecko = sys.argv[1:]
c = json.loads(zipfile.ZipFile(zip_path).read("manifest.json"))
f = json.loads(zipfile.ZipFile(xpi_path).read("manifest.json"))
assert c["version"] == version and f["version"] == version, (c["version"], f["version"])
assert "key" not in c, "the store refuses a manifest with key"
assert c["background"].get("service_worker"), c["background"]
assert f["browser_specific_settings"]["gecko"]["id"] == gecko, f
for path in c["background"].get("scripts", []) + [c["background"]["service_worker"]]:
    zipfile.ZipFile(zip_path).getinfo(path)
EOF
  sha256sum "$zip" "$xpi" >"$t/sums"
  sleep 1.1
  expect_status 0 "$src/installer/pack-extension.sh" --out "$t/dist"
  sha256sum -c --quiet "$t/sums" >&2 || fail "packing twice gave different archives"
}

# --- runner -------------------------------------------------------------------------------
passed=0 failed=0 failures=()
# ST_INSTALLER_TESTS=REGEX runs only the matching tests (while working on one).
for name in $(declare -F | awk '{ print $3 }' | grep '^test_' | grep -E -- "${ST_INSTALLER_TESTS:-.}"); do
  t="$scratch/$name"
  mkdir -p "$t"
  set +e
  (set -e; "$name") >"$t/log" 2>&1
  status=$?
  set -e
  if [ "$status" = 0 ]; then
    passed=$((passed + 1)); echo "ok   $name"
  else
    failed=$((failed + 1)); failures+=("$name"); echo "FAIL $name"; sed 's/^/     /' "$t/log" | tail -n 25
  fi
done
echo "installer tests: $passed passed, $failed failed${failures[*]:+ (${failures[*]})}"
[ "$failed" = 0 ]
