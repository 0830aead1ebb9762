using System;
using System.Linq;
using BenchmarkDotNet.Running;

namespace ErrorCodeGen.Benchmarks;

/// <summary>
/// Entry point. BenchmarkDotNet's switcher takes the usual arguments (<c>--filter '*'</c>). After the
/// BenchmarkDotNet run, the reports that BenchmarkDotNet cannot take (the analyzer driver's own execution
/// time, and the generator's incremental step reasons) are printed unless <c>--no-reports</c> is given;
/// <c>--reports-only</c> prints them alone; <c>--quick</c> prints a Stopwatch breakdown of the generator
/// (<see cref="QuickProfile"/>) and nothing else.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var loop = Array.IndexOf(args, "--loop");
        if (loop >= 0 && loop + 3 < args.Length)
        {
            QuickProfile.Loop(args[loop + 1], args[loop + 2], double.Parse(args[loop + 3], System.Globalization.CultureInfo.InvariantCulture));
            return 0;
        }

        if (args.Contains("--quick"))
        {
            QuickProfile.Run(Console.Out);
            return 0;
        }

        var reportsOnly = args.Contains("--reports-only");
        var noReports = args.Contains("--no-reports");
        var rest = args.Where(a => a != "--reports-only" && a != "--no-reports").ToArray();

        if (!reportsOnly)
        {
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest, new BenchConfig());
        }

        if (!noReports)
        {
            Reports.Run(Console.Out);
        }

        return 0;
    }
}
