#!/usr/bin/env bash
# The whole test suite, from a fresh clone: installs what the tests need, builds, runs every test project,
# and ends with the line "N passed, N failed". The exit code is dotnet test's.
set -uo pipefail
cd "$(dirname "$0")/.."

RESULTS=artifacts/test-results
rm -rf "$RESULTS"
mkdir -p "$RESULTS"

if ! command -v dotnet >/dev/null; then
  echo "dotnet SDK not found: install the .NET 10 SDK (global.json names the version)" >&2
  exit 1
fi

# Browser tests drive Debian's Chromium (no browser download); CJK fonts so zh-Hans pages render in screenshots.
BROWSER_PACKAGES=(chromium fonts-noto-cjk)
if ! dpkg -s "${BROWSER_PACKAGES[@]}" >/dev/null 2>&1; then
  echo "Installing ${BROWSER_PACKAGES[*]} for the browser tests"
  SUDO=$([[ $(id -u) -eq 0 ]] && echo "" || echo "sudo")
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${BROWSER_PACKAGES[@]}" >/dev/null || exit 1
fi

# axe-core, from the npm registry at the version package-lock.json pins, checks every page the browser journeys visit.
AXE=tests/BackOffice.BrowserTests/axe
if [[ ! -f $AXE/node_modules/axe-core/axe.min.js ]]; then
  if ! command -v npm >/dev/null; then
    echo "Installing Node.js and npm for axe-core"
    SUDO=$([[ $(id -u) -eq 0 ]] && echo "" || echo "sudo")
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nodejs npm >/dev/null || exit 1
  fi
  npm ci --prefix "$AXE" --no-audit --no-fund --loglevel=error || exit 1
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet restore BackOffice.sln -v q || exit 1
dotnet build BackOffice.sln --no-restore -v q -nologo || exit 1

# The run summary of Microsoft.Testing.Platform ("total / failed / succeeded / skipped") is the count we
# report; TRX files are kept for tools but can collide when projects finish in the same instant.
dotnet test --solution BackOffice.sln --no-build --report-xunit-trx --results-directory "$RESULTS" 2>&1 | tee "$RESULTS/run.log"
status=${PIPESTATUS[0]}

python3 - "$RESULTS/run.log" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8", errors="replace").read()
def last(label):
    found = re.findall(rf"^\s*{label}:\s*(\d+)\s*$", text, re.M)
    return int(found[-1]) if found else 0
passed, failed, skipped = last("succeeded"), last("failed"), last("skipped")
if not re.search(r"^\s*total:", text, re.M):
    failed = max(failed, 1)  # no summary means the run broke before counting
print(f"{passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else ""))
PY
exit $status
