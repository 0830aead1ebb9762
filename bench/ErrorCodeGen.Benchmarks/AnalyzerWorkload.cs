using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using ErrorCodeGen.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorCodeGen.Benchmarks;

/// <summary>
/// A compilation with <see cref="Switches"/> switches over error codes: the reference spec's generated catalog
/// plus <see cref="Files"/> files of consumer code. Each method holds four kinds of switch, so every path of
/// the analyzers runs: an enum switch statement that handles some codes and has a default, an enum switch
/// statement that handles every code, an enum switch expression with a discard, and an <c>int</c> switch on a
/// response's <c>Code</c> property with a default; one method in eight leaves codes unhandled without a default
/// (ECG0001) and one in sixteen has a label that is not a code (ECG0002).
/// </summary>
internal static class AnalyzerWorkload
{
    public const int Switches = 10_000;
    public const int Files = 100;
    private const int SwitchesPerMethod = 4;

    private static readonly Lazy<Compilation> Lazy = new(Create);

    /// <summary>The compilation (parsed and generated once; clone it for a fresh semantic state).</summary>
    public static Compilation Compilation => Lazy.Value;

    public static ImmutableArray<DiagnosticAnalyzer> ErrorCodeGenAnalyzers { get; } = ImmutableArray.Create<DiagnosticAnalyzer>(new ErrorCodeSwitchAnalyzer());

    private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> PopulateSwitchLazy = new(LoadPopulateSwitch);

    /// <summary>IDE0010 and IDE0072 (Roslyn's PopulateSwitch analyzers) from Microsoft.CodeAnalysis.CSharp.CodeStyle.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> PopulateSwitchAnalyzers => PopulateSwitchLazy.Value;

    public static CompilationWithAnalyzers WithAnalyzers(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers) =>
        compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: null,
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: true,
            reportSuppressedDiagnostics: false));

    private static Compilation Create()
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard.dll" or "mscorlib.dll"))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray();

        var codes = ReferenceCodes();
        var trees = new List<SyntaxTree>();
        var methodsPerFile = Switches / SwitchesPerMethod / Files;
        for (var f = 0; f < Files; f++)
        {
            trees.Add(CSharpSyntaxTree.ParseText(ConsumerFile(f, methodsPerFile, codes), GeneratorHost.ParseOptions, path: "Consumer" + Num(f) + ".cs"));
        }

        trees.Add(CSharpSyntaxTree.ParseText(
            "namespace Consumer { public sealed class Response { public int Code { get; set; } public string Message { get; set; } = \"\"; } }",
            GeneratorHost.ParseOptions,
            path: "Response.cs"));

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

    private static (int Code, string Name)[] ReferenceCodes()
    {
        var values = Acme.MarketData.ErrorCodeExtensions.GetValues();
        return values.Select(v => ((int)v, v.ToString())).ToArray();
    }

    private static string ConsumerFile(int file, int methods, (int Code, string Name)[] codes)
    {
        var b = new StringBuilder();
        b.Append("using Acme.MarketData;\n\nnamespace Consumer.Area").Append(Num(file)).Append("\n{\n");
        b.Append("    public static class Handlers").Append(Num(file)).Append("\n    {\n");
        for (var m = 0; m < methods; m++)
        {
            var n = (file * methods) + m;
            var take = 3 + (n % 8);
            var start = n % codes.Length;
            var some = Enumerable.Range(0, take).Select(i => codes[(start + i) % codes.Length]).Distinct().ToArray();

            b.Append("        public static int Handle").Append(Num(m)).Append("(ErrorCode code, Response response)\n        {\n");
            b.Append("            int total = 0;\n");

            // 1. Enum switch statement: some codes, with a default (or, one in eight, without: ECG0001).
            b.Append("            switch (code)\n            {\n");
            foreach (var c in some)
            {
                b.Append("                case ErrorCode.").Append(c.Name).Append(":\n                    total += ").Append(Num(c.Code % 97)).Append(";\n                    break;\n");
            }

            if (n % 8 != 0)
            {
                b.Append("                default:\n                    total -= 1;\n                    break;\n");
            }

            b.Append("            }\n\n");

            // 2. Enum switch statement over every code.
            b.Append("            switch (code)\n            {\n");
            foreach (var c in codes)
            {
                b.Append("                case ErrorCode.").Append(c.Name).Append(":\n");
            }

            b.Append("                    total += 2;\n                    break;\n            }\n\n");

            // 3. Enum switch expression with a discard.
            b.Append("            total += code switch\n            {\n");
            foreach (var c in some)
            {
                b.Append("                ErrorCode.").Append(c.Name).Append(" => ").Append(Num(c.Code % 89)).Append(",\n");
            }

            b.Append("                _ => 0,\n            };\n\n");

            // 4. int switch on a response's Code, with a default (one in sixteen has a label that is not a code: ECG0002).
            b.Append("            switch (response.Code)\n            {\n");
            foreach (var c in some)
            {
                b.Append("                case ").Append(Num(c.Code)).Append(":\n                    total += 3;\n                    break;\n");
            }

            if (n % 16 == 0)
            {
                b.Append("                case 9999:\n                    total += 4;\n                    break;\n");
            }

            b.Append("                default:\n                    total += 5;\n                    break;\n            }\n\n");
            b.Append("            return total;\n        }\n\n");
        }

        b.Append("    }\n}\n");
        return b.ToString();
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
