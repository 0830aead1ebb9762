using System.Linq;
using ErrorCodeGen.Emit;
using ErrorCodeGen.Model;
using ErrorCodeGen.Pipeline;
using Xunit;

namespace ErrorCodeGen.Core.Tests;

public class CatalogPipelineTests
{
    private const string Page = "# Errors\n\n| Code | Name | Meaning |\n|---|---|---|\n| 1001 | BadRequest | The request is malformed. |\n| 1002 | Forbidden | The key may not do this. |\n";

    [Fact]
    public void Options_are_trimmed_defaulted_and_the_accessibility_is_read_ignoring_case()
    {
        var options = CatalogPipeline.Options(new CatalogRequest(Page, Namespace: "  ", EnumName: " ", Accessibility: " Internal ") { RootNamespace = " Acme.Api " });

        Assert.Equal("Acme.Api", options.Namespace);
        Assert.Equal(CatalogPipeline.DefaultEnumName, options.EnumName);
        Assert.Equal("internal", options.Accessibility);
        Assert.Null(CatalogPipeline.Options(new CatalogRequest(Page)).Namespace);
    }

    [Fact]
    public void An_invalid_option_emits_nothing_unless_the_host_asks_for_the_defaults()
    {
        var request = new CatalogRequest(Page, EnumName: "2Bad", Accessibility: "friend") { RootNamespace = "Acme" };

        var strict = CatalogPipeline.Prepare(request);
        var lenient = CatalogPipeline.Prepare(request with { InvalidOptions = InvalidOptionHandling.UseDefaults });

        Assert.Null(strict.Catalog);
        Assert.True(strict.HasErrors);
        Assert.Equal(new[] { "EnumName", "Accessibility" }, strict.Diagnostics.Where(d => d.Id == "ECG1016").Select(d => d.Arguments[0]));
        Assert.NotNull(lenient.Catalog);
        Assert.True(lenient.UsesDefaults);
        Assert.Equal(new CatalogEmitOptions("Acme", CatalogPipeline.DefaultEnumName, CatalogPipeline.DefaultAccessibility), lenient.Options);
        Assert.Equal(strict.Diagnostics, lenient.Diagnostics);
    }

    [Fact]
    public void Emit_writes_the_catalog_then_the_files_its_features_make_apply_under_the_names_it_announces()
    {
        var prepared = CatalogPipeline.Prepare(new CatalogRequest(Page, Namespace: "Acme"));
        Assert.False(prepared.HasErrors);
        foreach (var features in new[]
        {
            IntegrationFeatures.None,
            IntegrationFeatures.HttpClient | IntegrationFeatures.SystemTextJson,
            IntegrationFeatures.HttpClient | IntegrationFeatures.SystemTextJson | IntegrationFeatures.AspNetCore,
        })
        {
            var options = prepared.Options with { Integration = features };
            var files = CatalogPipeline.Emit(prepared.Catalog!, options);

            Assert.Equal(CatalogPipeline.HintNames(options, CodeKind.Numeric), files.Select(f => f.HintName));
            Assert.Equal(CatalogEmitter.Emit(prepared.Catalog!, options), files[0].Text);
        }

        var server = CatalogPipeline.Emit(prepared.Catalog!, prepared.Options with { Integration = IntegrationFeatures.HttpClient | IntegrationFeatures.SystemTextJson | IntegrationFeatures.AspNetCore });
        Assert.Equal(new[] { "Acme.ErrorCode.g.cs", "Acme.ErrorCode.Integration.g.cs", "Acme.ErrorCode.Server.g.cs" }, server.Select(f => f.HintName));
    }

    [Fact]
    public void A_catalog_without_positions_is_equal_for_a_page_whose_lines_moved()
    {
        var before = CatalogPipeline.Prepare(new CatalogRequest(Page));
        var after = CatalogPipeline.Prepare(new CatalogRequest("\n\n<!-- moved -->\n\n" + Page));

        Assert.NotEqual(before.Catalog, after.Catalog);
        Assert.Equal(before.Catalog!.WithoutPositions(), after.Catalog!.WithoutPositions());
        Assert.All(after.Catalog.WithoutPositions().Entries, e => Assert.Equal(default(SourceSpan), e.Span));
    }
}
