using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using ErrorCodeGen.Emit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ErrorCodeGen.Generator.Tests;

public class GeneratorTests
{
    [Fact]
    public void Reference_spec_matches_the_snapshot()
    {
        var result = GeneratorHarness.RunReference();
        Assert.Equal(
            new[] { "Acme.MarketData.ErrorCode.Integration.g.cs", "Acme.MarketData.ErrorCode.g.cs", CatalogEmitter.CatalogAttributeHintName },
            result.Run.Results.Single().GeneratedSources.Select(s => s.HintName).OrderBy(n => n, System.StringComparer.Ordinal));
        Snapshot.Match(result.Source("Acme.MarketData.ErrorCode.g.cs"), "Acme.MarketData.ErrorCode.g.cs");
        Snapshot.Match(result.Source(CatalogEmitter.CatalogAttributeHintName), CatalogEmitter.CatalogAttributeHintName);
    }

    [Fact]
    public void Output_is_byte_identical_under_any_culture()
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            string Generate(string culture)
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
                return GeneratorHarness.RunReference(ns: "Istanbul.Iletisim").Source("Istanbul.Iletisim.ErrorCode.g.cs");
            }

            var invariant = Generate("");
            Assert.Equal(invariant, Generate("tr-TR"));
            Assert.Equal(invariant, Generate("de-DE"));
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = original;
        }
    }

    [Fact]
    public void Crlf_spec_gives_the_same_code()
    {
        var lf = GeneratorHarness.RunReference().Source("Acme.MarketData.ErrorCode.g.cs");
        var crlf = GeneratorHarness.Run(new[] { SpecFile.Spec("/repo/spec/error-codes.md", GeneratorHarness.ReferenceSpecText.Replace("\n", "\r\n"), "Acme.MarketData") })
            .Source("Acme.MarketData.ErrorCode.g.cs");
        Assert.Equal(lf, crlf);
    }

    [Fact]
    public void Namespace_defaults_to_the_root_namespace()
    {
        var result = GeneratorHarness.Run(new[] { SpecFile.Spec("/repo/spec/error-codes.md", GeneratorHarness.ReferenceSpecText) }, rootNamespace: "My.App");
        Assert.NotNull(result.Output.GetTypeByMetadataName("My.App.ErrorCode"));
        Assert.NotNull(result.Output.GetTypeByMetadataName("My.App.ErrorCodeRetryClassification"));
    }

    [Fact]
    public void Without_any_namespace_the_catalog_is_global()
    {
        var result = GeneratorHarness.Run(new[] { SpecFile.Spec("/repo/spec/error-codes.md", GeneratorHarness.ReferenceSpecText) }, rootNamespace: null);
        Assert.NotNull(result.Output.GetTypeByMetadataName("ErrorCode"));
        Assert.Empty(result.CompilationErrorsAndWarnings());
    }

    [Fact]
    public void Additional_files_without_the_spec_marker_are_ignored()
    {
        var plain = new SpecFile("/repo/README.md", "| Code | Meaning |\n|---|---|\n| x | y |\n", new System.Collections.Generic.Dictionary<string, string>());
        var result = GeneratorHarness.Run(new[] { plain });
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Equal(new[] { CatalogEmitter.CatalogAttributeHintName }, result.Run.Results.Single().GeneratedSources.Select(s => s.HintName));
    }

    [Fact]
    public void Two_specs_with_different_names_give_two_catalogs()
    {
        var second = "| Code | Meaning |\n|---|---|\n| 0 | OK |\n| 7 | Card declined |\n";
        var result = GeneratorHarness.Run(new[]
        {
            SpecFile.Spec("/repo/spec/error-codes.md", GeneratorHarness.ReferenceSpecText, "Acme.MarketData"),
            SpecFile.Spec("/repo/spec/payments.md", second, "Acme.Payments", "PaymentError"),
        });
        Assert.Empty(result.CompilationErrorsAndWarnings());
        Assert.NotNull(result.Output.GetTypeByMetadataName("Acme.MarketData.ErrorCode"));
        Assert.NotNull(result.Output.GetTypeByMetadataName("Acme.Payments.PaymentError"));
        Assert.NotNull(result.Output.GetTypeByMetadataName("Acme.Payments.PaymentErrorExtensions"));
    }

    [Fact]
    public void Two_specs_with_the_same_full_name_are_an_error_on_the_second()
    {
        var result = GeneratorHarness.Run(new[]
        {
            SpecFile.Spec("/repo/spec/a.md", GeneratorHarness.ReferenceSpecText, "Acme"),
            SpecFile.Spec("/repo/spec/b.md", GeneratorHarness.ReferenceSpecText, "Acme"),
        });
        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("ECG1015", diagnostic.Id);
        Assert.Equal("/repo/spec/b.md", diagnostic.Location.GetLineSpan().Path);
        Assert.Empty(result.CompilationErrorsAndWarnings());
    }

    [Theory]
    [InlineData("Acme", "ErrorCode", "acme", "ErrorCode", "Acme.ErrorCode.g.cs")]
    [InlineData("Acme", "ErrorCode", "Acme", "errorCode", "Acme.ErrorCode.g.cs")]
    // A catalog named like another catalog's integration file: the same clash, one level down.
    [InlineData("Acme", "ErrorCode", "Acme.ErrorCode", "integration", "Acme.ErrorCode.Integration.g.cs")]
    // A catalog named like the attribute's file.
    [InlineData("Acme", "ErrorCode", "errorcodegen", "ErrorCodeCatalogAttribute", "ErrorCodeGen.ErrorCodeCatalogAttribute.g.cs")]
    public void Specs_whose_generated_file_names_differ_only_in_case_are_a_located_error_not_a_crash(
        string firstNamespace, string firstEnum, string secondNamespace, string secondEnum, string clashingFile)
    {
        var result = GeneratorHarness.Run(
            new[]
            {
                SpecFile.Spec("/repo/spec/a.md", GeneratorHarness.ReferenceSpecText, firstNamespace, firstEnum),
                SpecFile.Spec("/repo/spec/b.md", GeneratorHarness.ReferenceSpecText, secondNamespace, secondEnum),
            });
        Assert.Null(result.Run.Results.Single().Exception);
        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("ECG1015", diagnostic.Id);
        Assert.Equal("/repo/spec/b.md", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains(clashingFile, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(result.Output.GetTypeByMetadataName(firstNamespace + "." + firstEnum));
        Assert.Empty(result.CompilationErrorsAndWarnings());
    }

    [Fact]
    public void A_library_that_shows_its_internals_to_an_app_with_its_own_catalog_gives_no_CS0436()
    {
        var library = GeneratorHarness.Run(
            new[] { SpecFile.Spec("/lib/spec/error-codes.md", GeneratorHarness.ReferenceSpecText, "Contracts") },
            "[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"App\")] namespace Contracts { internal static class Shared { internal const int Answer = 42; } }");
        Assert.Empty(library.CompilationErrorsAndWarnings());
        using var image = new System.IO.MemoryStream();
        Assert.True(library.Output.WithAssemblyName("Contracts").Emit(image).Success);

        var driver = GeneratorHarness.CreateDriver(new[] { SpecFile.Spec("/app/spec/error-codes.md", GeneratorHarness.ReferenceSpecText, "App") });
        var app = GeneratorHarness.Compilation(
            "namespace App { internal static class Uses { internal static int M() => Contracts.Shared.Answer + (int)App.ErrorCode.Success + (int)Contracts.ErrorCode.Success; } }",
            references: GeneratorHarness.Net100.Append(MetadataReference.CreateFromImage(image.ToArray()))).WithAssemblyName("App");
        driver.RunGeneratorsAndUpdateCompilation(app, out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
    }

    [Fact]
    public void Spec_problems_are_located_in_the_markdown_file_and_skip_only_the_bad_rows()
    {
        var spec = "# Errors\n\n| Code | Meaning |\n|------|---------|\n| 1 | One |\n| 1 | One |\n| two | Two |\n| 3 | Three |\n";
        var result = GeneratorHarness.Run(new[] { SpecFile.Spec("/repo/spec/broken.md", spec, "Broken") },
            "namespace Sample { internal static class Uses { internal static int M() => (int)Broken.ErrorCode.Three; } }");
        var errors = result.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.Equal(new[] { "ECG1005", "ECG1003" }, errors.Select(d => d.Id));
        var duplicate = errors[0].Location.GetLineSpan();
        Assert.Equal("/repo/spec/broken.md", duplicate.Path);
        Assert.Equal((5, 2), (duplicate.StartLinePosition.Line, duplicate.StartLinePosition.Character));
        Assert.Equal("https://github.com/errorcodegen/ErrorCodeGen/blob/main/docs/rules/ECG1005.md", errors[0].Descriptor.HelpLinkUri);
        var nonInteger = errors[1].Location.GetLineSpan();
        Assert.Equal((6, 2, 6, 5), (nonInteger.StartLinePosition.Line, nonInteger.StartLinePosition.Character, nonInteger.EndLinePosition.Line, nonInteger.EndLinePosition.Character));
        Assert.Empty(result.CompilationErrorsAndWarnings());
    }

    [Fact]
    public void Every_core_diagnostic_has_a_roslyn_descriptor_with_the_same_severity()
    {
        foreach (var spec in ErrorCodeGen.Diagnostics.SpecDiagnostics.All)
        {
            var descriptor = Assert.Single(SpecDiagnosticConverter.All, d => d.Id == spec.Id);
            Assert.Equal((int)spec.Severity, (int)descriptor.DefaultSeverity);
            Assert.Equal(spec.MessageFormat, descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture));
        }

        Assert.Equal(ErrorCodeGen.Diagnostics.SpecDiagnostics.All.Count, SpecDiagnosticConverter.All.Length);
    }

    [Fact]
    public void Unrelated_source_edit_leaves_every_step_cached()
    {
        var driver = GeneratorHarness.CreateDriver(new[] { SpecFile.Spec("/repo/spec/error-codes.md", GeneratorHarness.ReferenceSpecText, "Acme") }, trackSteps: true);
        var compilation = GeneratorHarness.Compilation();
        driver = (CSharpGeneratorDriver)driver.RunGenerators(compilation);
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Sample { internal static class Other { } }", new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose)));
        driver = (CSharpGeneratorDriver)driver.RunGenerators(edited);
        var run = driver.GetRunResult().Results.Single();

        var tracked = run.TrackedSteps
            .Where(step => step.Key is ErrorCodeGenerator.TrackingNames.Requests or ErrorCodeGenerator.TrackingNames.Catalogs)
            .SelectMany(step => step.Value)
            .SelectMany(step => step.Outputs)
            .ToArray();
        Assert.NotEmpty(tracked);
        Assert.All(tracked, output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, output.Reason.ToString()));
        Assert.All(run.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Spec_edit_that_only_moves_lines_reports_at_the_new_place_and_emits_nothing_again()
    {
        // A warning (ECG1008: a detail section for a code the table lacks) shows where the page's lines stand.
        const string Path = "/repo/spec/moves.md";
        var page = "# Errors\n\n| Code | Name | Meaning |\n|---|---|---|\n| 1001 | BadRequest | The request is malformed. |\n\n## 1999\n\nA code the table does not list.\n";
        var driver = GeneratorHarness.CreateDriver(new[] { SpecFile.Spec(Path, page, "Acme") }, trackSteps: true);
        var compilation = GeneratorHarness.Compilation();
        driver = (CSharpGeneratorDriver)driver.RunGenerators(compilation);
        var first = driver.GetRunResult();
        driver = (CSharpGeneratorDriver)driver.ReplaceAdditionalTexts(ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText(Path, "\n\n\n" + page))).RunGenerators(compilation);
        var second = driver.GetRunResult();
        var run = second.Results.Single();

        var warning = Assert.Single(first.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning);
        var moved = Assert.Single(second.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning);
        Assert.Equal(warning.Id, moved.Id);
        Assert.Equal(warning.Location.GetLineSpan().StartLinePosition.Line + 3, moved.Location.GetLineSpan().StartLinePosition.Line);

        // The catalog is read again, its model is the same, so nothing is planned or emitted again.
        Assert.Equal(IncrementalStepRunReason.Modified, run.TrackedSteps[ErrorCodeGenerator.TrackingNames.Catalogs].Single().Outputs.Single().Reason);
        Assert.Equal(IncrementalStepRunReason.Modified, run.TrackedSteps[ErrorCodeGenerator.TrackingNames.Diagnostics].Single().Outputs.Single().Reason);
        Assert.All(run.TrackedSteps[ErrorCodeGenerator.TrackingNames.Models].Concat(run.TrackedSteps[ErrorCodeGenerator.TrackingNames.Plans]).SelectMany(step => step.Outputs),
            output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, output.Reason.ToString()));
        var outputs = run.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs).Select(o => o.Reason).ToArray();
        Assert.Equal(1, outputs.Count(reason => reason == IncrementalStepRunReason.Modified)); // the diagnostics only
        Assert.Equal(
            first.Results.Single().GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())),
            run.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())));
    }

    [Fact]
    public void Cancelled_run_stops()
    {
        var driver = GeneratorHarness.CreateDriver(new[] { SpecFile.Spec("/repo/spec/error-codes.md", GeneratorHarness.ReferenceSpecText, "Acme") });
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<System.OperationCanceledException>(() => driver.RunGenerators(GeneratorHarness.Compilation(), cancelled.Token));
    }
}
