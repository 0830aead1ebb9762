using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using ErrorCodeGen.Emit;
using ErrorCodeGen.Model;
using ErrorCodeGen.Parsing;
using Markdig;
using Markdig.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorCodeGen.Benchmarks;

/// <summary>
/// Where a cold generator run goes (profile for the generator rows): Markdig alone, the spec parser (Markdig plus
/// the walk that builds the catalog), the emitter, the compiler parsing the emitted C# (the driver does that for
/// every added source), and the driver's own cost with a generator that adds nothing.
/// </summary>
[WarmupCount(GeneratorHost.WarmupIterations)]
public class GeneratorBreakdownBenchmarks
{
    private string _spec = null!;
    private Catalog _catalog = null!;
    private string _source = null!;
    private Compilation _compilation = null!;
    private readonly CatalogEmitOptions _options = new("Acme.MarketData");

    [Params("reference", "10000")]
    public string Spec { get; set; } = "reference";

    [GlobalSetup]
    public void Setup()
    {
        _spec = Spec == "reference" ? GeneratorHost.ReferenceSpec : SyntheticSpec.Create(int.Parse(Spec, System.Globalization.CultureInfo.InvariantCulture));
        var parsed = SpecParser.Parse(_spec);
        _catalog = CatalogEmitPreflight.Check(parsed.Catalog, _options, new List<ErrorCodeGen.Diagnostics.SpecDiagnostic>());
        _source = CatalogEmitter.Emit(_catalog, _options);
        _compilation = GeneratorHost.Compilation("namespace Consumer { internal static class Placeholder { } }");
    }

    [Benchmark(Baseline = true)]
    public MarkdownDocument Markdig_Parse() => Markdown.Parse(_spec, GeneratorHost.Pipeline);

    [Benchmark]
    public SpecParseResult SpecParser_Parse() => SpecParser.Parse(_spec);

    [Benchmark]
    public string CatalogEmitter_Emit() => CatalogEmitter.Emit(_catalog, _options);

    [Benchmark]
    public SyntaxNode Compiler_ParseEmittedSource() =>
        CSharpSyntaxTree.ParseText(_source, GeneratorHost.ParseOptions, path: "Acme.MarketData.ErrorCode.g.cs").GetRoot();

    [Benchmark]
    public GeneratorDriver Driver_NoOpGenerator() =>
        CSharpGeneratorDriver.Create(new[] { new NoOpGenerator().AsSourceGenerator() }, parseOptions: GeneratorHost.ParseOptions).RunGenerators(_compilation);

    [Benchmark]
    public GeneratorDriver Generator_Cold() => GeneratorHost.CreateDriver(_spec).RunGenerators(_compilation);

    private sealed class NoOpGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context) =>
            context.RegisterSourceOutput(context.AdditionalTextsProvider.Collect(), static (_, _) => { });
    }
}
