#!/usr/bin/env bash
# On demand, not in CI: screens every note of the dev screening corpus over and over for 10 seconds on one thread
# and prints notes per second (docs/screening.md). No database.
#   build/bench-screen.sh
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build bench/BackOffice.Collections.Bench -c Release -v q -nologo
dotnet bench/BackOffice.Collections.Bench/bin/Release/net10.0/BackOffice.Collections.Bench.dll --screen
