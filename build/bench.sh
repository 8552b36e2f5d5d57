#!/usr/bin/env bash
# On demand, not in CI: starts the host (Release, its own SQLite file, demo dealer) on loopback and drives
# POST /api/v1/applications with real tokens. Prints throughput and p50/p95/p99 latency.
#   build/bench.sh [requests=10000] [concurrency=16] [warmup=8000]
# The warm-up lets tiered compilation and PGO settle; without it the numbers describe the JIT, not the code.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=5099
DATA=$(mktemp -d)
dotnet build src/BackOffice.Host -c Release -v q -nologo
dotnet build bench/BackOffice.LoadTest -c Release -v q -nologo

env ASPNETCORE_ENVIRONMENT=Development Logging__LogLevel__Default=Warning ${BENCH_ENV:-} \
  dotnet src/BackOffice.Host/bin/Release/net10.0/BackOffice.Host.dll \
  --urls "http://127.0.0.1:$PORT" --contentRoot "$PWD/src/BackOffice.Host" --Database:DataFolder="$DATA" >"$DATA/host.log" 2>&1 &
HOST_PID=$!
trap 'kill $HOST_PID 2>/dev/null; wait $HOST_PID 2>/dev/null; rm -rf "$DATA"' EXIT

for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null && break
  sleep 0.5
done

echo "machine: $(nproc) cores, $(dotnet --version) SDK; host: Release, SQLite (WAL) in $DATA"
dotnet bench/BackOffice.LoadTest/bin/Release/net10.0/BackOffice.LoadTest.dll "http://127.0.0.1:$PORT" "${1:-10000}" "${2:-16}" "${3:-8000}"
