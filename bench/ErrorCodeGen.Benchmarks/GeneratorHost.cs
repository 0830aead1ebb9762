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
    public const string SpecPath = "/consumer/spec/error-codes.md";

    /// <summary>The pipeline the spec parser uses (SpecParser.Pipeline), for the Markdig-alone baselines.</summary>
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseYamlFrontMatter().Build();

    public static string ReferenceSpec { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "spec", "error-codes.md"));

    private static readonly MetadataReference[] References =
    {
        MetadataReference.CreateFromFile(typeof(object).Assembly.Location),
    };

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    public static CSharpCompilation Compilation(params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: "File" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".cs")),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    public static GeneratorDriver CreateDriver(string specText, bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            new[] { new ErrorCodeGenerator().AsSourceGenerator() },
            new AdditionalText[] { new InMemoryAdditionalText(SpecPath, specText) },
            ParseOptions,
            new OptionsProvider(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Runs the generator and fails loudly when it reported an error (a benchmark of a failed run measures nothing).</summary>
    public static GeneratorDriver RunChecked(GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGenerators(compilation);
        var result = driver.GetRunResult();
        var errors = result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        if (errors.Count > 0 || result.GeneratedTrees.Length < 2)
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
