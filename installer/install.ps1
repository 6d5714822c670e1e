# Second Thought for Windows, per user: installs the host, writes its manifests and the
# HKCU registry keys the browsers read. Mirrors install.sh and reads the same table
# (installer/browsers.tsv, column windows_key): Chrome, Chromium, Edge and Firefox have
# their own key; Brave and Vivaldi read Chrome's.
#   powershell -ExecutionPolicy Bypass -File installer\install.ps1 [-Browser NAME]... [-HostBinary PATH] [-Uninstall]
# Building on Windows needs CMake, Ninja, a C++20 compiler and the libraries (for example
# from vcpkg: nlohmann-json re2 utf8proc spdlog); -HostBinary skips the build.
[CmdletBinding()]
param(
  [string[]]$Browser = @(),
  [string]$HostBinary = "",
  [switch]$Uninstall
)
$ErrorActionPreference = "Stop"
$src = Split-Path -Parent $PSScriptRoot
$hostName = "org.secondthought.host"
$dest = Join-Path $env:LOCALAPPDATA "SecondThought"
$hostPath = Join-Path $dest "secondthought-host.exe"

# name, family, windows_key from the shared table ("-": no key of its own)
$table = Get-Content (Join-Path $src "installer\browsers.tsv") | Where-Object { $_ -and -not $_.StartsWith("#") } |
  ForEach-Object { $c = $_.Split("`t"); [pscustomobject]@{ Name = $c[0]; Family = $c[1]; Key = $c[11] } }
foreach ($b in $Browser) {
  if (-not ($table.Name -contains $b)) { Write-Error "unknown browser '$b' (known: $($table.Name -join ', '))"; exit 2 }
}
$rows = $table | Where-Object { $_.Key -ne "-" -and ($Browser.Count -eq 0 -or $Browser -contains $_.Name) }

function Manifest-Path($family) { Join-Path $dest "$family\$hostName.json" }
function Registry-Path($key) { "HKCU:\Software\$key\NativeMessagingHosts\$hostName" }

if ($Uninstall) {
  # Only keys that still point at our manifest, and only our own files.
  foreach ($r in $table | Where-Object { $_.Key -ne "-" }) {
    $reg = Registry-Path $r.Key
    if ((Test-Path $reg) -and ((Get-Item $reg).GetValue("") -eq (Manifest-Path $r.Family))) { Remove-Item $reg }
  }
  foreach ($f in @($hostPath, (Manifest-Path "chromium"), (Manifest-Path "firefox"))) {
    if (Test-Path $f) { Remove-Item $f }
  }
  foreach ($d in @((Join-Path $dest "chromium"), (Join-Path $dest "firefox"), $dest)) {
    if ((Test-Path $d) -and -not (Get-ChildItem $d)) { Remove-Item $d }
  }
  Write-Output "Removed Second Thought's host, manifests and registry keys."
  exit 0
}

if (-not $HostBinary) {
  $build = Join-Path $src "build\installer"
  if (-not (Test-Path (Join-Path $build "CMakeCache.txt"))) {
    cmake -S $src -B $build -G Ninja -DCMAKE_BUILD_TYPE=Release -DST_BUILD_TESTS=OFF -DST_BUILD_BENCH=OFF
    if ($LASTEXITCODE) { exit 1 }
  }
  cmake --build $build --target secondthought-host
  if ($LASTEXITCODE) { exit 1 }
  $HostBinary = Join-Path $build "host\secondthought-host.exe"
}
New-Item -ItemType Directory -Force -Path $dest | Out-Null
Copy-Item -Force $HostBinary $hostPath

$ids = Get-Content -Raw (Join-Path $src "extension\ids.json") | ConvertFrom-Json
# JSON wants the backslashes of a Windows path doubled.
$jsonPath = $hostPath.Replace("\", "\\")
foreach ($family in @("chromium", "firefox")) {
  $text = (Get-Content -Raw (Join-Path $src "manifests\$family.json.in")).
    Replace("@NAME@", $hostName).Replace("@HOST_PATH@", $jsonPath).
    Replace("@CHROMIUM_ID@", $ids.chromium).Replace("@FIREFOX_ID@", $ids.firefox)
  $file = Manifest-Path $family
  New-Item -ItemType Directory -Force -Path (Split-Path $file) | Out-Null
  # Written whole, then renamed over the old one, and only when it changed.
  if (-not (Test-Path $file) -or (Get-Content -Raw $file) -ne $text) {
    [IO.File]::WriteAllText("$file.tmp", $text, (New-Object Text.UTF8Encoding $false))
    Move-Item -Force "$file.tmp" $file
  }
}
foreach ($r in $rows) {
  $reg = Registry-Path $r.Key
  New-Item -Force -Path $reg | Out-Null
  Set-Item -Path $reg -Value (Manifest-Path $r.Family)
}
Write-Output "Host: $hostPath; registry keys: $(($rows | ForEach-Object { $_.Key } | Sort-Object -Unique) -join ', ')"
Write-Output "Lay the extension out with: node extension\tools\build.mjs --out dist  (then dist\chromium, dist\firefox)"
Write-Output "Chrome/Edge/Brave/Vivaldi: chrome://extensions (edge://extensions) -> Developer mode -> Load unpacked -> $src\dist\chromium"
Write-Output "Firefox: about:debugging#/runtime/this-firefox -> Load Temporary Add-on... -> $src\dist\firefox\manifest.json"
Write-Output "Check: $hostPath doctor"
