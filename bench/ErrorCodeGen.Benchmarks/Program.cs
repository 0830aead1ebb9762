using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Running;

namespace ErrorCodeGen.Benchmarks;

/// <summary>
/// Entry point. BenchmarkDotNet's switcher takes the usual arguments (<c>--filter '*'</c>). After the
/// BenchmarkDotNet run, the reports that BenchmarkDotNet cannot take (the analyzer driver's own execution
/// time on both analyzer workloads, and the generator's incremental step reasons) are printed unless
/// <c>--no-reports</c> is given; <c>--reports-only</c> prints them alone.
/// <list type="bullet">
/// <item><c>--analyzers</c>: the analyzer part only — the callback benchmarks (BenchmarkDotNet) and the telemetry
/// report; add <c>--no-bdn</c> for the telemetry report alone.</item>
/// <item><c>--switches N</c>: switches per analyzer workload (default 10,000; a few hundred for a development run);
/// <c>--runs N</c>: measured runs of the telemetry report (default 9).</item>
/// <item><c>--cold [runs]</c>: where a cold compiler spends the generator's time (<see cref="ColdStart"/>), in fresh
/// processes; <c>--cold-dir DIR</c> also times the generator loaded from other copies of its assemblies (e.g.
/// ReadyToRun-compiled ones).</item>
/// <item><c>--callbacks</c>: the analyzer callbacks timed with a Stopwatch (no BenchmarkDotNet), for quick iterations.</item>
/// <item><c>--quick</c>: a Stopwatch breakdown of the generator (<see cref="QuickProfile"/>) and nothing else;
/// <c>--loop …</c>: one step in a loop, to attach a profiler to.</item>
/// </list>
/// The exit code is non-zero when an analyzer workload's diagnostics are not what it expects.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var rest = new List<string>(args);
        if (Take(rest, "--switches") is { } switches)
        {
            AnalyzerWorkload.Switches = int.Parse(switches, CultureInfo.InvariantCulture);
            Environment.SetEnvironmentVariable("ECG_BENCH_SWITCHES", switches); // BenchmarkDotNet's child processes inherit it
        }

        if (Take(rest, "--runs") is { } runs)
        {
            Reports.AnalyzerRuns = int.Parse(runs, CultureInfo.InvariantCulture);
        }

        if (rest.Contains("--cold-child"))
        {
            var child = rest.IndexOf("--cold-child");
            return ColdStart.Child(rest[child + 1], rest[child + 2]);
        }

        var coldDirectories = new List<string>();
        while (Take(rest, "--cold-dir") is { } directory)
        {
            coldDirectories.Add(System.IO.Path.GetFullPath(directory));
        }

        if (rest.Contains("--cold"))
        {
            var at = rest.IndexOf("--cold");
            var coldRuns = at + 1 < rest.Count && int.TryParse(rest[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : 9;
            return ColdStart.Run(Console.Out, coldRuns, coldDirectories);
        }

        var loop = rest.IndexOf("--loop");
        if (loop >= 0 && loop + 3 < rest.Count)
        {
            QuickProfile.Loop(rest[loop + 1], rest[loop + 2], double.Parse(rest[loop + 3], CultureInfo.InvariantCulture));
            return 0;
        }

        if (rest.Contains("--callbacks"))
        {
            QuickProfile.Callbacks(Console.Out);
            return 0;
        }

        if (rest.Contains("--quick"))
        {
            QuickProfile.Run(Console.Out);
            return 0;
        }

        if (rest.Remove("--analyzers"))
        {
            if (!rest.Remove("--no-bdn"))
            {
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(new[] { "--filter", "*AnalyzerCallbackBenchmarks*" }.Concat(rest).ToArray(), new BenchConfig());
            }

            Reports.Run(Console.Out, analyzersOnly: true);
            return Reports.AllAsExpected ? 0 : 1;
        }

        var reportsOnly = rest.Remove("--reports-only");
        var noReports = rest.Remove("--no-reports");
        if (!reportsOnly)
        {
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest.ToArray(), new BenchConfig());
        }

        if (!noReports)
        {
            Reports.Run(Console.Out);
        }

        return Reports.AllAsExpected ? 0 : 1;
    }

    private static string? Take(List<string> args, string name)
    {
        var at = args.IndexOf(name);
        if (at < 0 || at + 1 >= args.Count)
        {
            return null;
        }

        var value = args[at + 1];
        args.RemoveRange(at, 2);
        return value;
    }
}
