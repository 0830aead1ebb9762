using System;
using System.Collections.Immutable;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorCodeGen.Benchmarks;

/// <summary>
/// The switch callbacks alone, per switch (<see cref="CallbackHost"/>: the operation trees are built once, so this is
/// the callbacks' own logic, without the driver and without the lazy creation of clause operations that the first
/// analyzer to touch them pays — the driver-telemetry report measures that). Ours against the floor that visits every
/// label and Roslyn's PopulateSwitch (IDE0010/IDE0072), on both workloads; the ErrorCodeGen analyzers must report exactly what the workload expects (checked in setup).
/// </summary>
[WarmupCount(3)]
[IterationCount(7)]
public class AnalyzerCallbackBenchmarks
{
    private CallbackHost _ours = null!;
    private CallbackHost _floor = null!;
    private CallbackHost _populate = null!;

    [Params(SwitchWorkload.NotErrorCodes, SwitchWorkload.ErrorCodes)]
    public SwitchWorkload Workload { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var compilation = AnalyzerWorkload.Get(Workload);
        _ = compilation.GetDiagnostics();
        _ours = new CallbackHost(compilation, AnalyzerWorkload.ErrorCodeGenAnalyzers);
        _floor = new CallbackHost(compilation, AnalyzerWorkload.LabelsFloor);
        var reported = _ours.RunOnce();
        if (reported != AnalyzerWorkload.ExpectedDiagnostics(Workload) || _ours.Switches != AnalyzerWorkload.Switches)
        {
            throw new InvalidOperationException("Workload " + Workload + ": " + reported + " diagnostics on " + _ours.Switches + " switches, expected "
                + AnalyzerWorkload.ExpectedDiagnostics(Workload) + " on " + AnalyzerWorkload.Switches);
        }

        var floor = (FloorAnalyzer)AnalyzerWorkload.LabelsFloor[0];
        var before = floor.Visited;
        _floor.RunOnce();
        if (floor.Visited == before)
        {
            throw new InvalidOperationException("The label floor visited no label: the host did not call it.");
        }

        _populate = new CallbackHost(compilation, AnalyzerWorkload.PopulateSwitchAnalyzers);
        _populate.Run();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = CallbackHost.Invocations)]
    public int Floor_VisitLabels() => _floor.Run();

    [Benchmark(OperationsPerInvoke = CallbackHost.Invocations)]
    public int ErrorCodeGen() => _ours.Run();

    [Benchmark(OperationsPerInvoke = CallbackHost.Invocations)]
    public int PopulateSwitch() => _populate.Run();
}

/// <summary>
/// Wall-clock time over workload E (<see cref="AnalyzerWorkload"/>), each on a fresh clone: the compiler's own pass
/// (<c>GetDiagnostics()</c>), the same with the ErrorCodeGen analyzers, the label-visiting floor and Roslyn's
/// PopulateSwitch (IDE0010, IDE0072). These include the binding and operation trees the analyzers need; the analyzers'
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
        _compilation = AnalyzerWorkload.Get(SwitchWorkload.ErrorCodes);
        _ = AnalyzerWorkload.PopulateSwitchAnalyzers;
    }

    [Benchmark(Baseline = true)]
    public ImmutableArray<Diagnostic> Compiler_GetDiagnostics() => _compilation.Clone().GetDiagnostics();

    [Benchmark]
    public ImmutableArray<Diagnostic> Compiler_Plus_LabelsFloor() => All(AnalyzerWorkload.LabelsFloor);

    [Benchmark]
    public ImmutableArray<Diagnostic> Compiler_Plus_ErrorCodeGenAnalyzers() => All(AnalyzerWorkload.ErrorCodeGenAnalyzers);

    [Benchmark]
    public ImmutableArray<Diagnostic> Compiler_Plus_PopulateSwitchAnalyzers() => All(AnalyzerWorkload.PopulateSwitchAnalyzers);

    private ImmutableArray<Diagnostic> All(ImmutableArray<DiagnosticAnalyzer> analyzers) =>
        AnalyzerWorkload.WithAnalyzers(_compilation.Clone(), analyzers).GetAllDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
}
