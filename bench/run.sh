#!/usr/bin/env bash
# The whole benchmark suite, in one command (docs/benchmarks.md says what each part measures):
#
#   bash bench/run.sh                 everything, about 20 minutes on a quiet 2-core machine:
#                                     1. BenchmarkDotNet, every group (generated helpers, generator, analyzer callbacks
#                                        and wall clock), then the reports (incremental steps, analyzer driver telemetry
#                                        on workloads N and E, 10,000 switches each, median and min of 9 runs);
#                                     2. the cold generator in fresh processes (--cold 9);
#                                     3. the whole build (bench/build-benchmark.sh 5).
#   bash bench/run.sh --analyzers     the analyzer part only: callback benchmarks + telemetry report (a few minutes)
#   bash bench/run.sh --analyzers --switches 400 --runs 3     a development run of it (about a minute)
#
# Everything printed is also written to BenchmarkDotNet.Artifacts/suite.md (markdown tables ready for
# docs/benchmarks.md). Exits non-zero when a part fails or an analyzer workload's diagnostics are not as expected.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
OUT="$PWD/BenchmarkDotNet.Artifacts/suite.md"
mkdir -p "$(dirname "$OUT")"
PROJECT=bench/ErrorCodeGen.Benchmarks

{
  echo "# Benchmark suite, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GiB; $(dotnet --version) SDK; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
} | tee "$OUT"

dotnet build "$PROJECT" -c Release -nologo -v:q

if [ "${1:-}" = "--analyzers" ]; then
  shift
  dotnet run -c Release --no-build --project "$PROJECT" -- --analyzers "$@" 2>&1 | tee -a "$OUT"
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT"
  exit 0
fi

dotnet run -c Release --no-build --project "$PROJECT" -- --filter '*' "$@" 2>&1 | tee -a "$OUT"
dotnet run -c Release --no-build --project "$PROJECT" -- --cold 9 2>&1 | tee -a "$OUT"
bash bench/build-benchmark.sh 5 2>&1 | tee -a "$OUT"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT"
echo "Written to $OUT"
