using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using ErrorCodeGen.Generator;
using Markdig;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ErrorCodeGen.Benchmarks;

/// <summary>Drives the generator in memory, as the compiler does: the spec as an AdditionalFiles item with its metadata.</summary>
internal static class GeneratorHost
{
    /// <summary>
    /// Warm-up iterations of the generator groups (the suite's job has 2): Roslyn's and Markdig's code paths need about
    /// a second of calls before tiered compilation has replaced their tier-0 code, and with 2 warm-ups of 100 ms the
    /// generator rows measured partly unoptimized code (Markdig's small hot loop tiers up much sooner), which inflated
    /// the ratios of the earlier run.
    /// </summary>
    public const int WarmupIterations = 12;

    public const string SpecPath = "/consumer/spec/error-codes.md";

    /// <summary>The pipeline the spec parser uses (SpecParser.Pipeline), for the Markdig-alone baselines.</summary>
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseYamlFrontMatter().Build();

    public static string ReferenceSpec { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "spec", "error-codes.md"));

    /// <summary>
    /// The benchmark compilations reference System.Private.CoreLib only: no System.Net.Http, System.Text.Json or Polly,
    /// so the generator writes the catalog alone (no <c>N.E.Integration.g.cs</c>).
    /// </summary>
    private static readonly MetadataReference[] References =
    {
        MetadataReference.CreateFromFile(typeof(object).Assembly.Location),
    };

    /// <summary>CoreLib plus System.Net.Http, System.Text.Json and what they need: the generator also writes the integration file.</summary>
    private static readonly MetadataReference[] IntegrationReferences = References
        .Concat(new[] { "System.Runtime.dll", "System.Net.Http.dll", "System.Net.Primitives.dll", "System.Text.Json.dll", "System.Memory.dll", "System.Collections.dll" }
            .Select(name => MetadataReference.CreateFromFile(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, name))))
        .ToArray();

    /// <summary>A compilation with <see cref="IntegrationReferences"/> (the generator adds the integration helpers file).</summary>
    public static CSharpCompilation IntegrationCompilation(string source) =>
        CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText(source, ParseOptions, path: "File0.cs") },
            IntegrationReferences,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    public static CSharpCompilation Compilation(params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: "File" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".cs")),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    public static GeneratorDriver CreateDriver(string specText, bool trackSteps = false) => CreateDriver(specText, new ErrorCodeGenerator(), trackSteps);

    /// <summary>A driver for <paramref name="generator"/> (e.g. one loaded from other copies of the assemblies).</summary>
    public static GeneratorDriver CreateDriver(string specText, IIncrementalGenerator generator, bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            new[] { generator.AsSourceGenerator() },
            new AdditionalText[] { new InMemoryAdditionalText(SpecPath, specText) },
            ParseOptions,
            new OptionsProvider(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Runs the generator and fails loudly when it reported an error (a benchmark of a failed run measures nothing).</summary>
    /// <remarks>
    /// <paramref name="expectedTrees"/>: 2 for the catalog alone (the marker attribute and the catalog), 3 with the
    /// integration file.
    /// </remarks>
    public static GeneratorDriver RunChecked(GeneratorDriver driver, Compilation compilation, int expectedTrees = 2)
    {
        driver = driver.RunGenerators(compilation);
        var result = driver.GetRunResult();
        var errors = result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        if (errors.Count > 0 || result.GeneratedTrees.Length != expectedTrees)
        {
            throw new InvalidOperationException("The generator did not produce a catalog: " + string.Join("; ", result.Diagnostics.Take(5)));
        }

        return driver;
    }

    private sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryAdditionalText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class OptionsProvider : AnalyzerConfigOptionsProvider
    {
        private static readonly Options Empty = new(new Dictionary<string, string>());

        private static readonly Options Spec = new(new Dictionary<string, string>
        {
            ["build_metadata.AdditionalFiles.ErrorCodeSpec"] = "true",
            ["build_metadata.AdditionalFiles.ErrorCodeNamespace"] = "Acme.MarketData",
        });

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer" });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => textFile.Path == SpecPath ? Spec : Empty;
    }

    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public Options(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
    }
}
