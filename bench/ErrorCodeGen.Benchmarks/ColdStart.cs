using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using System.Text;
using ErrorCodeGen.Emit;
using ErrorCodeGen.Parsing;
using Markdig;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ErrorCodeGen.Benchmarks;

/// <summary>
/// <c>--cold [runs]</c>: where a cold compiler spends the generator's time. Each run is a fresh process
/// (<c>--cold-child</c>) that first warms Roslyn itself up with a stand-in generator doing what ours asks of the
/// driver (read an additional text, add a 50 KB source) — in a real build the compiler has done that work before our
/// generator runs — and then times, on the reference spec, each first-time phase: loading Markdig, Core and the
/// generator; Markdig's pipeline and first parse; the spec parser's first parse; the emitter's first run; the first
/// whole generator run (what is left: the generator's own glue, inference, the integration file, the driver's handling
/// of the output); a second and a steady run. Each phase reports its wall time, the methods the JIT compiled in it and
/// the JIT's time (<see cref="JitInfo"/>), and the bytes allocated. A second child mode ("whole") runs the generator
/// cold with nothing before it but the same Roslyn warm-up: the cost a cold compiler pays for ErrorCodeGen in one
/// number. Medians over the runs. <c>--cold-dir DIR</c> (repeatable) adds "whole" processes that load Markdig, Core and
/// the generator from DIR instead — e.g. ReadyToRun-compiled copies, to measure what precompiling them would save.
/// </summary>
internal static class ColdStart
{
    private const string Prefix = "COLD|";

    public static int Run(TextWriter output, int runs, IReadOnlyList<string> otherDirectories)
    {
        var results = new Dictionary<string, List<double[]>>(StringComparer.Ordinal);
        var order = new List<string>();
        var self = typeof(ColdStart).Assembly.Location;
        for (var r = 0; r < runs; r++)
        {
            foreach (var (mode, directory) in new[] { ("phases", AppContext.BaseDirectory), ("whole", AppContext.BaseDirectory) }
                         .Concat(otherDirectories.Select(d => ("whole " + d, d))))
            {
                var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
                start.ArgumentList.Add(self);
                start.ArgumentList.Add("--cold-child");
                start.ArgumentList.Add(mode.Split(' ')[0]);
                start.ArgumentList.Add(directory);
                using var process = Process.Start(start)!;
                var text = process.StandardOutput.ReadToEnd();
                process.WaitForExit();
                if (process.ExitCode != 0)
                {
                    output.WriteLine("cold child failed (" + mode + "): " + text);
                    return 1;
                }

                foreach (var line in text.Split('\n').Where(l => l.StartsWith(Prefix, StringComparison.Ordinal)))
                {
                    var parts = line.TrimEnd('\r').Split('|');
                    var key = mode + "|" + parts[1];
                    if (!results.TryGetValue(key, out var list))
                    {
                        results[key] = list = new List<double[]>();
                        order.Add(key);
                    }

                    list.Add(parts.Skip(2).Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToArray());
                }
            }
        }

        output.WriteLine();
        output.WriteLine("### Cold generator: first-run phases in a fresh process (medians of " + runs.ToString(CultureInfo.InvariantCulture) + " processes)");
        output.WriteLine();
        output.WriteLine("Load average " + (File.Exists("/proc/loadavg") ? string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a")
            + ", " + DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC.");
        output.WriteLine();
        output.WriteLine("| Mode | Phase | Wall (ms) | Methods JIT-compiled | JIT time (ms) | Allocated (KB) |");
        output.WriteLine("|---|---|---:|---:|---:|---:|");
        foreach (var key in order)
        {
            var rows = results[key];
            var cols = Enumerable.Range(0, rows[0].Length).Select(i => Median(rows.Select(row => row[i]).ToList())).ToArray();
            var parts = key.Split('|');
            output.WriteLine("| " + parts[0] + " | " + parts[1] + " | " + cols[0].ToString("0.00", CultureInfo.InvariantCulture) + " | "
                + cols[1].ToString("0", CultureInfo.InvariantCulture) + " | " + cols[2].ToString("0.00", CultureInfo.InvariantCulture) + " | "
                + cols[3].ToString("0", CultureInfo.InvariantCulture) + " |");
        }

        foreach (var directory in new[] { AppContext.BaseDirectory }.Concat(otherDirectories))
        {
            JitByAssembly(output, self, directory);
        }

        return 0;
    }

    /// <summary>One fresh process: prints <c>COLD|phase|wall ms|methods|jit ms|allocated KB</c> lines.</summary>
    public static int Child(string mode, string directory)
    {
        var spec = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "spec", "error-codes.md"));
        var compilation = GeneratorHost.Compilation("namespace Consumer { internal static class Placeholder { } }");
        Phase("Roslyn warm-up (stand-in generator, not ours)", () =>
        {
            var driver = CSharpGeneratorDriver.Create(new[] { new StandInGenerator().AsSourceGenerator() }, new AdditionalText[] { new Text(GeneratorHost.SpecPath, spec) }, GeneratorHost.ParseOptions);
            driver.RunGeneratorsAndUpdateCompilation(compilation, out var updated, out _);
            _ = updated.SyntaxTrees.Last().GetRoot();
        });

        if (mode == "whole")
        {
            // Markdig, Core and the generator from `directory`, in a load context of their own (as the compiler loads
            // analyzers); Roslyn and the BCL from the default context.
            IIncrementalGenerator? generator = null;
            MarkerFirstRunStarts();
            Phase("first generator run: load + JIT + run", () =>
            {
                var assembly = new DirectoryLoadContext(directory).LoadFromAssemblyPath(Path.Combine(directory, "ErrorCodeGen.Generator.dll"));
                generator = (IIncrementalGenerator)Activator.CreateInstance(assembly.GetType("ErrorCodeGen.Generator.ErrorCodeGenerator", throwOnError: true)!)!;
                GeneratorHost.RunChecked(GeneratorHost.CreateDriver(spec, generator), compilation);
            });
            MarkerFirstRunEnds();
            Phase("second generator run", () => GeneratorHost.RunChecked(GeneratorHost.CreateDriver(spec, generator!), compilation));
            return 0;
        }

        // What the compiler does: a load context of its own for the analyzer directory, the assemblies loaded from their
        // paths (the rest of this mode runs the copies the benchmark process references, loaded with it).
        var context = new AssemblyLoadContext("analyzers");
        foreach (var name in new[] { "Markdig", "ErrorCodeGen.Core", "ErrorCodeGen.Generator" })
        {
            Phase("load " + name + " (own load context, from its path)", () => context.LoadFromAssemblyPath(Path.Combine(AppContext.BaseDirectory, name + ".dll")).GetTypes());
        }

        MarkdownPipeline? pipeline = null;
        Phase("Markdig pipeline build", () => pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseYamlFrontMatter().Build());
        Phase("Markdig first parse", () => Markdown.Parse(spec, pipeline));
        SpecParseResult? parsed = null;
        Phase("SpecParser first parse (incl. its regexes)", () => parsed = SpecParser.Parse(spec));
        var options = new CatalogEmitOptions("Acme.MarketData");
        Phase("CatalogEmitter first emit", () => CatalogEmitter.Emit(CatalogEmitPreflight.Check(parsed!.Catalog, options, new List<ErrorCodeGen.Diagnostics.SpecDiagnostic>()), options));
        Phase("first generator run (the rest)", () => GeneratorHost.RunChecked(GeneratorHost.CreateDriver(spec), compilation));
        Phase("second generator run", () => GeneratorHost.RunChecked(GeneratorHost.CreateDriver(spec), compilation));
        var steady = new List<double>();
        for (var i = 0; i < 20; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            GeneratorHost.RunChecked(GeneratorHost.CreateDriver(spec), compilation);
            steady.Add(stopwatch.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine(Prefix + "runs 3–22, median" + "|" + Median(steady).ToString("0.000", CultureInfo.InvariantCulture) + "|0|0|0");
        return 0;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void MarkerFirstRunStarts()
    {
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void MarkerFirstRunEnds()
    {
    }

    /// <summary>
    /// One more "whole" child with the runtime's JIT summary on (<c>DOTNET_JitDisasmSummary</c>, every method the JIT
    /// compiles, in order): the methods compiled during the first generator run (between the two marker methods), by
    /// the assembly family of their declaring type, with their IL size — whose code a cold compiler has to JIT for us.
    /// </summary>
    private static void JitByAssembly(TextWriter output, string self, string directory)
    {
        var file = Path.Combine(Path.GetTempPath(), "ecg-cold-jit-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".txt");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(self);
        start.ArgumentList.Add("--cold-child");
        start.ArgumentList.Add("whole");
        start.ArgumentList.Add(directory);
        start.Environment["DOTNET_JitDisasmSummary"] = "1";
        start.Environment["DOTNET_JitStdOutFile"] = file;
        using (var process = Process.Start(start)!)
        {
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
        }

        if (!File.Exists(file))
        {
            output.WriteLine("(no JIT summary: this runtime does not write DOTNET_JitStdOutFile)");
            return;
        }

        var lines = File.ReadAllLines(file);
        File.Delete(file);
        var from = Array.FindIndex(lines, l => l.Contains(nameof(MarkerFirstRunStarts), StringComparison.Ordinal));
        var to = Array.FindIndex(lines, l => l.Contains(nameof(MarkerFirstRunEnds), StringComparison.Ordinal));
        if (from < 0 || to < from)
        {
            output.WriteLine("(JIT summary without the markers)");
            return;
        }

        var groups = new SortedDictionary<string, (int Methods, long Il)>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(from + 1).Take(to - from - 1))
        {
            var at = line.IndexOf("JIT compiled ", StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var method = line.Substring(at + "JIT compiled ".Length);
            var group = method.StartsWith("ErrorCodeGen.", StringComparison.Ordinal) ? "ErrorCodeGen (Core, Generator)"
                : method.StartsWith("Markdig.", StringComparison.Ordinal) ? "Markdig"
                : method.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) ? "Roslyn (Microsoft.CodeAnalysis*)"
                : method.StartsWith("System.Text.RegularExpressions.", StringComparison.Ordinal) ? "System.Text.RegularExpressions"
                : method.Contains("ErrorCodeGen.", StringComparison.Ordinal) || method.Contains("Markdig.", StringComparison.Ordinal) ? "BCL generics over our types"
                : "other BCL / runtime";
            var il = System.Text.RegularExpressions.Regex.Match(line, @"IL size=(\d+)");
            var current = groups.TryGetValue(group, out var g) ? g : default;
            groups[group] = (current.Methods + 1, current.Il + (il.Success ? long.Parse(il.Groups[1].Value, CultureInfo.InvariantCulture) : 0));
        }

        output.WriteLine();
        output.WriteLine("Methods JIT-compiled during the first generator run (one more \"whole\" process with DOTNET_JitDisasmSummary=1, our assemblies from "
            + directory + "), by declaring type:");
        output.WriteLine();
        output.WriteLine("| Declaring type in | Methods | IL bytes |");
        output.WriteLine("|---|---:|---:|");
        foreach (var (group, (methods, il)) in groups.OrderByDescending(g => g.Value.Methods))
        {
            output.WriteLine("| " + group + " | " + methods.ToString(CultureInfo.InvariantCulture) + " | " + il.ToString("N0", CultureInfo.InvariantCulture) + " |");
        }
    }

    private static void Phase(string name, Action action)
    {
        var methods = JitInfo.GetCompiledMethodCount(currentThread: false);
        var jit = JitInfo.GetCompilationTime(currentThread: false);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var stopwatch = Stopwatch.StartNew();
        action();
        var wall = stopwatch.Elapsed.TotalMilliseconds;
        Console.WriteLine(Prefix + name + "|" + wall.ToString("0.000", CultureInfo.InvariantCulture) + "|"
            + (JitInfo.GetCompiledMethodCount(currentThread: false) - methods).ToString(CultureInfo.InvariantCulture) + "|"
            + (JitInfo.GetCompilationTime(currentThread: false) - jit).TotalMilliseconds.ToString("0.000", CultureInfo.InvariantCulture) + "|"
            + ((GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024.0).ToString("0", CultureInfo.InvariantCulture));
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>Does what ours asks of the driver (reads the additional text, adds a documented 50 KB source) so Roslyn's own paths are warm.</summary>
    private sealed class StandInGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context) =>
            context.RegisterSourceOutput(context.AdditionalTextsProvider.Select((t, c) => t.GetText(c)!.Length), (output, length) =>
            {
                var b = new StringBuilder("namespace StandIn\n{\n    /// <summary>Stand-in.</summary>\n    public enum E\n    {\n");
                for (var i = 0; i < 400; i++)
                {
                    b.Append("        /// <summary>Member ").Append(i.ToString(CultureInfo.InvariantCulture)).Append(" of a spec of ").Append(length.ToString(CultureInfo.InvariantCulture))
                        .Append(" chars.</summary>\n        M").Append(i.ToString(CultureInfo.InvariantCulture)).Append(" = ").Append(i.ToString(CultureInfo.InvariantCulture)).Append(",\n");
                }

                output.AddSource("StandIn.g.cs", SourceText.From(b.Append("    }\n}\n").ToString(), Encoding.UTF8));
            });
    }

    /// <summary>Markdig and ErrorCodeGen.* from one directory; everything else (Roslyn, the BCL) from the default context.</summary>
    private sealed class DirectoryLoadContext : AssemblyLoadContext
    {
        private readonly string _directory;

        public DirectoryLoadContext(string directory)
            : base("analyzers") => _directory = directory;

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            var path = Path.Combine(_directory, assemblyName.Name + ".dll");
            return (assemblyName.Name == "Markdig" || assemblyName.Name!.StartsWith("ErrorCodeGen.", StringComparison.Ordinal)) && File.Exists(path)
                ? LoadFromAssemblyPath(path)
                : null;
        }
    }

    private sealed class Text : AdditionalText
    {
        private readonly SourceText _text;

        public Text(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text);
        }

        public override string Path { get; }

        public override SourceText GetText(System.Threading.CancellationToken cancellationToken = default) => _text;
    }
}
