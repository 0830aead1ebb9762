using System.IO;
using System.Linq;
using ErrorCodeGen.Emit;
using ErrorCodeGen.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ErrorCodeGen.Cli.Tests;

/// <summary><c>generate --integration</c>: the integration file the generator adds when the project references HttpClient, System.Text.Json, Polly.</summary>
public sealed class GenerateIntegrationTests
{
    [Fact]
    public void Http_and_json_helpers_are_written_beside_the_catalog_and_compile_with_it()
    {
        using var temp = new TempDir();
        var outFile = temp.File("gen/Errors.g.cs");

        var run = CliRun.Of("generate", TestPaths.ReferenceSpec, "--namespace", "Acme.MarketData", "--out", outFile, "--integration", "http,json");

        Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
        var helpersFile = temp.File("gen/Errors.Integration.g.cs");
        Assert.Contains("wrote     " + helpersFile, run.Output);
        var options = new CatalogEmitOptions("Acme.MarketData") { Integration = IntegrationFeatures.HttpClient | IntegrationFeatures.SystemTextJson };
        Assert.Equal(IntegrationEmitter.Emit(options), File.ReadAllText(helpersFile));

        var usage = "static class Use { static object M() => Acme.MarketData.ErrorCodeResponse.Create(Acme.MarketData.ErrorCode.IpNotInWhitelist); }";
        var compilation = CSharpCompilation.Create(
            "Generated",
            new[] { CSharpSyntaxTree.ParseText(File.ReadAllText(outFile)), CSharpSyntaxTree.ParseText(File.ReadAllText(helpersFile)), CSharpSyntaxTree.ParseText(usage) },
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, generalDiagnosticOption: ReportDiagnostic.Error));
        var diagnostics = compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
        Assert.True(diagnostics.Length == 0, string.Join("\n", diagnostics.Select(d => d.ToString())));
    }

    [Fact]
    public void With_polly_to_stdout_the_helpers_follow_the_catalog_as_the_generator_emits_them()
    {
        var run = CliRun.Of("generate", TestPaths.ReferenceSpec, "--integration", "http, json, polly");

        Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
        var catalog = SpecParser.Parse(File.ReadAllText(TestPaths.ReferenceSpec)).Catalog;
        var options = new CatalogEmitOptions(null) { Integration = IntegrationFeatures.HttpClient | IntegrationFeatures.SystemTextJson | IntegrationFeatures.Polly };
        Assert.Equal(CatalogEmitter.CatalogAttributeSource + "\n" + CatalogEmitter.Emit(catalog, options) + "\n" + IntegrationEmitter.Emit(options), run.Output);
        Assert.Contains("Polly", run.Output);
    }

    [Theory]
    [InlineData("xml", "unknown helper 'xml'")]
    [InlineData("polly", "polly builds on the HTTP and JSON helpers")]
    public void A_bad_list_is_a_usage_error_and_writes_nothing(string value, string message)
    {
        using var temp = new TempDir();
        var outFile = temp.File("Errors.g.cs");

        var run = CliRun.Of("generate", TestPaths.ReferenceSpec, "--out", outFile, "--integration", value);

        Assert.Equal(ExitCodes.UsageOrIoError, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.False(File.Exists(outFile));
    }

    [Theory]
    [InlineData("obj/ErrorCode.g.cs", "obj/ErrorCode.Integration.g.cs")]
    [InlineData("Errors.cs", "Errors.Integration.g.cs")]
    [InlineData("errors", "errors.Integration.g.cs")]
    public void The_helpers_file_is_named_after_the_catalog_file(string outFile, string expected)
    {
        using var temp = new TempDir();

        var run = CliRun.Of("generate", TestPaths.ReferenceSpec, "--out", temp.File(outFile), "--integration", "json");

        Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
        Assert.True(File.Exists(temp.File(expected)), run.Output);
        Assert.Equal(2, Directory.GetFiles(temp.Path, "*", SearchOption.AllDirectories).Length);
    }
}
