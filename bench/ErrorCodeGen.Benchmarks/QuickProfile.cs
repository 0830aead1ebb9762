using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using ErrorCodeGen.Emit;
using ErrorCodeGen.Model;
using ErrorCodeGen.Parsing;
using Markdig;

namespace ErrorCodeGen.Benchmarks;

/// <summary>
/// <c>--quick</c>: a Stopwatch breakdown of a cold generator run (Markdig alone, the spec parser, the emitter, the
/// whole generator) on the reference spec and the synthetic ones, medians of repeated runs after a warm-up, plus the
/// size of the emitted file. About a minute; for iterating on the parser and the emitter between suite runs.
/// </summary>
internal static class QuickProfile
{
    public static void Run(TextWriter output)
    {
        var compilation = GeneratorHost.Compilation("namespace Consumer { internal static class Placeholder { } }");
        var options = new CatalogEmitOptions("Acme.MarketData");
        output.WriteLine("| Spec | Markdig (ms) | SpecParser.Parse (ms) | CatalogEmitter.Emit (ms) | Generator cold (ms) | cold / Markdig | emitted chars |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (label, spec, runs) in new[]
                 {
                     ("reference", GeneratorHost.ReferenceSpec, 400),
                     ("100", SyntheticSpec.Create(100), 200),
                     ("1000", SyntheticSpec.Create(1000), 40),
                     ("10000", SyntheticSpec.Create(10000), 8),
                 })
        {
            var catalog = CatalogEmitPreflight.Check(SpecParser.Parse(spec).Catalog, options, new List<ErrorCodeGen.Diagnostics.SpecDiagnostic>());
            var source = CatalogEmitter.Emit(catalog, options);
            var markdig = Time(runs, () => Markdown.Parse(spec, GeneratorHost.Pipeline));
            var parser = Time(runs, () => SpecParser.Parse(spec));
            var emitter = Time(runs, () => CatalogEmitter.Emit(catalog, options));
            var cold = Time(runs, () => GeneratorHost.CreateDriver(spec).RunGenerators(compilation));
            output.WriteLine("| " + label + " | " + F(markdig) + " | " + F(parser) + " | " + F(emitter) + " | " + F(cold) + " | "
                + (cold / markdig).ToString("0.00", CultureInfo.InvariantCulture) + "× | " + source.Length.ToString("N0", CultureInfo.InvariantCulture) + " |");
        }
    }

    /// <summary><c>--loop parse|emit|cold reference|N seconds</c>: one step in a loop, to attach a profiler to.</summary>
    public static void Loop(string step, string specName, double seconds)
    {
        var spec = specName == "reference" ? GeneratorHost.ReferenceSpec : SyntheticSpec.Create(int.Parse(specName, CultureInfo.InvariantCulture));
        var options = new CatalogEmitOptions("Acme.MarketData");
        var catalog = CatalogEmitPreflight.Check(SpecParser.Parse(spec).Catalog, options, new List<ErrorCodeGen.Diagnostics.SpecDiagnostic>());
        var compilation = GeneratorHost.Compilation("namespace Consumer { internal static class Placeholder { } }");
        Func<object> action = step switch
        {
            "parse" => () => SpecParser.Parse(spec),
            "emit" => () => CatalogEmitter.Emit(catalog, options),
            "markdig" => () => Markdown.Parse(spec, GeneratorHost.Pipeline),
            _ => () => GeneratorHost.CreateDriver(spec).RunGenerators(compilation),
        };
        var stopwatch = Stopwatch.StartNew();
        var count = 0;
        while (stopwatch.Elapsed.TotalSeconds < seconds)
        {
            action();
            count++;
        }

        Console.WriteLine(step + " " + specName + ": " + count.ToString(CultureInfo.InvariantCulture) + " runs, "
            + F(stopwatch.Elapsed.TotalMilliseconds / count) + " ms each");
    }

    /// <summary>
    /// <c>--callbacks</c>: the callback benchmarks' three hosts timed with a Stopwatch (median of 15 runs of
    /// <see cref="CallbackHost.Invocations"/> callbacks after a one-second warm-up), per switch, on both workloads; for
    /// iterating on the analyzer between BenchmarkDotNet runs.
    /// </summary>
    public static void Callbacks(TextWriter output)
    {
        output.WriteLine("| Workload | floor: visits every label (ns / switch) | ErrorCodeGen (ns / switch) | PopulateSwitch (ns / switch) | ours / floor | ours / PopulateSwitch |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var workload in new[] { SwitchWorkload.NotErrorCodes, SwitchWorkload.ErrorCodes })
        {
            var compilation = AnalyzerWorkload.Get(workload);
            _ = compilation.GetDiagnostics();
            var hosts = new[] { AnalyzerWorkload.LabelsFloor, AnalyzerWorkload.ErrorCodeGenAnalyzers, AnalyzerWorkload.PopulateSwitchAnalyzers }
                .Select(a => new CallbackHost(compilation, a)).ToArray();
            var ns = hosts.Select(h =>
            {
                var times = new List<double>();
                var warmup = Stopwatch.StartNew();
                while (warmup.ElapsedMilliseconds < 1000)
                {
                    h.Run();
                }

                for (var i = 0; i < 15; i++)
                {
                    var stopwatch = Stopwatch.StartNew();
                    h.Run();
                    times.Add(stopwatch.Elapsed.TotalMilliseconds * 1e6 / CallbackHost.Invocations);
                }

                times.Sort();
                return times[times.Count / 2];
            }).ToArray();
            output.WriteLine("| " + AnalyzerWorkload.Name(workload) + " | " + ns[0].ToString("0.0", CultureInfo.InvariantCulture) + " | " + ns[1].ToString("0.0", CultureInfo.InvariantCulture)
                + " | " + ns[2].ToString("0.0", CultureInfo.InvariantCulture) + " | " + (ns[1] / ns[0]).ToString("0.00", CultureInfo.InvariantCulture) + "× | "
                + (ns[1] / ns[2]).ToString("0.00", CultureInfo.InvariantCulture) + "× |");
        }
    }

    private static double Time(int runs, Func<object> action)
    {
        // Warm up for a second at least, so the measured runs use fully optimized (tier-1) code.
        var warmup = Stopwatch.StartNew();
        for (var i = 0; i < 3 || warmup.ElapsedMilliseconds < 1000; i++)
        {
            action();
        }

        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            action();
            times.Add(stopwatch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times[times.Count / 2];
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
