using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using ErrorCodeGen.Diagnostics;
using ErrorCodeGen.Parsing;
using Xunit;

namespace ErrorCodeGen.Core.Tests;

/// <summary>
/// Section selection (<see cref="SpecParseOptions.Section"/>): which heading a path names, what is read under it,
/// and the located errors for a path that names no heading or several.
/// </summary>
public class SectionSelectionTests
{
    private static readonly string Page = File.ReadAllText(TestPaths.CoreSpec("sections.md"));

    private static SpecParseResult Parse(string? section) => SpecParser.Parse(Page, new SpecParseOptions(section));

    private static int[] Codes(SpecParseResult result) => result.Catalog.Entries.Select(e => e.Code).ToArray();

    private static string Meaning(SpecParseResult result, int code) => result.Catalog.Find(code)!.Meaning.Plain;

    [Fact]
    public void The_whole_page_mixes_the_services_tables_and_fails()
    {
        var result = Parse(null);

        Assert.True(result.HasErrors);
        Assert.Contains(result.Diagnostics, d => d.Id == SpecDiagnostics.TablesDisagree.Id);
        Assert.Equal(result, SpecParser.Parse(Page));
    }

    [Fact]
    public void A_path_reads_only_the_content_under_its_heading_with_sub_headings()
    {
        var result = Parse("Ingest Service (V2) > Error codes:");

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics.Select(d => d.ToMSBuildString("sections.md"))));
        Assert.Equal(new[] { 0, 1001, 1002, 1429 }, Codes(result));
        Assert.Equal("Event too large", Meaning(result, 1001));
        Assert.Equal("Too many batches", Meaning(result, 1429));
    }

    [Fact]
    public void Case_punctuation_spaces_and_hashes_are_ignored()
    {
        var expected = Codes(Parse("Ingest Service (V2) > Error codes:"));

        Assert.Equal(expected, Codes(Parse("ingest service v2 > error codes")));
        Assert.Equal(expected, Codes(Parse("## INGEST SERVICE - V2 > ### Error-Codes")));
        Assert.Equal(expected, Codes(Parse("  Ingest   Service(V2)   >   ErrorCodes  ")));
    }

    [Fact]
    public void Inline_html_anchors_and_heading_ids_are_not_part_of_the_name()
    {
        var result = Parse("Billing > Error codes");

        Assert.False(result.HasErrors);
        Assert.Equal(new[] { 0, 1001, 1002 }, Codes(result));
        Assert.Equal("Card declined", Meaning(result, 1001));
    }

    [Fact]
    public void Mdx_components_hugo_shortcodes_and_html_comments_in_headings_are_ignored()
    {
        var page = string.Join("\n",
            "import Tabs from '@theme/Tabs';",
            "",
            "## Storage <ManualAnchor id=\"storage\"/> {{% added-in v=\"1.7\" %}}",
            "",
            "### Errors <!-- kept in sync with the server -->",
            "",
            "| Code | Meaning |",
            "|---|---|",
            "| 12 | Bucket missing |",
            "");

        var result = SpecParser.Parse(page, new SpecParseOptions("Storage > Errors"));

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics.Select(d => d.Message)));
        Assert.Equal(new[] { 12 }, Codes(result));
        Assert.Equal("Storage \u2014 Errors", result.Catalog.Title);
    }

    [Fact]
    public void Each_next_segment_may_match_a_heading_nested_at_any_depth()
    {
        // "#### Error Codes" sits under "### Delivery" under "## Webhooks"; the path skips "Delivery".
        var result = Parse("Webhooks > Error codes");

        Assert.False(result.HasErrors);
        Assert.Equal(new[] { 1001 }, Codes(result));
        Assert.Equal("Endpoint unreachable", Meaning(result, 1001));
        Assert.Equal(Codes(result), Codes(Parse("Harbor Platform API > Webhooks > Delivery > Error codes")));
    }

    [Fact]
    public void Segments_must_follow_the_nesting_order()
    {
        var result = Parse("Error codes > Webhooks");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(SpecDiagnostics.SectionNotFound.Id, diagnostic.Id);
    }

    [Fact]
    public void A_section_ends_at_the_next_heading_of_the_same_or_a_higher_level()
    {
        // "## Ingest Service (V2)" stops at "## Billing": Billing's 1001 and the changelog's are not read.
        var result = Parse("Ingest Service (V2)");

        Assert.False(result.HasErrors);
        Assert.Equal(new[] { 0, 1001, 1002, 1429 }, Codes(result));
    }

    [Fact]
    public void The_title_is_the_selected_heading_after_its_enclosing_headings()
    {
        Assert.Equal("Harbor Platform API \u2014 Ingest Service (V2) \u2014 Error codes", Parse("Ingest Service (V2) > Error codes").Catalog.Title);
        Assert.Equal("Harbor Platform API \u2014 Billing \u2014 Error codes", Parse("Billing > Error codes").Catalog.Title);
        Assert.Equal("Harbor Platform API \u2014 Ingest Service (V2)", Parse("Ingest Service (V2)").Catalog.Title);
    }

    [Fact]
    public void Kept_sections_and_front_matter_come_from_the_selection_only()
    {
        var result = Parse("Ingest Service (V2)");

        Assert.Null(result.Catalog.FrontMatter);
        var kept = string.Join("\n", result.Catalog.KeptSections.Select(k => k.Markdown));
        Assert.DoesNotContain("Overview", kept);
        Assert.DoesNotContain("Billing", kept);
        Assert.DoesNotContain("Changelog", kept);

        var whole = SpecParser.Parse(Page).Catalog;
        Assert.NotNull(whole.FrontMatter);
    }

    [Fact]
    public void A_path_that_matches_several_headings_lists_them_all_with_their_lines()
    {
        var result = Parse("Error codes");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("ECG1041", diagnostic.Id);
        Assert.Equal(SpecSeverity.Error, diagnostic.Severity);
        Assert.Equal((21, 1), (diagnostic.Span.Line + 1, diagnostic.Span.Column + 1));
        Assert.Contains("matches 3 headings", diagnostic.Message);
        Assert.Contains("'Harbor Platform API > Ingest Service (V2) > Error codes:' (line 21)", diagnostic.Message);
        Assert.Contains("'Harbor Platform API > Billing > Error codes' (line 41)", diagnostic.Message);
        Assert.Contains("'Harbor Platform API > Webhooks > Delivery > Error Codes' (line 53)", diagnostic.Message);
        Assert.Empty(result.Catalog.Entries);
    }

    [Fact]
    public void A_path_whose_start_matches_lists_the_headings_under_that_start()
    {
        var result = Parse("Billing > Refunds");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("ECG1040", diagnostic.Id);
        Assert.Equal((39, 1), (diagnostic.Span.Line + 1, diagnostic.Span.Column + 1));
        Assert.Contains("'Billing > Refunds'", diagnostic.Message);
        Assert.Contains("the headings under 'Harbor Platform API > Billing' (line 39) are 'Harbor Platform API > Billing > Error codes' (line 41)", diagnostic.Message);
    }

    [Fact]
    public void A_path_that_matches_nothing_lists_the_nearest_headings()
    {
        var result = Parse("Ingest Services");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("ECG1040", diagnostic.Id);
        Assert.Equal((1, 1), (diagnostic.Span.Line + 1, diagnostic.Span.Column + 1));
        Assert.Contains("the nearest headings are 'Harbor Platform API > Ingest Service (V2)' (line 17)", diagnostic.Message);
    }

    [Fact]
    public void A_page_without_headings_says_so()
    {
        var result = SpecParser.Parse("| Code | Meaning |\n|---|---|\n| 1 | One |\n", new SpecParseOptions("Errors"));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("ECG1040", diagnostic.Id);
        Assert.Contains("the page has no headings", diagnostic.Message);
    }

    [Fact]
    public void A_segment_without_letters_or_digits_is_an_invalid_option()
    {
        var result = Parse("Billing >  > Error codes");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(SpecDiagnostics.InvalidOption.Id, diagnostic.Id);
        Assert.Contains("Section", diagnostic.Message);
    }

    [Fact]
    public void A_selected_section_without_a_table_is_reported_at_its_heading()
    {
        var result = Parse("Webhooks > Signing");

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Severity == SpecSeverity.Error);
        Assert.Equal(SpecDiagnostics.NoTable.Id, diagnostic.Id);
        Assert.Equal((59, 1), (diagnostic.Span.Line + 1, diagnostic.Span.Column + 1));
    }

    [Fact]
    public void Blank_sections_read_the_whole_page()
    {
        Assert.Equal(SpecParser.Parse(Page), Parse(""));
        Assert.Equal(SpecParser.Parse(Page), Parse("   "));
        Assert.Equal(SpecParser.Parse(ReferenceSpec.Text), SpecParser.Parse(ReferenceSpec.Text, SpecParseOptions.Default));
    }

    [Fact]
    public void Matching_does_not_depend_on_the_current_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            var result = Parse("HARBOR PLATFORM API > BILLING > ERROR CODES");
            Assert.False(result.HasErrors);
            Assert.Equal("Card declined", Meaning(result, 1001));
            Assert.True(SectionSelector.Matches("INGEST", "ingest"));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("Error code:", "Error code", true)]
    [InlineData("lending market v3", "Lending Market(V3)", true)]
    [InlineData("### Close Codes", "Close codes", true)]
    [InlineData("Close codes", "Close codes (voice)", false)]
    [InlineData("Errors", "Error", false)]
    [InlineData("Ошибки", "ОШИБКИ", true)]
    [InlineData("---", "---", false)]
    public void Segment_matching(string segment, string heading, bool matches) =>
        Assert.Equal(matches, SectionSelector.Matches(segment, heading));

    [Fact]
    public void Paths_split_at_the_separator_only()
    {
        Assert.Equal(new[] { "Lending Market(V3)", "Error code:" }, SectionSelector.Segments("Lending Market(V3) > Error code:", out var invalid));
        Assert.Null(invalid);
        Assert.Equal(new[] { "Events->Errors" }, SectionSelector.Segments("Events->Errors", out _));
        Assert.Empty(SectionSelector.Segments(null, out _));
        SectionSelector.Segments("A > # > B", out invalid);
        Assert.Equal("#", invalid);
    }

    /// <summary>
    /// A long API reference (about 300 KB, over 200 tables) whose error codes are two sections among many, the two
    /// reusing the same numbers.
    /// </summary>
    private static string LongReference()
    {
        var page = new System.Text.StringBuilder("# Nimbus Cloud API reference\n\nEvery service of the platform, endpoint by endpoint.\n\n");
        for (var service = 0; service < 60; service++)
        {
            page.Append("## Service ").Append(service).Append(" (v").Append(service % 3 + 1).Append(")\n\n");
            for (var endpoint = 0; endpoint < 4; endpoint++)
            {
                page.Append("### `GET /v1/service-").Append(service).Append("/items/").Append(endpoint).Append("`\n\n");
                page.Append("Returns the items of the collection, newest first. Paging follows the cursor of the previous answer.\n\n");
                page.Append("| Parameter | Type | Required | Description |\n|---|---|---|---|\n");
                for (var parameter = 0; parameter < 8; parameter++)
                {
                    page.Append("| `field").Append(parameter).Append("` | string | no | Filters the items whose field ").Append(parameter)
                        .Append(" equals this value; several values are separated by commas |\n");
                }

                page.Append('\n');
            }

            if (service == 17)
            {
                page.Append("### Error codes\n\n| Code | Meaning | HTTP | Retry |\n|---|---|---|---|\n")
                    .Append("| 0 | Success | 200 | None |\n| 10001 | Bucket not found | 404 | DoNotRetry |\n| 10002 | Object too large | 400 | DoNotRetry |\n| 10003 | Storage busy | 503 | RetryWithBackoff |\n\n");
            }

            if (service == 42)
            {
                page.Append("### Error codes\n\n| Code | Meaning | HTTP | Retry |\n|---|---|---|---|\n")
                    .Append("| 0 | Success | 200 | None |\n| 10001 | Queue not found | 404 | DoNotRetry |\n| 10002 | Message expired | 410 | DoNotRetry |\n\n");
            }
        }

        return page.ToString();
    }

    [Fact]
    public void A_long_reference_page_gives_the_catalog_of_each_error_section()
    {
        var page = LongReference();
        Assert.InRange(page.Length, 250_000, 400_000);
        Assert.True(page.Split('\n').Count(l => l.StartsWith("|---", System.StringComparison.Ordinal)) > 200);

        var storage = SpecParser.Parse(page, new SpecParseOptions("Service 17 (v3) > Error codes"));
        Assert.Empty(storage.Diagnostics);
        Assert.Equal(new[] { 0, 10001, 10002, 10003 }, Codes(storage));
        Assert.Equal("Bucket not found", Meaning(storage, 10001));

        var queues = SpecParser.Parse(page, new SpecParseOptions("service 42 v1 > error codes"));
        Assert.Empty(queues.Diagnostics);
        Assert.Equal(new[] { 0, 10001, 10002 }, Codes(queues));
        Assert.Equal("Queue not found", Meaning(queues, 10001));

        var ambiguous = Assert.Single(SpecParser.Parse(page, new SpecParseOptions("Error codes")).Diagnostics);
        Assert.Equal("ECG1041", ambiguous.Id);
        Assert.Contains("matches 2 headings", ambiguous.Message);
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        Assert.ThrowsAny<System.OperationCanceledException>(() => SpecParser.Parse(Page, new SpecParseOptions("Billing"), source.Token));
    }
}
