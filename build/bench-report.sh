#!/usr/bin/env bash
# On demand, not in CI: lays N contact attempts (default 10,000,000) over D debtors (500,000) and M complaints
# (100,000) on a fresh SQLite file, then builds the quarterly regulator report three times, timing each.
#   build/bench-report.sh [contacts] [debtors] [complaints]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build bench/BackOffice.Collections.Bench -c Release -v q -nologo
dotnet bench/BackOffice.Collections.Bench/bin/Release/net10.0/BackOffice.Collections.Bench.dll --report "$@"
