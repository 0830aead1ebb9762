using System;
using System.IO;
using System.Linq;
using ErrorCodeGen.Diagnostics;
using ErrorCodeGen.Model;
using ErrorCodeGen.Parsing;
using Xunit;

namespace ErrorCodeGen.Core.Tests;

/// <summary>Pages written in the styles public API docs use: other header names, several tables, other codes.</summary>
public class RealWorldPagesTests
{
    private static SpecParseResult ParseFile(string name) =>
        SpecParser.Parse(File.ReadAllText(TestPaths.CoreSpec(name)));

    private static void NoErrors(SpecParseResult result) =>
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == SpecSeverity.Error);

    [Fact]
    public void Vendor_column_names_codes_and_retry_flags()
    {
        var result = ParseFile("vendor-columns.md");
        NoErrors(result);
        Assert.Empty(result.Diagnostics);
        var catalog = result.Catalog;
        Assert.Equal(new[] { -1121, 1003, int.MaxValue, 1, 7 }, catalog.Entries.Select(e => e.Code));

        var invalid = catalog.Find(-1121)!;
        Assert.Equal("InvalidSymbol", invalid.Name);
        Assert.Equal("Invalid symbol.", invalid.Message);
        Assert.Equal("Check the symbol list", invalid.Recommendation.Plain);
        Assert.Equal("Check the *symbol* list", invalid.Recommendation.Markdown);
        Assert.Equal((400, RetryClassification.DoNotRetry), (invalid.HttpStatus!.Value, invalid.Retry));

        Assert.Equal((429, RetryClassification.RetryAfterDelay), (catalog.Find(1003)!.HttpStatus!.Value, catalog.Find(1003)!.Retry));
        Assert.Equal((503, RetryClassification.RetryWithBackoff), (catalog.Find(int.MaxValue)!.HttpStatus!.Value, catalog.Find(int.MaxValue)!.Retry));
        Assert.Equal(RetryClassification.DoNotRetry, catalog.Find(1)!.Retry);
        Assert.Null(catalog.Find(7)!.HttpStatus);
    }

    [Fact]
    public void One_table_per_category_is_one_catalog()
    {
        var result = ParseFile("per-category.md");
        NoErrors(result);
        var skipped = Assert.Single(result.Diagnostics, d => d.Id == "ECG1103");
        Assert.Equal(5, skipped.Span.Line + 1);

        var catalog = result.Catalog;
        Assert.Equal(new[] { 1000, 1001, 1003, 1100, 1102, 1121, 1200, 1201 }, catalog.Entries.Select(e => e.Code));
        Assert.Equal(
            new[] { "GeneralServerOrNetworkIssues", "RequestIssues", "Authentication" },
            catalog.Categories.Select(c => c.Name));
        Assert.Equal("GeneralServerOrNetworkIssues", catalog.Find(1001)!.Category);
        Assert.Equal("RequestIssues", catalog.Find(1121)!.Category);
        Assert.Equal("Authentication", catalog.Find(1201)!.Category);

        Assert.Equal(RetryClassification.RetryWithBackoff, catalog.Find(1000)!.Retry);
        Assert.Equal(RetryClassification.RetryAfterDelay, catalog.Find(1001)!.Retry);
        Assert.Equal((503, RetryClassification.RetryWithBackoff), (catalog.Find(1003)!.HttpStatus!.Value, catalog.Find(1003)!.Retry));
        Assert.Equal((404, "Use a listed symbol"), (catalog.Find(1121)!.HttpStatus!.Value, catalog.Find(1121)!.Recommendation.Plain));
        Assert.Equal("MandatoryParameterMissing", catalog.Find(1102)!.Name);
        Assert.Equal((401, RetryClassification.DoNotRetry), (catalog.Find(1200)!.HttpStatus!.Value, catalog.Find(1200)!.Retry));
    }

    [Fact]
    public void Remarks_serve_as_recommendation_and_identifier_names_members()
    {
        var result = ParseFile("remarks.md");
        NoErrors(result);
        var catalog = result.Catalog;
        Assert.Equal(new[] { "Ok", "RateExceeded", "UpstreamTimeout", "class" }, catalog.Entries.Select(e => e.Name));
        Assert.Equal(RetryClassification.None, catalog.Find(0)!.Retry);
        Assert.Equal((429, RetryClassification.RetryAfterDelay), (catalog.Find(42)!.HttpStatus!.Value, catalog.Find(42)!.Retry));
        Assert.Equal((504, RetryClassification.RetryWithBackoff), (catalog.Find(43)!.HttpStatus!.Value, catalog.Find(43)!.Retry));
        Assert.Equal("Fix the request", catalog.Find(44)!.Recommendation.Plain);
    }

    [Fact]
    public void Tables_that_disagree_are_a_located_error()
    {
        var result = SpecParser.Parse("## A\n\n| Code | Meaning |\n|---|---|\n| 1 | One |\n\n## B\n\n| Code | Meaning |\n|---|---|\n| 1 | Uno |\n| 2 | Two |\n");
        var error = Assert.Single(result.Diagnostics, d => d.Severity == SpecSeverity.Error);
        Assert.Equal("ECG1020", error.Id);
        Assert.Equal((11, 7), (error.Span.Line + 1, error.Span.Column + 1));
        Assert.Equal("Code 1 means 'Uno' here but 'One' in the table row on line 5", error.Message);
        Assert.Equal(new[] { 1, 2 }, result.Catalog.Entries.Select(e => e.Code));
    }

    [Fact]
    public void The_same_code_in_two_tables_with_the_same_meaning_is_read_once()
    {
        var result = SpecParser.Parse("## A\n\n| Code | Meaning |\n|---|---|\n| 1 | One |\n\n## B\n\n| Code | Meaning |\n|---|---|\n| 1 | one |\n");
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == SpecSeverity.Error);
        Assert.Single(result.Catalog.Entries);
    }

    [Theory]
    [InlineData("E0001", "E0001")]
    [InlineData("card_declined", "CardDeclined")]
    public void A_lone_string_code_makes_a_string_catalog(string code, string member)
    {
        var result = SpecParser.Parse("| Code | Meaning |\n|---|---|\n| " + code + " | Declined |\n");
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == SpecSeverity.Error);
        var entry = Assert.Single(result.Catalog.Entries);
        Assert.Equal((1, code, member), (entry.Code, entry.WireCode, entry.Name));
        Assert.Equal(CodeKind.String, result.Catalog.CodeKind);
    }

    [Fact]
    public void A_code_that_is_neither_a_number_nor_a_string_code_is_one_clear_located_error()
    {
        var result = SpecParser.Parse("| Code | Meaning |\n|---|---|\n| `12a` | Declined |\n");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("ECG1003", error.Id);
        Assert.Equal((3, 3), (error.Span.Line + 1, error.Span.Column + 1));
    }

    [Fact]
    public void A_table_before_any_heading_is_not_kept_as_a_section()
    {
        var result = SpecParser.Parse("Intro.\n\n| Code | Meaning |\n|---|---|\n| 1 | One |\n\n## Handling\n\nRetry.\n");
        Assert.Equal(new[] { "## Handling\n\nRetry." }, result.Catalog.KeptSections.Select(k => k.Markdown));
        Assert.False(result.Catalog.KeptSections[0].BeforeCatalog);
    }

    [Fact]
    public void A_generic_heading_above_detail_sections_is_not_a_category()
    {
        var result = SpecParser.Parse("| Code | Meaning |\n|---|---|\n| 1 | One |\n\n## Detailed Descriptions\n\n### 1 - One\n\n**Solution**: Fix it.\n");
        Assert.Empty(result.Catalog.Categories);
        Assert.Null(result.Catalog.Entries[0].Category);
        Assert.Equal("Fix it.", result.Catalog.Entries[0].Solutions[0].Plain);
    }

    [Theory]
    [InlineData("title: Hostile & \"Quotes\"", "Hostile & \"Quotes\"")]
    [InlineData("title: \"Quoted title\"", "Quoted title")]
    [InlineData("title: 'Single'", "Single")]
    public void Front_matter_title_loses_only_matching_outer_quotes(string line, string title)
    {
        var result = SpecParser.Parse("---\n" + line + "\n---\n\n| Code | Meaning |\n|---|---|\n| 1 | One |\n");
        Assert.Equal(title, result.Catalog.Title);
    }
}
