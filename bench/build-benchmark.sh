#!/usr/bin/env bash
# Whole-build benchmark (docs/benchmarks.md): a consumer project with the reference spec and 2,000 source files,
# built with `dotnet build` without and with ErrorCodeGen (generator + analyzers, referenced as analyzers the
# way the README's analyzer-reference path does), several runs each, alternating, medians.
#
#   bash bench/build-benchmark.sh [runs] [work-dir]      (defaults: 5 runs, /tmp/ecg-build-bench)
#
# Each run is a full recompile (`--no-restore --no-incremental`) of an already restored project. The machine's
# environment is kept as it is (note UseSharedCompilation: when false, every build starts a fresh compiler).
set -euo pipefail

RUNS="${1:-5}"
WORK="${2:-/tmp/ecg-build-bench}"
FILES=2000
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CONFIG=Release

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
    echo '    <ImplicitUsings>disable</ImplicitUsings>'
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
      echo '  </ItemGroup>'
    fi
    echo '</Project>'
  } > "$dir/Consumer.csproj"
  cat > "$dir/src/Response.cs" <<'CS'
namespace Consumer
{
    public sealed class Response
    {
        public int Code { get; set; }

        public string Message { get; set; } = "";
    }
}
CS
  # The same 2,000 files in both variants (they do not need the generated catalog, so both compile), each with a
  # switch on a response's Code that the ErrorCodeGen analyzer examines.
  python3 - "$dir/src" "$FILES" <<'PY'
import sys, os
out, n = sys.argv[1], int(sys.argv[2])
codes = [0, 1001, 1002, 1003, 1004, 2001, 2002, 2003, 2004, 3001, 3002, 3003, 3004, 4001, 4002, 4003, 4004, 5000, 5001, 5002]
for i in range(n):
    pick = [codes[(i + k) % len(codes)] for k in range(4)]
    cases = "".join(f"                case {c}:\n                    return {c % 7 + k};\n" for k, c in enumerate(pick))
    src = f"""namespace Consumer.Area{i // 100}
{{
    public sealed class Service{i}
    {{
        private int _count;

        public int Count => _count;

        public int Handle(Response response)
        {{
            _count++;
            switch (response.Code)
            {{
{cases}                default:
                    return -1;
            }}
        }}

        public string Describe(int value) => value < 0 ? "negative " + value.ToString(System.Globalization.CultureInfo.InvariantCulture) : "value " + (value * {i % 13 + 1}).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }}
}}
"""
    with open(os.path.join(out, f"Service{i}.cs"), "w") as f:
        f.write(src)
PY
  dotnet restore "$dir/Consumer.csproj" -nologo -v:q >/dev/null
}

write_project "$WORK/without" without
write_project "$WORK/with" with

build_once() { # $1 = dir; prints seconds
  local start end
  start=$(date +%s.%N)
  dotnet build "$1/Consumer.csproj" --no-restore --no-incremental -c Debug -nologo -v:q -clp:ErrorsOnly >/dev/null
  end=$(date +%s.%N)
  python3 -c "print(f'{$end - $start:.3f}')"
}

# One warm-up build of each (disk cache, MSBuild node start), not counted.
build_once "$WORK/without" >/dev/null
build_once "$WORK/with" >/dev/null
grep -q 'enum ErrorCode' -r "$WORK/with/obj" 2>/dev/null || true

WITHOUT=()
WITH=()
for ((r = 1; r <= RUNS; r++)); do
  WITHOUT+=("$(build_once "$WORK/without")")
  WITH+=("$(build_once "$WORK/with")")
  echo "run $r: without ${WITHOUT[-1]} s, with ${WITH[-1]} s"
done

python3 - "${WITHOUT[*]}" "${WITH[*]}" "$RUNS" "$FILES" <<'PY'
import sys, statistics
without = [float(x) for x in sys.argv[1].split()]
with_ = [float(x) for x in sys.argv[2].split()]
mw, mg = statistics.median(without), statistics.median(with_)
print()
print(f"| dotnet build (full recompile, {sys.argv[4]} files + spec) | median (s) | runs (s) |")
print("|---|---:|---|")
print(f"| without ErrorCodeGen | {mw:.2f} | {', '.join(f'{x:.2f}' for x in without)} |")
print(f"| with ErrorCodeGen (generator + analyzers) | {mg:.2f} | {', '.join(f'{x:.2f}' for x in with_)} |")
print(f"| ratio with / without | {mg / mw:.3f} (+{(mg - mw):.2f} s, +{(mg / mw - 1) * 100:.1f} %) | |")
PY
