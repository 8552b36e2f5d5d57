#!/usr/bin/env bash
# On demand, not in CI: generates N active loans on a fresh SQLite file (through the domain: schedules,
# payments, allocations), runs one close of business with the application's runner, then times a plain SQL
# pass that writes the same loan rows (the storage limit) and prints the ratio.
#   build/bench-cob.sh [loans=100000] [--reuse]
# --reuse copies back the book an earlier run of the same size generated (kept in the temp folder).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build bench/BackOffice.Servicing.Bench -c Release -v q -nologo
dotnet bench/BackOffice.Servicing.Bench/bin/Release/net10.0/BackOffice.Servicing.Bench.dll "${1:-100000}" "${@:2}"
