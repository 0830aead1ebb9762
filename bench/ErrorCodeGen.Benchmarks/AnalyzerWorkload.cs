using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorCodeGen.Benchmarks;

/// <summary>Which consumer code the analyzer workload holds.</summary>
public enum SwitchWorkload
{
    /// <summary>
    /// N, "not error codes": switches over another enum, <c>int</c> switches with labels that are not codes, string
    /// switches and type-pattern switches over a class hierarchy (a quarter each, statements and expressions). The
    /// analyzers must report nothing.
    /// </summary>
    NotErrorCodes,

    /// <summary>
    /// E, "error codes": half switches over the catalog enum, half <c>int</c> switches on <c>response.Code</c>; one in
    /// ten leaves codes unhandled without a default, so ECG0001 is reported once per ten switches.
    /// </summary>
    ErrorCodes,
}

/// <summary>
/// The analyzer workloads: one compilation per <see cref="SwitchWorkload"/> with the reference spec's catalog (from
/// the real generator) and <see cref="Switches"/> switches in files of 100 switches. The analyzers under test are
/// whatever the ErrorCodeGen.Analyzers assembly holds when the benchmark runs (every <see cref="DiagnosticAnalyzer"/>
/// type in it, found by reflection), beside the two floors and Roslyn's PopulateSwitch.
/// </summary>
internal static class AnalyzerWorkload
{
    /// <summary>Switches per workload: 10,000 unless <c>--switches N</c> (or <c>ECG_BENCH_SWITCHES</c>) says otherwise.</summary>
    public static int Switches { get; set; } = int.TryParse(Environment.GetEnvironmentVariable("ECG_BENCH_SWITCHES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 10_000;

    private const int SwitchesPerFile = 100;

    private static readonly ConcurrentDictionary<(SwitchWorkload, int), Lazy<Compilation>> Compilations = new();

    /// <summary>The workload's compilation (parsed and generated once; clone it for a fresh semantic state).</summary>
    public static Compilation Get(SwitchWorkload workload) =>
        Compilations.GetOrAdd((workload, Switches), key => new Lazy<Compilation>(() => Create(key.Item1, key.Item2))).Value;

    /// <summary>Diagnostics the ErrorCodeGen analyzers must report on <paramref name="workload"/>.</summary>
    public static int ExpectedDiagnostics(SwitchWorkload workload) => workload == SwitchWorkload.ErrorCodes ? Switches / 10 : 0;

    public static string Name(SwitchWorkload workload) => workload == SwitchWorkload.ErrorCodes ? "E (error codes)" : "N (not error codes)";

    private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> OursLazy = new(LoadOurs);

    /// <summary>Every analyzer (and suppressor) of the ErrorCodeGen.Analyzers assembly.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> ErrorCodeGenAnalyzers => OursLazy.Value;

    public static ImmutableArray<DiagnosticAnalyzer> EmptyFloor { get; } = ImmutableArray.Create<DiagnosticAnalyzer>(new FloorAnalyzer(visitLabels: false));

    public static ImmutableArray<DiagnosticAnalyzer> LabelsFloor { get; } = ImmutableArray.Create<DiagnosticAnalyzer>(new FloorAnalyzer(visitLabels: true));

    /// <summary>The label floor that also reports, like ECG0001, each switch without a default that misses catalog codes.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> ReportingFloor => ReportingFloorLazy.Value;

    private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> ReportingFloorLazy = new(() =>
        ImmutableArray.Create<DiagnosticAnalyzer>(new FloorAnalyzer(visitLabels: true, reportBelow: ReferenceCodes().Length)));

    private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> PopulateSwitchLazy = new(LoadPopulateSwitch);

    /// <summary>IDE0010 and IDE0072 (Roslyn's PopulateSwitch analyzers) from Microsoft.CodeAnalysis.CSharp.CodeStyle.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> PopulateSwitchAnalyzers => PopulateSwitchLazy.Value;

    public static CompilationWithAnalyzers WithAnalyzers(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers) =>
        compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, analyzer, diagnostic) => throw new InvalidOperationException(analyzer + " threw: " + exception, exception),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: true,
            reportSuppressedDiagnostics: false));

    private static Compilation Create(SwitchWorkload workload, int switches)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard.dll" or "mscorlib.dll"))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray();

        var codes = ReferenceCodes();
        var trees = new List<SyntaxTree>();
        for (var first = 0; first < switches; first += SwitchesPerFile)
        {
            var count = Math.Min(SwitchesPerFile, switches - first);
            var file = first / SwitchesPerFile;
            var text = workload == SwitchWorkload.ErrorCodes ? ErrorCodeFile(file, first, count, codes) : OtherFile(file, first, count);
            trees.Add(CSharpSyntaxTree.ParseText(text, GeneratorHost.ParseOptions, path: "Consumer" + Num(file) + ".cs"));
        }

        trees.Add(CSharpSyntaxTree.ParseText(
            """
            namespace Consumer
            {
                public sealed class Response { public int Code { get; set; } public string Message { get; set; } = ""; }
                public enum Color { Red, Green, Blue, Cyan, Magenta, Yellow, Black, White }
                public abstract class Shape { }
                public sealed class Circle : Shape { public double Radius { get; set; } }
                public sealed class Square : Shape { public double Side { get; set; } }
                public sealed class Triangle : Shape { public double Base { get; set; } public double Height { get; set; } }
            }
            """,
            GeneratorHost.ParseOptions,
            path: "Types.cs"));

        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, concurrentBuild: false, nullableContextOptions: NullableContextOptions.Enable)
            .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
            {
                ["IDE0010"] = ReportDiagnostic.Warn,
                ["IDE0072"] = ReportDiagnostic.Warn,
            });
        var compilation = CSharpCompilation.Create("Consumer", trees, references, options);

        // The catalog comes from the generator itself, as in a build.
        GeneratorHost.CreateDriver(GeneratorHost.ReferenceSpec).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        if (generatorDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new InvalidOperationException(string.Join("; ", generatorDiagnostics));
        }

        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(5).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The analyzer workload does not compile: " + string.Join("; ", errors));
        }

        return output;
    }

    private static (int Code, string Name)[] ReferenceCodes() =>
        Acme.MarketData.ErrorCodeExtensions.GetValues().Select(v => ((int)v, v.ToString())).ToArray();

    /// <summary>
    /// Workload E: switch <c>k</c> (counted over the whole workload) is an enum switch when <c>k</c> is even and an
    /// <c>int</c> switch on <c>response.Code</c> when odd. Of each ten enum switches one (pair index ≡ 0 mod 10) and
    /// of each ten int switches one (≡ 5 mod 10) handle some codes and have no default: one diagnostic per ten
    /// switches. The others: enum statements over every code, enum statements over some codes with a default, enum
    /// switch expressions with a discard, and int statements over some codes with a default.
    /// </summary>
    private static string ErrorCodeFile(int file, int first, int count, (int Code, string Name)[] codes)
    {
        var b = Header(file, "using Acme.MarketData;\n\n");
        for (var k = first; k < first + count; k++)
        {
            var pair = k / 2;
            var take = 3 + (pair % 6);
            var start = (pair * 7) % codes.Length;
            var some = Enumerable.Range(0, take).Select(i => codes[(start + i) % codes.Length]).ToArray();
            b.Append("        public static int M").Append(Num(k)).Append("(ErrorCode code, Response response)\n        {\n            int total = 0;\n");
            if (k % 2 == 0)
            {
                var incomplete = pair % 10 == 0;
                var shape = incomplete ? 0 : 1 + (pair % 3);
                if (shape == 3)
                {
                    b.Append("            total += code switch\n            {\n");
                    foreach (var c in some)
                    {
                        b.Append("                ErrorCode.").Append(c.Name).Append(" => ").Append(Num(c.Code % 89)).Append(",\n");
                    }

                    b.Append("                _ => 0,\n            };\n");
                }
                else
                {
                    b.Append("            switch (code)\n            {\n");
                    foreach (var c in shape == 1 ? codes : some)
                    {
                        b.Append("                case ErrorCode.").Append(c.Name).Append(":\n                    total += ").Append(Num(c.Code % 97)).Append(";\n                    break;\n");
                    }

                    if (shape == 2)
                    {
                        b.Append("                default:\n                    total -= 1;\n                    break;\n");
                    }

                    b.Append("            }\n");
                }
            }
            else
            {
                var incomplete = pair % 10 == 5;
                b.Append("            switch (response.Code)\n            {\n");
                foreach (var c in some)
                {
                    b.Append("                case ").Append(Num(c.Code)).Append(":\n                    total += 3;\n                    break;\n");
                }

                if (!incomplete)
                {
                    b.Append("                default:\n                    total += 5;\n                    break;\n");
                }

                b.Append("            }\n");
            }

            b.Append("            return total;\n        }\n\n");
        }

        return b.Append("    }\n}\n").ToString();
    }

    /// <summary>
    /// Workload N: by <c>k mod 8</c>: an enum (<c>Color</c>) switch statement and expression, an <c>int</c> switch
    /// statement and expression whose labels (1–9, 10, 20, 40…) are not codes, a string switch statement and
    /// expression, and a type-pattern switch statement and expression over a class hierarchy.
    /// </summary>
    private static string OtherFile(int file, int first, int count)
    {
        var b = Header(file, string.Empty);
        for (var k = first; k < first + count; k++)
        {
            var n = 3 + (k % 5);
            b.Append("        public static int M").Append(Num(k)).Append("(Color color, int count, string name, Shape shape)\n        {\n            int total = 0;\n");
            switch (k % 8)
            {
                case 0:
                    b.Append("            switch (color)\n            {\n");
                    for (var i = 0; i < n; i++)
                    {
                        b.Append("                case Color.").Append(((string[])["Red", "Green", "Blue", "Cyan", "Magenta", "Yellow", "Black", "White"])[i]).Append(":\n                    total += ").Append(Num(i)).Append(";\n                    break;\n");
                    }

                    b.Append("                default:\n                    total -= 1;\n                    break;\n            }\n");
                    break;
                case 1:
                    b.Append("            total += color switch\n            {\n                Color.Red => 1,\n                Color.Green => 2,\n                Color.Blue => 3,\n                _ => 0,\n            };\n");
                    break;
                case 2:
                    b.Append("            switch (count)\n            {\n");
                    for (var i = 1; i <= n; i++)
                    {
                        b.Append("                case ").Append(Num(i * (k % 3 == 0 ? 10 : 1))).Append(":\n                    total += ").Append(Num(i)).Append(";\n                    break;\n");
                    }

                    b.Append("                default:\n                    total -= 1;\n                    break;\n            }\n");
                    break;
                case 3:
                    b.Append("            total += count switch\n            {\n                1 => 10,\n                2 => 20,\n                3 => 30,\n                > 3 and < 10 => 40,\n                _ => 0,\n            };\n");
                    break;
                case 4:
                    b.Append("            switch (name)\n            {\n");
                    for (var i = 0; i < n; i++)
                    {
                        b.Append("                case \"item").Append(Num(i)).Append("\":\n                    total += ").Append(Num(i)).Append(";\n                    break;\n");
                    }

                    b.Append("                default:\n                    total -= 1;\n                    break;\n            }\n");
                    break;
                case 5:
                    b.Append("            total += name switch\n            {\n                \"alpha\" => 1,\n                \"beta\" => 2,\n                \"gamma\" => 3,\n                _ => 0,\n            };\n");
                    break;
                case 6:
                    b.Append("            switch (shape)\n            {\n                case Circle c:\n                    total += (int)c.Radius;\n                    break;\n                case Square s when s.Side > 1:\n                    total += (int)s.Side;\n                    break;\n                case Triangle t:\n                    total += (int)t.Base;\n                    break;\n                default:\n                    total -= 1;\n                    break;\n            }\n");
                    break;
                default:
                    b.Append("            total += shape switch\n            {\n                Circle { Radius: > 2 } c => (int)c.Radius,\n                Square s => (int)s.Side,\n                Triangle => 3,\n                _ => 0,\n            };\n");
                    break;
            }

            b.Append("            return total;\n        }\n\n");
        }

        return b.Append("    }\n}\n").ToString();
    }

    private static StringBuilder Header(int file, string usings) =>
        new StringBuilder().Append(usings).Append("namespace Consumer.Area").Append(Num(file)).Append("\n{\n    public static class Handlers").Append(Num(file)).Append("\n    {\n");

    private static ImmutableArray<DiagnosticAnalyzer> LoadOurs()
    {
        // By name, not by a type of it: the benchmark measures whatever analyzers the assembly holds.
        var assembly = Assembly.Load("ErrorCodeGen.Analyzers");
        var analyzers = assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any())
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
        if (analyzers.IsEmpty)
        {
            throw new InvalidOperationException("No analyzers in " + assembly.Location);
        }

        return analyzers;
    }

    private static ImmutableArray<DiagnosticAnalyzer> LoadPopulateSwitch()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "codestyle", "Microsoft.CodeAnalysis.CSharp.CodeStyle.dll");
        var reference = new AnalyzerFileReference(path, new Loader());
        var analyzers = reference.GetAnalyzers(LanguageNames.CSharp)
            .Where(a => a.SupportedDiagnostics.Any(d => d.Id is "IDE0010" or "IDE0072"))
            .ToImmutableArray();
        if (analyzers.Length == 0)
        {
            throw new InvalidOperationException("No PopulateSwitch analyzers in " + path);
        }

        return analyzers;
    }

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed class Loader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}
