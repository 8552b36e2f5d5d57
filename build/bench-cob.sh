#!/usr/bin/env bash
# On demand, not in CI: generates N active loans on a fresh SQLite file (through the domain: schedules,
# payments, allocations, the journal entries of each; checked to reconcile), runs one close of business with the
# application's runner (its ledger reconciliation timed apart), then times a plain SQL pass that makes the same
# writes — loan rows, journal entries and lines (the storage limit) — and prints the ratio.
#   build/bench-cob.sh [loans=100000] [--reuse] [--tile N]
# --reuse copies back the book an earlier run of the same size generated (kept in the temp folder).
# --tile N lays the book as copies of the one an earlier run of N loans kept, with new keys (minutes, not an hour):
#   build/bench-cob.sh 100000 && build/bench-cob.sh 1000000 --tile 100000
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build bench/BackOffice.Servicing.Bench -c Release -v q -nologo
dotnet bench/BackOffice.Servicing.Bench/bin/Release/net10.0/BackOffice.Servicing.Bench.dll "${1:-100000}" "${@:2}"
