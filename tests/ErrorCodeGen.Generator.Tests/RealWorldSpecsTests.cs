using System.IO;
using System.Linq;
using ErrorCodeGen.Parsing;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ErrorCodeGen.Generator.Tests;

/// <summary>The real-world style pages of the core tests, through the generator: they compile clean.</summary>
public class RealWorldSpecsTests
{
    [Theory]
    [InlineData("vendor-columns.md")]
    [InlineData("per-category.md")]
    [InlineData("remarks.md")]
    public void Compiles_clean_with_every_code(string file)
    {
        var text = File.ReadAllText(Path.Combine(Root(), "tests", "ErrorCodeGen.Core.Tests", "Specs", file));
        var codes = SpecParser.Parse(text).Catalog.Entries.Select(e => e.Code).ToArray();
        var checks = string.Join(" && ", codes.Select(c => "ErrorCodeExtensions.IsDefined(" + c + ")"));
        var result = GeneratorHarness.Run(
            new[] { SpecFile.Spec("/repo/" + file, text, "Vendor") },
            "using Vendor; namespace Sample { internal static class Uses { internal static bool All() => " + checks + " && !ErrorCodeExtensions.IsDefined(123456); } }");
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(result.CompilationErrorsAndWarnings());
        Assert.NotEmpty(codes);
    }

    private static string Root()
    {
        var directory = new DirectoryInfo(System.AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "ErrorCodeGen.sln")))
        {
            directory = directory.Parent;
        }

        return directory.FullName;
    }
}
