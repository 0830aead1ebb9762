using System.IO;
using System.Linq;
using ErrorCodeGen.Parsing;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ErrorCodeGen.Generator.Tests;

/// <summary>The real-world style pages of the core tests (copied to Specs/), through the generator: they compile clean.</summary>
public class RealWorldSpecsTests
{
    [Theory]
    [InlineData("vendor-columns.md")]
    [InlineData("per-category.md")]
    [InlineData("remarks.md")]
    public void Compiles_clean_and_knows_every_code(string file)
    {
        var text = File.ReadAllText(Path.Combine(System.AppContext.BaseDirectory, "Specs", file));
        var codes = SpecParser.Parse(text).Catalog.Entries.Select(e => e.Code).ToArray();
        var checks = string.Join(" && ", codes.Select(c => "ErrorCodeExtensions.IsDefined(" + c + ")"));
        var result = GeneratorHarness.Run(
            new[] { SpecFile.Spec("/repo/" + file, text, "Vendor") },
            "using Vendor; /// <summary>Probe.</summary>\npublic static class Probe { /// <summary>Run.</summary>\n/// <returns>All codes known.</returns>\npublic static bool Run() => " + checks + " && !ErrorCodeExtensions.IsDefined(123456); }");
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(result.CompilationErrorsAndWarnings());
        Assert.NotEmpty(codes);
        Assert.True(GeneratorHarness.RunProbe<bool>(result.Output));
    }
}
