#!/usr/bin/env bash
# On demand, not in CI: lays N logged contact attempts (default 10,000,000) over D debtors (default 500,000) on a
# fresh SQLite file, then times K clearance decisions (default 20,000) the way the application makes them
# (account, debtor, the last 8 days of contacts and open clearances, the pack's rules, the clearance stored).
#   build/bench-guard.sh [contacts] [debtors] [decisions]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build bench/BackOffice.Collections.Bench -c Release -v q -nologo
dotnet bench/BackOffice.Collections.Bench/bin/Release/net10.0/BackOffice.Collections.Bench.dll "$@"
