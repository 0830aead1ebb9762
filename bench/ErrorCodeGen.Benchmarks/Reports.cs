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
/// the compiler's own <c>GetDiagnostics()</c> pass on a fresh clone of the same compilation, medians of
/// <see cref="Runs"/> runs after one warm-up; and the generator's incremental step reasons after an unrelated edit.
/// </summary>
internal static class Reports
{
    private const int Runs = 7;

    public static void Run(TextWriter output)
    {
        var w = new StringWriter(CultureInfo.InvariantCulture);
        w.WriteLine();
        w.WriteLine("## Reports");
        w.WriteLine();
        Incremental(w);
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

    private static void Analyzers(TextWriter w)
    {
        var compilation = AnalyzerWorkload.Compilation;
        var ecg = AnalyzerWorkload.ErrorCodeGenAnalyzers;
        var populate = AnalyzerWorkload.PopulateSwitchAnalyzers;

        var compiler = new List<double>();
        var ecgTimes = new List<double>();
        var populateTimes = new List<double>();
        int ecgCount = 0, populateCount = 0, compilerCount = 0;
        for (var run = 0; run <= Runs; run++)
        {
            var stopwatch = Stopwatch.StartNew();
            compilerCount = compilation.Clone().GetDiagnostics().Length;
            var compilerMs = stopwatch.Elapsed.TotalMilliseconds;

            var (ecgMs, ecgFound) = AnalyzerTime(compilation, ecg);
            var (populateMs, populateFound) = AnalyzerTime(compilation, populate);
            if (run == 0)
            {
                continue;
            }

            compiler.Add(compilerMs);
            ecgTimes.Add(ecgMs);
            populateTimes.Add(populateMs);
            ecgCount = ecgFound;
            populateCount = populateFound;
        }

        WriteTable(w, "medians", Median(compiler), Median(ecgTimes), Median(populateTimes), compilerCount, ecgCount, populateCount);
        WriteTable(w, "minimums (least disturbed by other load on the machine)", compiler.Min(), ecgTimes.Min(), populateTimes.Min(), compilerCount, ecgCount, populateCount);
        w.WriteLine("All runs (ms): compiler " + string.Join(", ", compiler.Select(F)) + "; ErrorCodeGen " + string.Join(", ", ecgTimes.Select(F)) + "; PopulateSwitch " + string.Join(", ", populateTimes.Select(F)));
        w.WriteLine();
    }

    private static void WriteTable(TextWriter w, string what, double c, double e, double p, int compilerCount, int ecgCount, int populateCount)
    {
        w.WriteLine("### Analyzers over " + AnalyzerWorkload.Switches.ToString("N0", CultureInfo.InvariantCulture) + " switches (" + what + " of " + Runs.ToString(CultureInfo.InvariantCulture) + " runs, sequential)");
        w.WriteLine();
        w.WriteLine("| Measured | ms | Diagnostics | vs compiler pass | vs PopulateSwitch |");
        w.WriteLine("|---|---:|---:|---:|---:|");
        w.WriteLine("| compiler `GetDiagnostics()` (fresh clone) | " + F(c) + " | " + compilerCount.ToString(CultureInfo.InvariantCulture) + " | 100 % | |");
        w.WriteLine("| ErrorCodeGen analyzers (ECG0001-3), driver ExecutionTime | " + F(e) + " | " + ecgCount.ToString(CultureInfo.InvariantCulture) + " | " + P(e / c) + " | " + P(e / p) + " |");
        w.WriteLine("| PopulateSwitch (IDE0010 + IDE0072), driver ExecutionTime | " + F(p) + " | " + populateCount.ToString(CultureInfo.InvariantCulture) + " | " + P(p / c) + " | 100 % |");
        w.WriteLine();
    }

    private static (double Milliseconds, int Diagnostics) AnalyzerTime(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var withAnalyzers = AnalyzerWorkload.WithAnalyzers(compilation.Clone(), analyzers);
        var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        var total = TimeSpan.Zero;
        foreach (var analyzer in analyzers)
        {
            total += withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime;
        }

        return (total.TotalMilliseconds, diagnostics.Length);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string F(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static string P(double ratio) => (ratio * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}
