using System;
using System.Linq;
using CsCheck;
using ErrorCodeGen.Tests.Properties;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ErrorCodeGen.Generator.Tests.Properties;

/// <summary>
/// Whatever the spec, the generator never crashes the build (no CS8785, no ECG1999) and what it generates compiles
/// with zero diagnostics — also for specs with ECG errors, whose valid rows are still generated. Specs are checked
/// a hundred at a time (one namespace each) so that 2,000 cases cost 20 compilations.
/// </summary>
public class GeneratorPropertyTests
{
    private const int Batch = 100;

    // The catalog alone: without System.Net.Http and System.Text.Json the integration helpers (tested on their own)
    // are not generated, which keeps 2,000 cases per property affordable.
    private static readonly MetadataReference[] CoreReferences = GeneratorHarness.Net100
        .Where(r => r.Display is not { } name || !(name.Contains("System.Net.Http", StringComparison.Ordinal) || name.Contains("System.Text.Json", StringComparison.Ordinal)))
        .ToArray();

    private static void GeneratesCompilableCode(string[] specs)
    {
        var files = specs.Select((text, i) => SpecFile.Spec("/repo/spec" + i + ".md", text, "N" + i)).ToArray();
        var driver = GeneratorHarness.CreateDriver(files);
        driver = (Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver)driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(references: CoreReferences), out var output, out var diagnostics);
        var run = driver.GetRunResult();
        Assert.Null(run.Results.Single().Exception);
        Assert.DoesNotContain(diagnostics, d => d.Id is "CS8785" or "ECG1999");
        Assert.DoesNotContain(run.GeneratedTrees, tree => tree.FilePath.EndsWith(".Integration.g.cs", StringComparison.Ordinal));

        var generatedTrees = run.GeneratedTrees.ToHashSet();
        var problems = output.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Location.SourceTree is { } tree && generatedTrees.Contains(tree))
            .ToArray();
        if (problems.Length > 0)
        {
            var tree = problems[0].Location.SourceTree!;
            var index = int.Parse(System.IO.Path.GetFileName(tree.FilePath).Split('.')[0].Substring(1), System.Globalization.CultureInfo.InvariantCulture);
            Assert.Fail(problems[0] + "\nspec:\n" + specs[index]);
        }
    }

    [Fact]
    public void Random_table_specs_generate_compilable_code() =>
        SpecGen.TableSpec.Array[Batch].Sample(GeneratesCompilableCode, seed: SpecGen.Seed, iter: Math.Max(1, SpecGen.Iterations / Batch), threads: 1);

    [Fact]
    public void Random_specs_generate_compilable_code() =>
        SpecGen.Spec.Array[Batch].Sample(GeneratesCompilableCode, seed: SpecGen.Seed, iter: Math.Max(1, SpecGen.Iterations / Batch), threads: 1);

    [Fact]
    public void Pages_of_string_code_headings_generate_compilable_code() =>
        SpecGen.StringHeadingSpec.Array[Batch].Sample(GeneratesCompilableCode, seed: SpecGen.Seed, iter: Math.Max(1, SpecGen.Iterations / Batch), threads: 1);

    [Fact]
    public void Mutated_reference_specs_generate_compilable_code() =>
        SpecGen.MutatedReference(GeneratorHarness.ReferenceSpecText).Array[Batch].Sample(GeneratesCompilableCode, seed: SpecGen.Seed, iter: Math.Max(1, SpecGen.Iterations / Batch), threads: 1);
}
