using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorCodeGen.Benchmarks;

/// <summary>
/// What BenchmarkDotNet cannot measure: the analyzers' own execution time as the analyzer driver reports it
/// (<c>logAnalyzerExecutionTime: true</c> → <c>GetAnalyzerTelemetryInfoAsync(...).ExecutionTime</c>) against
/// the compiler's own <c>GetDiagnostics()</c> pass on a fresh clone of the same compilation, on both analyzer
/// workloads, beside the two floors and PopulateSwitch (medians and minimums of <see cref="AnalyzerRuns"/> runs after
/// warm-up); and the generator's incremental step reasons after an unrelated edit.
/// </summary>
internal static class Reports
{
    public static void Run(TextWriter output, bool analyzersOnly = false)
    {
        var w = new StringWriter(CultureInfo.InvariantCulture);
        w.WriteLine();
        w.WriteLine("## Reports");
        w.WriteLine();
        if (!analyzersOnly)
        {
            Incremental(w);
        }

        Analyzers(w);
        output.Write(w.ToString());
        var path = Path.Combine(Directory.GetCurrentDirectory(), "BenchmarkDotNet.Artifacts", "results", "reports.md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, w.ToString());
        output.WriteLine("Reports written to " + path);
    }

    private static void Incremental(TextWriter w)
    {
        var (_, _, reasons) = IncrementalCheck.Prepare(SyntheticSpec.Create(10000));
        w.WriteLine("### Generator rerun after an unrelated edit (10,000-code spec)");
        w.WriteLine();
        w.WriteLine("Tracked steps: " + reasons + " → " + (reasons.AllCachedOrUnchanged ? "every step Cached/Unchanged (apart from the Compilation input itself)" : "NOT all Cached/Unchanged"));
        w.WriteLine();
    }

    /// <summary>Warm-up rounds and measured runs of the analyzer telemetry report (<c>--runs N</c> sets the runs).</summary>
    public static int AnalyzerRuns { get; set; } = 9;

    private const int AnalyzerWarmups = 2;

    /// <summary>False when a workload's diagnostics were not what it expects (the suite then exits non-zero).</summary>
    public static bool AllAsExpected { get; private set; } = true;

    /// <summary>
    /// The analyzer telemetry report on both workloads: the compiler's own diagnostics pass and, each on its own fresh
    /// clone, the analyzer sets' own execution time as the driver reports it; interleaved rounds, medians and minimums.
    /// </summary>
    public static void Analyzers(TextWriter w)
    {
        var machine = Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture) + " logical cores, load average "
            + (File.Exists("/proc/loadavg") ? string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a")
            + ", " + DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";
        w.WriteLine("### Analyzers: driver telemetry, " + AnalyzerWorkload.Switches.ToString("N0", CultureInfo.InvariantCulture) + " switches per workload");
        w.WriteLine();
        w.WriteLine("Sequential analysis, each set on a fresh clone of the compilation; " + AnalyzerWarmups.ToString(CultureInfo.InvariantCulture)
            + " warm-up rounds, then median and minimum of " + AnalyzerRuns.ToString(CultureInfo.InvariantCulture) + " interleaved runs. " + machine + ".");
        w.WriteLine();
        w.WriteLine("| Workload | Measured | Median (ms) | Min (ms) | µs / switch (median) | Diagnostics | vs compiler pass | vs label floor | vs PopulateSwitch |");
        w.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        var goals = new List<string>();
        foreach (var workload in new[] { SwitchWorkload.NotErrorCodes, SwitchWorkload.ErrorCodes })
        {
            Analyzers(w, workload, goals);
        }

        w.WriteLine();
        foreach (var goal in goals)
        {
            w.WriteLine("- " + goal);
        }

        w.WriteLine();
    }

    private static void Analyzers(TextWriter w, SwitchWorkload workload, List<string> goals)
    {
        var compilation = AnalyzerWorkload.Get(workload);
        var sets = new (string Name, ImmutableArray<DiagnosticAnalyzer> Analyzers)[]
        {
            ("**ErrorCodeGen analyzers**", AnalyzerWorkload.ErrorCodeGenAnalyzers),
            ("floor: registered, does nothing", AnalyzerWorkload.EmptyFloor),
            ("floor: visits every label", AnalyzerWorkload.LabelsFloor),
            ("PopulateSwitch (IDE0010 + IDE0072)", AnalyzerWorkload.PopulateSwitchAnalyzers),
            ("floor: visits every label, reports what ECG0001 reports", AnalyzerWorkload.ReportingFloor),
        };

        var compiler = new List<double>();
        var times = sets.Select(_ => new List<double>()).ToArray();
        var counts = new int[sets.Length];
        var perAnalyzer = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var compilerCount = 0;
        for (var run = 0; run < AnalyzerWarmups + AnalyzerRuns; run++)
        {
            var stopwatch = Stopwatch.StartNew();
            compilerCount = compilation.Clone().GetDiagnostics().Length;
            var compilerMs = stopwatch.Elapsed.TotalMilliseconds;
            var measured = new double[sets.Length];
            for (var s = 0; s < sets.Length; s++)
            {
                var (ms, found, each) = AnalyzerTime(compilation, sets[s].Analyzers);
                measured[s] = ms;
                counts[s] = found;
                if (s == 0 && run >= AnalyzerWarmups)
                {
                    foreach (var (analyzerName, time) in each)
                    {
                        (perAnalyzer.TryGetValue(analyzerName, out var list) ? list : perAnalyzer[analyzerName] = new List<double>()).Add(time);
                    }
                }
            }

            if (run < AnalyzerWarmups)
            {
                continue;
            }

            compiler.Add(compilerMs);
            for (var s = 0; s < sets.Length; s++)
            {
                times[s].Add(measured[s]);
            }
        }

        var name = AnalyzerWorkload.Name(workload);
        var c = Median(compiler);
        var floor = Median(times[2]);
        var populate = Median(times[3]);
        w.WriteLine("| " + name + " | compiler `GetDiagnostics()` (fresh clone) | " + F(c) + " | " + F(compiler.Min()) + " | " + U(c) + " | "
            + compilerCount.ToString(CultureInfo.InvariantCulture) + " (compiler's own) | 100 % | | |");
        for (var s = 0; s < sets.Length; s++)
        {
            var m = Median(times[s]);
            w.WriteLine("| " + name + " | " + sets[s].Name + " | " + F(m) + " | " + F(times[s].Min()) + " | " + U(m) + " | "
                + counts[s].ToString(CultureInfo.InvariantCulture) + " | " + P(m / c) + " | " + X(m / floor) + " | " + X(m / populate) + " |");
        }

        var ours = Median(times[0]);
        var expected = AnalyzerWorkload.ExpectedDiagnostics(workload);
        var asExpected = counts[0] == expected;
        AllAsExpected &= asExpected;
        goals.Add(name + ": ErrorCodeGen reported " + counts[0].ToString(CultureInfo.InvariantCulture) + " diagnostics, expected "
            + expected.ToString(CultureInfo.InvariantCulture) + (asExpected ? " (as expected)" : " — **NOT AS EXPECTED**") + ". Own time by analyzer (median): "
            + string.Join(", ", perAnalyzer.Select(p => p.Key + " " + F(Median(p.Value)) + " ms")) + ".");
        goals.Add(workload == SwitchWorkload.NotErrorCodes
            ? name + ": ours " + P(ours / c) + " of the compiler's pass (goal ≤ 1 %: " + (ours / c <= 0.01 ? "met" : "**not met**") + ")."
            : name + ": ours " + X(ours / floor) + " the label floor (goal ≤ 3×: " + (ours / floor <= 3 ? "met" : "**not met**") + "), "
              + X(ours / populate) + " PopulateSwitch; at the minimums " + X(times[0].Min() / times[2].Min()) + " and " + X(times[0].Min() / times[3].Min())
              + ". Against the label floor that reports the same " + counts[4].ToString(CultureInfo.InvariantCulture) + " diagnostics: " + X(ours / Median(times[4]))
              + " (goal ≤ 3×: " + (ours / Median(times[4]) <= 3 ? "met" : "**not met**") + "); what reporting costs the floor: "
              + F(Median(times[4]) - floor) + " ms.");
    }

    private static (double Milliseconds, int Diagnostics, List<(string Name, double Milliseconds)> Each) AnalyzerTime(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var withAnalyzers = AnalyzerWorkload.WithAnalyzers(compilation.Clone(), analyzers);
        var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        var total = TimeSpan.Zero;
        var each = new List<(string, double)>();
        foreach (var analyzer in analyzers)
        {
            var time = withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime;
            total += time;
            each.Add((analyzer.GetType().Name, time.TotalMilliseconds));
        }

        return (total.TotalMilliseconds, diagnostics.Length, each);
    }

    private static string U(double milliseconds) => (milliseconds * 1000 / AnalyzerWorkload.Switches).ToString("0.00", CultureInfo.InvariantCulture);

    private static string X(double ratio) => ratio.ToString("0.00", CultureInfo.InvariantCulture) + "×";

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string P(double ratio) => (ratio * 100).ToString("0.00", CultureInfo.InvariantCulture) + " %";
}
