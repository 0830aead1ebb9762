using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ErrorCodeGen.Generator.Tests;

/// <summary>
/// Problems of the project item rather than of the page: an invalid Namespace/EnumName/Accessibility (ECG1016) and a
/// spec file that cannot be read (ECG1050). They name the item and the property, are located in the project file that
/// declares the item, and cause no follow-on compiler error.
/// </summary>
public class ItemOptionTests
{
    private const string Project = "/repo/App/App.csproj";

    private const string UsesDefaultCatalog =
        "namespace Sample { internal static class Uses { internal static int M() => (int)ErrorCode.InvalidOrExpiredApiKey + (ErrorCodeExtensions.IsDefined(1001) ? 1 : 0); } }";

    private static SpecFile Item(string? ns = null, string? enumName = null, string? accessibility = null, string path = "/repo/App/spec/error-codes.md")
    {
        var spec = SpecFile.Spec(path, GeneratorHarness.ReferenceSpecText, ns, enumName, accessibility);
        var metadata = new Dictionary<string, string>(spec.Metadata)
        {
            ["build_metadata.AdditionalFiles.ErrorCodeItem"] = "spec/error-codes.md",
            ["build_metadata.AdditionalFiles.ErrorCodeProject"] = Project,
        };
        return spec with { Metadata = metadata };
    }

    [Theory]
    [InlineData(null, "1Bad", null, "ErrorCodeSpec item 'spec/error-codes.md': EnumName '1Bad' is not valid: it must be a C# identifier")]
    [InlineData(null, null, "protected", "ErrorCodeSpec item 'spec/error-codes.md': Accessibility 'protected' is not valid: use public or internal")]
    [InlineData("My App", null, null, "ErrorCodeSpec item 'spec/error-codes.md': Namespace 'My App' is not valid: each part must be a C# identifier")]
    public void An_invalid_option_names_the_item_and_property_in_the_project_file_and_nothing_else_fails(string? ns, string? enumName, string? accessibility, string message)
    {
        var result = GeneratorHarness.Run(new[] { Item(ns, enumName, accessibility) }, UsesDefaultCatalog);

        var diagnostic = Assert.Single(result.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Equal("ECG1016", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(message, diagnostic.GetMessage(CultureInfo.InvariantCulture));
        var at = diagnostic.Location.GetLineSpan();
        Assert.Equal((Project, 0, 0), (at.Path, at.StartLinePosition.Line, at.StartLinePosition.Character));

        // The catalog is generated with the option's default (Sample.ErrorCode, public), so the code that names it
        // compiles: the one error above is the only one.
        Assert.Contains(result.Run.Results.Single().GeneratedSources, s => s.HintName == "Sample.ErrorCode.g.cs");
        Assert.Empty(result.CompilationErrorsAndWarnings());
        Assert.Equal(Accessibility.Public, result.Output.GetTypeByMetadataName("Sample.ErrorCode")!.DeclaredAccessibility);
    }

    [Fact]
    public void All_three_options_invalid_give_three_errors_and_the_default_catalog()
    {
        var result = GeneratorHarness.Run(new[] { Item("Acme.1Bad", "class", "protected") }, UsesDefaultCatalog);

        Assert.Equal(new[] { "ECG1016", "ECG1016", "ECG1016" }, result.GeneratorDiagnostics.Select(d => d.Id));
        Assert.All(result.GeneratorDiagnostics, d => Assert.Equal(Project, d.Location.GetLineSpan().Path));
        Assert.Equal(
            new[] { "Namespace 'Acme.1Bad'", "EnumName 'class'", "Accessibility 'protected'" },
            result.GeneratorDiagnostics.Select(d => d.GetMessage(CultureInfo.InvariantCulture).Split(": ")[1].Split(" is not")[0]));
        Assert.Empty(result.CompilationErrorsAndWarnings());
    }

    [Fact]
    public void A_plain_additional_file_names_its_metadata_and_is_reported_at_the_spec()
    {
        var result = GeneratorHarness.Run(new[] { SpecFile.Spec("/repo/spec/a.md", GeneratorHarness.ReferenceSpecText, enumName: "Error-Code") }, UsesDefaultCatalog);

        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(
            "AdditionalFiles item '/repo/spec/a.md': ErrorCodeEnumName 'Error-Code' is not valid: it must be a C# identifier",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal("/repo/spec/a.md", diagnostic.Location.GetLineSpan().Path);
        Assert.Empty(result.CompilationErrorsAndWarnings());
    }

    [Fact]
    public void The_default_a_bad_option_falls_back_to_does_not_clash_with_another_catalog()
    {
        var result = GeneratorHarness.Run(
            new[] { Item(enumName: "1Bad", path: "/repo/App/spec/b.md"), SpecFile.Spec("/repo/App/spec/a.md", GeneratorHarness.ReferenceSpecText) },
            UsesDefaultCatalog);

        // Only the option error: the fallback is dropped, not reported as a second catalog named Sample.ErrorCode.
        Assert.Equal("ECG1016", Assert.Single(result.GeneratorDiagnostics).Id);
        Assert.Single(result.Run.Results.Single().GeneratedSources, s => s.HintName == "Sample.ErrorCode.g.cs");
        Assert.Empty(result.CompilationErrorsAndWarnings());
    }

    [Fact]
    public void A_valid_item_is_not_affected_by_the_item_metadata()
    {
        var result = GeneratorHarness.Run(new[] { Item("Acme", "ApiError", "internal") },
            "namespace Sample { internal static class Uses { internal static int M() => (int)Acme.ApiError.Success; } }");

        Assert.Empty(result.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Equal(Accessibility.Internal, result.Output.GetTypeByMetadataName("Acme.ApiError")!.DeclaredAccessibility);
        Assert.Empty(result.CompilationErrorsAndWarnings());
    }

    [Fact]
    public void A_spec_file_that_cannot_be_read_is_ECG1050_in_the_project_file()
    {
        var metadata = new Dictionary<string, string>
        {
            ["build_metadata.AdditionalFiles.ErrorCodeSpec"] = "true",
            ["build_metadata.AdditionalFiles.ErrorCodeItem"] = "spec/gone.md",
            ["build_metadata.AdditionalFiles.ErrorCodeProject"] = Project,
        };
        var driver = CSharpGeneratorDriver.Create(
            new[] { new ErrorCodeGenerator().AsSourceGenerator() },
            new AdditionalText[] { new UnreadableText("/repo/App/spec/gone.md") },
            new CSharpParseOptions(LanguageVersion.Latest),
            new TestOptionsProvider(new Dictionary<string, string>(), new Dictionary<string, IReadOnlyDictionary<string, string>> { ["/repo/App/spec/gone.md"] = metadata }));

        driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(), out _, out var diagnostics);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("ECG1050", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("The error-code spec 'spec/gone.md' does not exist or cannot be read (looked for '/repo/App/spec/gone.md')", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(Project, diagnostic.Location.GetLineSpan().Path);
        Assert.Equal("https://github.com/errorcodegen/ErrorCodeGen/blob/main/docs/rules/ECG1050.md", diagnostic.Descriptor.HelpLinkUri);
    }

    private sealed class UnreadableText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText? GetText(CancellationToken cancellationToken = default) => null;
    }
}
