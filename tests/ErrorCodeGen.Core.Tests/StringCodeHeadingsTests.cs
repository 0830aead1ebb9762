using System.IO;
using System.Linq;
using ErrorCodeGen.Diagnostics;
using ErrorCodeGen.Model;
using ErrorCodeGen.Parsing;
using Xunit;

namespace ErrorCodeGen.Core.Tests;

/// <summary>
/// String codes in headings: a heading per code (<c>### M_FORBIDDEN</c>) is the listing of a page with no other
/// listing, and a section headed by a string code under a table of string codes is that code's detail.
/// </summary>
public class StringCodeHeadingsTests
{
    private static SpecParseResult ParseFile(string name) =>
        SpecParser.Parse(File.ReadAllText(TestPaths.CoreSpec(name)));

    private static string Ids(SpecParseResult result) => string.Join(",", result.Diagnostics.Select(d => d.Id));

    [Fact]
    public void A_heading_per_string_code_is_a_string_catalog_in_page_order()
    {
        var result = ParseFile("string-code-headings.md");
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == SpecSeverity.Error);
        var catalog = result.Catalog;
        Assert.Equal(CodeKind.String, catalog.CodeKind);
        Assert.Equal(new[] { "M_FORBIDDEN", "M_UNKNOWN_TOKEN", "M_LIMIT_EXCEEDED", "M_NOT_FOUND", "M_GUEST_DENIED" }, catalog.Entries.Select(e => e.WireCode));
        Assert.Equal(new[] { 1, 2, 3, 4, 5 }, catalog.Entries.Select(e => e.Code));
        Assert.Equal(new[] { "Forbidden", "UnknownToken", "LimitExceeded", "NotFound", "GuestDenied" }, catalog.Entries.Select(e => e.Name));

        // The title after the code is the meaning; without one, the first bullet or paragraph is.
        Assert.Equal(
            new[] { "Forbidden", "The access token is not recognised by the server.", "Too many requests", "The requested resource does not exist.", "Guest access denied" },
            catalog.Entries.Select(e => e.Meaning.Plain));
    }

    [Fact]
    public void The_sections_text_and_json_example_belong_to_the_code_of_its_heading()
    {
        var catalog = ParseFile("string-code-headings.md").Catalog;
        var forbidden = catalog.FindWireCode("M_FORBIDDEN")!;
        Assert.True(forbidden.HasWireMessage);
        Assert.Equal("You are not a member of this room.", forbidden.Message);
        Assert.Contains(forbidden.Notes, n => n.Plain == "The caller is not allowed to perform this action.");
        Assert.Contains(forbidden.Notes, n => n.Plain == "Ask a room moderator to raise your power level.");

        var limited = catalog.FindWireCode("M_LIMIT_EXCEEDED")!;
        Assert.Equal("Slow down.", limited.Message);
        Assert.Equal(429, limited.HttpStatus);
        Assert.True(limited.Retry is RetryClassification.RetryWithBackoff or RetryClassification.RetryAfterDelay);

        var token = catalog.FindWireCode("M_UNKNOWN_TOKEN")!;
        Assert.False(token.HasWireMessage);
        Assert.Contains(token.Notes, n => n.Plain == "Sign in again to get a fresh token.");
        Assert.DoesNotContain(token.Notes, n => n.Plain == token.Meaning.Plain);

        Assert.True(catalog.FindWireCode("M_GUEST_DENIED")!.IsDeprecated);
        Assert.False(forbidden.IsDeprecated);
    }

    [Fact]
    public void Ordinary_headings_of_a_string_heading_page_stay_sections_of_the_page()
    {
        var catalog = ParseFile("string-code-headings.md").Catalog;
        Assert.DoesNotContain(catalog.Entries, e => e.WireCode is "Rate" or "Error" or "Overview");
        Assert.Contains(catalog.KeptSections, k => k.Markdown.StartsWith("## Rate limits", System.StringComparison.Ordinal));
        Assert.Contains(catalog.KeptSections, k => k.Markdown.StartsWith("## Error handling", System.StringComparison.Ordinal));
        Assert.DoesNotContain(catalog.KeptSections, k => k.Markdown.Contains("M_FORBIDDEN"));
    }

    [Fact]
    public void CamelCase_PascalCase_and_capital_headings_are_codes_under_a_heading_that_lists_errors()
    {
        var result = ParseFile("string-code-headings-camel.md");
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == SpecSeverity.Error);
        var catalog = result.Catalog;
        Assert.Equal(CodeKind.String, catalog.CodeKind);

        // "Overview", "Error handling" and "JavaScript" under "Error handling" are not codes.
        Assert.Equal(new[] { "accessDenied", "ThrottlingException", "NOT_FOUND", "UNAVAILABLE" }, catalog.Entries.Select(e => e.WireCode));
        Assert.Equal(new[] { "AccessDenied", "ThrottlingException", "NotFound", "Unavailable" }, catalog.Entries.Select(e => e.Name));
        Assert.Equal("Request throttled", catalog.Entries[1].Meaning.Plain);
        Assert.Equal(403, catalog.Entries[0].HttpStatus);
        Assert.Equal(RetryClassification.RetryWithBackoff, catalog.Entries[3].Retry);
        Assert.Contains(catalog.KeptSections, k => k.Markdown.Contains("### JavaScript"));
    }

    [Theory]
    [InlineData("## Error codes\n\n### Overview\n\nSome text.\n")]
    [InlineData("## Errors\n\n### Rate limits\n\nSome text.\n")]
    [InlineData("## Guides\n\n### ThrottlingException\n\nSome text.\n")]
    [InlineData("## Guides\n\n### UNAVAILABLE\n\nSome text.\n")]
    [InlineData("## Error handling\n\n### accessDenied\n\nSome text.\n")]
    [InlineData("## Errors\n\n### iOS and Android\n\nSome text.\n")]
    [InlineData("## Errors\n\n### Error\n\nSome text.\n")]
    [InlineData("# M_FORBIDDEN\n\nA page title is not a code.\n")]
    [InlineData("## Guides\n\n### snake_case naming\n\nSome text.\n")]
    [InlineData("## Errors\n\n### JavaScript errors\n\nSome text.\n")]
    [InlineData("## Errors\n\n### 2024 changes\n\nSome text.\n")]
    public void A_heading_without_the_shape_of_a_code_is_an_ordinary_heading(string page)
    {
        var result = SpecParser.Parse("# Guide\n\n" + page);
        Assert.Empty(result.Catalog.Entries);
        Assert.Equal(CodeKind.Numeric, result.Catalog.CodeKind);
        Assert.Contains(result.Diagnostics, d => d.Id == "ECG1001");
    }

    [Theory]
    [InlineData("## Guides\n\n### M_FORBIDDEN\n\nNo access.\n", "M_FORBIDDEN")]
    [InlineData("## Guides\n\n### `Throttled`\n\nSlow down.\n", "Throttled")]
    [InlineData("## Guides\n\n### `card_declined` Card was declined\n\nAsk for another card.\n", "card_declined")]
    [InlineData("## Guides\n\n### M_FORBIDDEN Forbidden\n\nNo access.\n", "M_FORBIDDEN")]
    [InlineData("## Exceptions\n\n### ThrottlingException\n\nSlow down.\n", "ThrottlingException")]
    [InlineData("## Status codes\n\n### UNAVAILABLE\n\nTry again later.\n", "UNAVAILABLE")]
    [InlineData("## Errors\n\n### **`M_FORBIDDEN`**\n\nNo access.\n", "M_FORBIDDEN")]
    [InlineData("## Errors\n\n### M_FORBIDDEN {#m-forbidden}\n\nNo access.\n", "M_FORBIDDEN")]
    [InlineData("## Guides\n\n### ZUGRIFF_VERWEIGERT_Ä - Zugriff verweigert\n\nKein Zugriff.\n", "ZUGRIFF_VERWEIGERT_Ä")]
    [InlineData("## Errors\n\n### [M_FORBIDDEN](#m_forbidden)\n\nNo access.\n", "M_FORBIDDEN")]
    [InlineData("## Errors\n\n### <a name=\"m-forbidden\"></a>M_FORBIDDEN\n\nNo access.\n", "M_FORBIDDEN")]
    public void A_heading_with_the_shape_of_a_code_is_a_code(string page, string wire)
    {
        var result = SpecParser.Parse("# Guide\n\n" + page);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == SpecSeverity.Error);
        Assert.Equal(CodeKind.String, result.Catalog.CodeKind);
        var entry = Assert.Single(result.Catalog.Entries);
        Assert.Equal(wire, entry.WireCode);
        Assert.DoesNotContain("{", entry.Meaning.Plain);
    }

    [Fact]
    public void A_heading_id_is_not_part_of_a_numeric_code_heading_title_either()
    {
        var result = SpecParser.Parse("# Errors\n\n### 1001 - Invalid key {#invalid-key}\n\nThe key is wrong.\n");
        Assert.Equal("Invalid key", Assert.Single(result.Catalog.Entries).Meaning.Plain);
    }

    [Fact]
    public void A_selected_section_that_lists_errors_makes_its_camelCase_headings_codes()
    {
        var text = File.ReadAllText(TestPaths.CoreSpec("string-code-headings-camel.md"));
        var result = SpecParser.Parse(text, new SpecParseOptions("Storage API errors"));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == SpecSeverity.Error);
        Assert.Equal(new[] { "accessDenied", "ThrottlingException", "NOT_FOUND", "UNAVAILABLE" }, result.Catalog.Entries.Select(e => e.WireCode));
    }

    [Fact]
    public void A_prose_page_with_ordinary_headings_gives_no_string_catalog()
    {
        var result = ParseFile("prose-headings.md");
        Assert.Empty(result.Catalog.Entries);
        Assert.Equal(CodeKind.Numeric, result.Catalog.CodeKind);
        Assert.Equal("ECG1001", Ids(result));
    }

    [Fact]
    public void Headings_of_numbers_win_over_string_headings_on_one_page()
    {
        var result = SpecParser.Parse("# Errors\n\n## Error codes\n\n### 1001 - Bad key\n\nThe key is wrong.\n\n### 1002 - Expired key\n\nThe key expired.\n\n### FAQ\n\nAsk us.\n");
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == SpecSeverity.Error);
        Assert.Equal(CodeKind.Numeric, result.Catalog.CodeKind);
        Assert.Equal(new[] { 1001, 1002 }, result.Catalog.Entries.Select(e => e.Code));
    }

    [Fact]
    public void A_section_headed_by_a_string_code_under_a_table_of_string_codes_is_its_detail()
    {
        var result = ParseFile("string-codes-details.md");
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == SpecSeverity.Error);
        var catalog = result.Catalog;
        Assert.Equal(CodeKind.String, catalog.CodeKind);
        Assert.Equal(new[] { "card_declined", "expired_card", "rate_limited" }, catalog.Entries.Select(e => e.WireCode));

        var declined = catalog.FindWireCode("card_declined")!;
        Assert.Equal("The card was declined.", declined.Meaning.Plain);
        Assert.True(declined.HasWireMessage);
        Assert.Equal("Your card was declined.", declined.Message);
        Assert.Equal(new[] { "the issuing bank refused the charge." }, declined.Causes.Select(c => c.Plain));
        Assert.Equal(new[] { "Ask the customer for another card.", "Ask the customer to call their bank." }, declined.Solutions.Select(c => c.Plain));

        // {"error": "rate_limited", "error_description": …}: the error is the code, the description the message.
        var limited = catalog.FindWireCode("rate_limited")!;
        Assert.Equal("Slow down and retry after a second.", limited.Message);
        Assert.Contains(limited.Notes, n => n.Plain == "Requests are limited per account.");

        // An example for another code gives no message (ECG1014), a section for an unlisted code is ECG1008.
        var expired = catalog.FindWireCode("expired_card")!;
        Assert.False(expired.HasWireMessage);
        Assert.Equal("The card has expired.", expired.Message);
        var mismatch = Assert.Single(result.Diagnostics, d => d.Id == "ECG1014");
        Assert.Equal(new[] { "expired_card", "card_declined" }, mismatch.Arguments.ToArray());
        var unknown = Assert.Single(result.Diagnostics, d => d.Id == "ECG1008");
        Assert.Equal("card_lost", Assert.Single(unknown.Arguments));
        Assert.Equal(44, unknown.Span.Line + 1);

        // "Overview" stays an ordinary heading; the detail sections are not kept as page text.
        Assert.DoesNotContain(catalog.KeptSections, k => k.Markdown.Contains("card_declined - Card declined"));
    }

    [Fact]
    public void A_string_detail_heading_on_a_numeric_page_is_an_ordinary_heading()
    {
        var page = "# Errors\n\n| Code | Meaning |\n|---|---|\n| 1001 | Bad key |\n\n## Notes\n\n### retry_policy\n\nRetry twice.\n";
        var result = SpecParser.Parse(page);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == SpecSeverity.Error || d.Id == "ECG1008");
        Assert.Equal(1001, Assert.Single(result.Catalog.Entries).Code);
        Assert.Contains(result.Catalog.KeptSections, k => k.Markdown.Contains("### retry_policy"));
    }

    [Fact]
    public void A_string_code_sub_heading_of_a_numeric_detail_section_stays_part_of_that_section()
    {
        var page = "# Errors\n\n| Code | Meaning |\n|---|---|\n| 1001 | Bad key |\n\n## Details\n\n### 1001 - Bad key\n\n#### error_response\n\n**Solutions**: Rotate the key.\n\n```json\n{\"code\": 1001, \"message\": \"Key rejected\"}\n```\n";
        var result = SpecParser.Parse(page);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == SpecSeverity.Error);
        var entry = Assert.Single(result.Catalog.Entries);
        Assert.Equal("Key rejected", entry.Message);
        Assert.Equal("Rotate the key.", Assert.Single(entry.Solutions).Plain);
    }

    [Fact]
    public void A_definition_list_under_a_string_heading_is_still_read_as_a_definition_list()
    {
        var page = "# Errors\n\n## Auth errors\n\n### AuthFailures\n\n`M_FORBIDDEN`\n: Not allowed.\n\n`M_UNKNOWN_TOKEN`\n: Token not recognised.\n";
        var result = SpecParser.Parse(page);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == SpecSeverity.Error);
        Assert.Equal(new[] { "M_FORBIDDEN", "M_UNKNOWN_TOKEN" }, result.Catalog.Entries.Select(e => e.WireCode));
    }
}
