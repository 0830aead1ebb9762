using System.Collections.Immutable;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace ErrorCodeGen.Benchmarks;

/// <summary>
/// Wall-clock time over the 10,000-switch compilation (<see cref="AnalyzerWorkload"/>), each on a fresh clone:
/// the compiler's own pass (<c>GetDiagnostics()</c>), the same with the ErrorCodeGen analyzers, and with Roslyn's
/// PopulateSwitch analyzers (IDE0010, IDE0072). These include the binding the analyzers need; the analyzers'
/// own time, as the driver reports it, is in the reports printed after the suite.
/// </summary>
[WarmupCount(1)]
[IterationCount(3)]
public class AnalyzerBenchmarks
{
    private Compilation _compilation = null!;

    [GlobalSetup]
    public void Setup()
    {
        _compilation = AnalyzerWorkload.Compilation;
        _ = AnalyzerWorkload.PopulateSwitchAnalyzers;
    }

    [Benchmark(Baseline = true)]
    public ImmutableArray<Diagnostic> Compiler_GetDiagnostics() => _compilation.Clone().GetDiagnostics();

    [Benchmark]
    public ImmutableArray<Diagnostic> Compiler_Plus_ErrorCodeGenAnalyzers() =>
        AnalyzerWorkload.WithAnalyzers(_compilation.Clone(), AnalyzerWorkload.ErrorCodeGenAnalyzers).GetAllDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();

    [Benchmark]
    public ImmutableArray<Diagnostic> Compiler_Plus_PopulateSwitchAnalyzers() =>
        AnalyzerWorkload.WithAnalyzers(_compilation.Clone(), AnalyzerWorkload.PopulateSwitchAnalyzers).GetAllDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
}
