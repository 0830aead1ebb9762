using BenchmarkDotNet.Attributes;
using Markdig;
using Markdig.Syntax;
using Microsoft.CodeAnalysis;

namespace ErrorCodeGen.Benchmarks;

/// <summary>
/// The generator's cold run on the reference spec (a new driver, one compilation) against Markdig's bare
/// <c>Markdown.Parse</c> of the same text with the pipeline the spec parser uses. The primary row's compilation
/// references CoreLib only (the catalog alone: two generated files, checked in setup); the last row adds
/// System.Net.Http and System.Text.Json, so the generator also writes <c>N.E.Integration.g.cs</c>.
/// </summary>
[WarmupCount(GeneratorHost.WarmupIterations)]
public class GeneratorColdReferenceBenchmarks
{
    private Compilation _compilation = null!;
    private Compilation _integration = null!;
    private string _spec = null!;

    [GlobalSetup]
    public void Setup()
    {
        _spec = GeneratorHost.ReferenceSpec;
        _compilation = GeneratorHost.Compilation("namespace Consumer { internal static class Placeholder { } }");
        GeneratorHost.RunChecked(GeneratorHost.CreateDriver(_spec), _compilation);
        _integration = GeneratorHost.IntegrationCompilation("namespace Consumer { internal static class Placeholder { } }");
        GeneratorHost.RunChecked(GeneratorHost.CreateDriver(_spec), _integration, expectedTrees: 3);
    }

    [Benchmark(Baseline = true)]
    public MarkdownDocument Markdig_Parse_Reference() => Markdown.Parse(_spec, GeneratorHost.Pipeline);

    [Benchmark]
    public GeneratorDriver Generator_Cold_Reference() => GeneratorHost.CreateDriver(_spec).RunGenerators(_compilation);

    [Benchmark]
    public GeneratorDriver Generator_Cold_Reference_WithIntegrationFile() => GeneratorHost.CreateDriver(_spec).RunGenerators(_integration);
}

/// <summary>The same on synthetic specs of 100, 1,000 and 10,000 codes (<see cref="SyntheticSpec"/>).</summary>
[WarmupCount(GeneratorHost.WarmupIterations)]
public class GeneratorScalingBenchmarks
{
    private Compilation _compilation = null!;
    private string _spec = null!;

    [Params(100, 1000, 10000)]
    public int Codes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _spec = SyntheticSpec.Create(Codes);
        _compilation = GeneratorHost.Compilation("namespace Consumer { internal static class Placeholder { } }");
        GeneratorHost.RunChecked(GeneratorHost.CreateDriver(_spec), _compilation);
    }

    [Benchmark(Baseline = true)]
    public MarkdownDocument Markdig_Parse() => Markdown.Parse(_spec, GeneratorHost.Pipeline);

    [Benchmark]
    public GeneratorDriver Generator_Cold() => GeneratorHost.CreateDriver(_spec).RunGenerators(_compilation);
}

/// <summary>
/// A rerun after an unrelated source edit, on the 10,000-code spec: the driver that has run on compilation A
/// runs on B (A with one unrelated tree edited), against a cold run on B. That every tracked step is Cached or
/// Unchanged is checked in setup (and printed by the reports after the suite).
/// </summary>
public class GeneratorRerunBenchmarks
{
    private Compilation _edited = null!;
    private GeneratorDriver _warm = null!;
    private string _spec = null!;

    [GlobalSetup]
    public void Setup()
    {
        _spec = SyntheticSpec.Create(10000);
        var (warm, edited, reasons) = IncrementalCheck.Prepare(_spec);
        if (!reasons.AllCachedOrUnchanged)
        {
            throw new System.InvalidOperationException("A tracked step was not Cached/Unchanged: " + reasons);
        }

        _warm = warm;
        _edited = edited;
    }

    [Benchmark(Baseline = true)]
    public GeneratorDriver Generator_Cold_10000() => GeneratorHost.CreateDriver(_spec).RunGenerators(_edited);

    [Benchmark]
    public GeneratorDriver Generator_Rerun_AfterUnrelatedEdit_10000() => _warm.RunGenerators(_edited);
}
