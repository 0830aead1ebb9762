#!/usr/bin/env bash
# Whole-build benchmark (docs/benchmarks.md §5): what ErrorCodeGen costs a real `dotnet build`.
#
#   bash bench/build-benchmark.sh [--quick] [runs] [work-dir]     (defaults: 5 runs, /tmp/ecg-build-bench)
#     --quick   a development run: 300 files, 1 run, 1 report build per mode (a couple of minutes)
#     ECG_BUILD_FILES=N overrides the number of consumer files (default 2,000)
#
# Method.
# 1. Two consumer projects (net10.0) with the same FILES source files: most of them ordinary code (records, LINQ,
#    string formatting, loops, switches over their own enums, ints and strings), one in ten handling error codes
#    (a switch over the catalog enum and an `int` switch on `response.Code`, as the README shows). "with" references
#    the generator, Core, Markdig and the analyzers as analyzers and the reference spec as an AdditionalFiles item
#    (the README's analyzer-reference path); "without" has no analyzer of ours and compiles instead the very files the
#    generator wrote for "with" (captured once with EmitCompilerGeneratedFiles), so both compile the same C#.
# 2. Own time, as the compiler reports it: builds of "with" (full recompiles, `--no-incremental`) with
#    `-p:ReportAnalyzer=true -v:detailed -clp:PerformanceSummary`; from the log: the compiler's
#    "Total analyzer execution time" and "Total generator execution time", the lines of the ErrorCodeGen.Analyzers and
#    ErrorCodeGen.Generator assemblies under them, and the `Csc` task's time in the task performance summary.
#    Cold compiler (UseSharedCompilation=false: a fresh csc process per build) and warm (UseSharedCompilation=true,
#    the compiler server started by an uncounted build first). Medians of REPORT_RUNS builds per mode.
#    Goal: ErrorCodeGen's own time (generator + analyzers) ≤ 2 % of Csc.
# 3. Wall clock: after one uncounted build of each, `runs` pairs of full recompiles, alternating (the order within a
#    pair swaps every run, so drift in the machine's load falls on both), per mode (warm server, then cold compiler);
#    medians and the overhead with/without. Goal: ≤ 3 %.
# Every build is `dotnet build --no-restore --no-incremental -c Debug -nodeReuse:false` of an already restored
# project. The compiler server this script starts is left to shut itself down when idle (it may be shared).
set -euo pipefail

QUICK=0
if [ "${1:-}" = "--quick" ]; then QUICK=1; shift; fi
RUNS="${1:-5}"
WORK="${2:-/tmp/ecg-build-bench}"
FILES="${ECG_BUILD_FILES:-2000}"
REPORT_RUNS=3
if [ "$QUICK" = 1 ]; then RUNS=1; REPORT_RUNS=1; FILES="${ECG_BUILD_FILES:-300}"; fi
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CONFIG=Release
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

echo "Building the generator and analyzers ($CONFIG)..."
dotnet build "$REPO/src/ErrorCodeGen.Generator/ErrorCodeGen.Generator.csproj" -c "$CONFIG" -nologo -v:q >/dev/null
dotnet build "$REPO/src/ErrorCodeGen.Analyzers/ErrorCodeGen.Analyzers.csproj" -c "$CONFIG" -nologo -v:q >/dev/null
GEN="$REPO/src/ErrorCodeGen.Generator/bin/$CONFIG/netstandard2.0"
CORE="$REPO/src/ErrorCodeGen.Core/bin/$CONFIG/netstandard2.0"
ANA="$REPO/src/ErrorCodeGen.Analyzers/bin/$CONFIG/netstandard2.0"
MARKDIG="$(find "${NUGET_PACKAGES:-$HOME/.nuget/packages}/markdig/1.6.0/lib/netstandard2.0" -name Markdig.dll | head -1)"

rm -rf "$WORK"
mkdir -p "$WORK"

write_project() { # $1 = dir, $2 = with|without
  local dir="$1" variant="$2"
  mkdir -p "$dir/src" "$dir/spec"
  cp "$REPO/spec/error-codes.md" "$dir/spec/error-codes.md"
  {
    echo '<Project Sdk="Microsoft.NET.Sdk">'
    echo '  <PropertyGroup>'
    echo '    <TargetFramework>net10.0</TargetFramework>'
    echo '    <RootNamespace>Acme.MarketData</RootNamespace>'
    echo '    <Nullable>enable</Nullable>'
    echo '    <ImplicitUsings>enable</ImplicitUsings>'
    echo '    <CompilerGeneratedFilesOutputPath>generated</CompilerGeneratedFilesOutputPath>'
    echo '  </PropertyGroup>'
    if [ "$variant" = with ]; then
      echo '  <ItemGroup>'
      echo "    <Analyzer Include=\"$GEN/ErrorCodeGen.Generator.dll\" />"
      echo "    <Analyzer Include=\"$CORE/ErrorCodeGen.Core.dll\" />"
      echo "    <Analyzer Include=\"$MARKDIG\" />"
      echo "    <Analyzer Include=\"$ANA/ErrorCodeGen.Analyzers.dll\" />"
      echo '    <AdditionalFiles Include="spec/error-codes.md" ErrorCodeSpec="true" ErrorCodeNamespace="Acme.MarketData" ErrorCodeEnumName="ErrorCode" ErrorCodeAccessibility="public" />'
      echo '    <CompilerVisibleItemMetadata Include="AdditionalFiles" MetadataName="ErrorCodeSpec" />'
      echo '    <CompilerVisibleItemMetadata Include="AdditionalFiles" MetadataName="ErrorCodeNamespace" />'
      echo '    <CompilerVisibleItemMetadata Include="AdditionalFiles" MetadataName="ErrorCodeEnumName" />'
      echo '    <CompilerVisibleItemMetadata Include="AdditionalFiles" MetadataName="ErrorCodeAccessibility" />'
      echo '    <Compile Remove="generated/**" />'
      echo '  </ItemGroup>'
    fi
    echo '</Project>'
  } > "$dir/Consumer.csproj"
  python3 "$HERE/build-benchmark-consumer.py" "$dir/src" "$FILES"
  dotnet restore "$dir/Consumer.csproj" -nologo -v:q >/dev/null
}

write_project "$WORK/with" with
write_project "$WORK/without" without

BUILD=(--no-restore --no-incremental -c Debug -nologo -nodeReuse:false)

# The generator's output for "with" (built once with the ordinary files only): it names the enum members the
# error-code files use, and "without" compiles it as ordinary sources.
dotnet build "$WORK/with/Consumer.csproj" "${BUILD[@]}" -v:q -clp:ErrorsOnly -p:UseSharedCompilation=false -p:EmitCompilerGeneratedFiles=true >/dev/null
for variant in with without; do python3 "$HERE/build-benchmark-consumer.py" "$WORK/$variant/src" "$FILES" "$WORK/with/generated"; done
mkdir -p "$WORK/without/src/Generated"
find "$WORK/with/generated" -name '*.cs' -exec cp {} "$WORK/without/src/Generated/" \;
for variant in with without; do # both must build, without a warning of ours
  dotnet build "$WORK/$variant/Consumer.csproj" "${BUILD[@]}" -v:q -clp:ErrorsOnly -p:UseSharedCompilation=false -warnaserror >/dev/null \
    || { echo "the $variant consumer does not build cleanly" >&2; exit 1; }
done
echo "Generated files compiled by 'without': $(ls "$WORK/without/src/Generated" | tr '\n' ' ')"

# ---- 2. Own time as the compiler reports it ----
report_build() { # $1 = shared (true|false), $2 = log file
  dotnet build "$WORK/with/Consumer.csproj" "${BUILD[@]}" -p:UseSharedCompilation="$1" -p:ReportAnalyzer=true \
    -v:detailed -clp:PerformanceSummary > "$2"
}

REPORT_LOGS=()
for shared in true false; do
  if [ "$shared" = true ]; then
    # Starts the compiler server (or reuses one) and loads our assemblies into it: not counted.
    report_build true "$WORK/report-warmup.log"
  fi
  for ((r = 1; r <= REPORT_RUNS; r++)); do
    log="$WORK/report-$shared-$r.log"
    report_build "$shared" "$log"
    REPORT_LOGS+=("$shared:$log")
  done
done

python3 "$HERE/build-benchmark-report.py" "${REPORT_LOGS[@]}"

# ---- 3. Wall clock, alternating ----
build_once() { # $1 = dir, $2 = shared; prints seconds
  local start end
  start=$(date +%s.%N)
  dotnet build "$1/Consumer.csproj" "${BUILD[@]}" -p:UseSharedCompilation="$2" -v:q -clp:ErrorsOnly >/dev/null
  end=$(date +%s.%N)
  python3 -c "print(f'{$end - $start:.3f}')"
}

ROWS=()
for shared in true false; do
  build_once "$WORK/without" "$shared" >/dev/null
  build_once "$WORK/with" "$shared" >/dev/null
  WITHOUT=()
  WITH=()
  for ((r = 1; r <= RUNS; r++)); do
    if ((r % 2)); then
      WITHOUT+=("$(build_once "$WORK/without" "$shared")"); WITH+=("$(build_once "$WORK/with" "$shared")")
    else
      WITH+=("$(build_once "$WORK/with" "$shared")"); WITHOUT+=("$(build_once "$WORK/without" "$shared")")
    fi
    echo "compiler server $shared, run $r: without ${WITHOUT[-1]} s, with ${WITH[-1]} s"
  done
  ROWS+=("$shared;${WITHOUT[*]};${WITH[*]}")
done

python3 - "$FILES" "$(cat /proc/loadavg | cut -d' ' -f1-3)" "${ROWS[@]}" <<'PY'
import sys, statistics
files, load, rows = sys.argv[1], sys.argv[2], sys.argv[3:]
print()
print(f"#### Wall clock: `dotnet build` full recompile, {int(files):,} files + the reference spec (load average after: {load})")
print()
print("| Compiler | Without ErrorCodeGen, median (s) | With, median (s) | Overhead | Goal ≤ 3 % | Runs without / with (s) |")
print("|---|---:|---:|---:|---|---|")
for row in rows:
    shared, without, with_ = row.split(';')
    wo = [float(x) for x in without.split()]
    wi = [float(x) for x in with_.split()]
    mo, mi = statistics.median(wo), statistics.median(wi)
    over = (mi / mo - 1) * 100
    name = "warm server (UseSharedCompilation=true)" if shared == "true" else "cold (UseSharedCompilation=false)"
    print(f"| {name} | {mo:.2f} | {mi:.2f} | {over:+.1f} % ({mi - mo:+.2f} s) | {'met' if over <= 3 else '**not met**'} | "
          f"{', '.join(f'{x:.2f}' for x in wo)} / {', '.join(f'{x:.2f}' for x in wi)} |")
PY
