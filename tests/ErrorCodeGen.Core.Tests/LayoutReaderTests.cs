using System;
using System.IO;
using System.Linq;
using ErrorCodeGen.Diagnostics;
using ErrorCodeGen.Model;
using ErrorCodeGen.Parsing;
using Xunit;

namespace ErrorCodeGen.Core.Tests;

/// <summary>Pages in the layouts real vendors publish: a heading per code, bold-name blocks, definition lists, MDX, HTTP-keyed tables.</summary>
public class LayoutReaderTests
{
    private static SpecParseResult ParseFile(string name) =>
        SpecParser.Parse(File.ReadAllText(TestPaths.CoreSpec(name)));

    private static void NoErrors(SpecParseResult result) =>
        Assert.True(!result.HasErrors, string.Join("\n", result.Diagnostics.Where(d => d.Severity == SpecSeverity.Error).Select(d => d.Id + " " + d.Span + " " + d.Message)));

    [Fact]
    public void A_heading_per_code_with_bullets_of_message_text()
    {
        var result = ParseFile("code-headings.md");
        NoErrors(result);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == SpecSeverity.Warning);
        var catalog = result.Catalog;
        Assert.Equal(new[] { -1000, -1001, -1003, -1100, -1101, -1102 }, catalog.Entries.Select(e => e.Code));
        Assert.Equal(
            new[] { "Unknown", "Disconnected", "TooManyRequests", "IllegalChars", "TooManyParameters", "MandatoryParamEmptyOrMalformed" },
            catalog.Entries.Select(e => e.Name));
        Assert.Equal("Something went wrong on our side while the request was handled.", catalog.Find(-1000)!.Meaning.Plain);
        Assert.Equal(new[] { "ServerAndNetwork", "RequestIssues" }, catalog.Categories.Select(c => c.Name));
        Assert.Equal("RequestIssues", catalog.Find(-1102)!.Category);

        var tooMany = catalog.Find(-1003)!;
        Assert.Equal(new[] { "The IP address is banned for a while after repeated overload; wait for the ban to end." }, tooMany.OtherMessages.Select(m => m.Plain));
        Assert.Equal(RetryClassification.RetryAfterDelay, tooMany.Retry); // "back off"
        Assert.Equal(RetryClassification.RetryWithBackoff, catalog.Find(-1001)!.Retry); // "Try again later"

        var malformed = catalog.Find(-1102)!;
        Assert.Equal(2, malformed.OtherMessages.Count);
        Assert.Equal(new[] { "The first form is sent when the parameter name is not known." }, malformed.Notes.Select(n => n.Plain));
        Assert.True(catalog.Find(-1101)!.IsDeprecated);
        Assert.False(catalog.Find(-1100)!.IsDeprecated);
    }

    [Fact]
    public void A_detail_heading_on_a_table_page_still_describes_the_table_code()
    {
        var result = SpecParser.Parse("| Code | Meaning |\n|---|---|\n| 7 | Seven |\n\n### 7 - Seven\n\n* A bullet about seven.\n");
        NoErrors(result);
        var entry = Assert.Single(result.Catalog.Entries);
        Assert.Equal(("Seven", "A bullet about seven."), (entry.Name, entry.Notes.Single().Plain));
        Assert.True(entry.OtherMessages.IsEmpty);
    }

    [Fact]
    public void A_title_after_a_code_is_a_code_heading_only_when_it_is_a_constant_name()
    {
        var result = SpecParser.Parse("## 2024 Changes\n\nText.\n\n## 404 NotFound\n\n* Nothing here.\n");
        NoErrors(result);
        Assert.Equal(new[] { (404, "NotFound") }, result.Catalog.Entries.Select(e => (e.Code, e.Name)));
    }

    [Fact]
    public void Bold_name_blocks_with_http_status_lines()
    {
        var result = ParseFile("name-blocks.md");
        NoErrors(result);
        var catalog = result.Catalog;
        Assert.Equal(new[] { 4031, 4290, 4220, 4091, 4292 }, catalog.Entries.Select(e => e.Code));
        Assert.Equal(new[] { "AccessRefused", "SlowDown", "UnreadableBody", "BucketNotEmpty", "LegacyQuota" }, catalog.Entries.Select(e => e.Name));
        Assert.Equal(new int?[] { 403, 429, 422, 409, 429 }, catalog.Entries.Select(e => e.HttpStatus));
        Assert.Equal("The caller's key does not allow this action on the bucket.", catalog.Find(4031)!.Meaning.Plain);
        Assert.Equal("The body of the request is not valid JSON or is cut short.", catalog.Find(4220)!.Meaning.Plain);
        Assert.Equal(RetryClassification.RetryWithBackoff, catalog.Find(4290)!.Retry); // "Wait a bit and retry"
        Assert.True(catalog.Find(4292)!.IsDeprecated);
        Assert.Equal(new[] { "Common", "Action" }, catalog.Categories.Select(c => c.Name));
        Assert.Equal("Action", catalog.Find(4091)!.Category);
    }

    [Fact]
    public void A_name_block_without_a_numeric_code_is_a_string_code()
    {
        var result = SpecParser.Parse("**ThrottlingException**  \nThe request was denied.  \nHTTP Status Code: 400\n\n**AccessDeniedException**  \nYou do not have access.  \nHTTP Status Code: 403\n");
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == SpecSeverity.Error);
        Assert.Equal(CodeKind.String, result.Catalog.CodeKind);
        Assert.Equal(new[] { "ThrottlingException", "AccessDeniedException" }, result.Catalog.Entries.Select(e => e.WireCode));
        Assert.Equal(new[] { 1, 2 }, result.Catalog.Entries.Select(e => e.Code));
        Assert.Equal(new int?[] { 400, 403 }, result.Catalog.Entries.Select(e => e.HttpStatus));
    }

    [Fact]
    public void Definition_lists_with_wrapped_definitions()
    {
        var result = ParseFile("definition-list.md");
        NoErrors(result);
        var catalog = result.Catalog;
        Assert.Equal(new[] { 40301, 40401, 40002, 40003, 42901 }, catalog.Entries.Select(e => e.Code));
        Assert.Equal(
            "The user may not do this, for example post in a room they were banned from, or log in with a password that does not match.",
            catalog.Find(40301)!.Meaning.Plain);
        Assert.Equal("The JSON body could not be read, or a field had the wrong type.", catalog.Find(40002)!.Meaning.Plain);
        Assert.True(catalog.Find(40003)!.IsDeprecated);
        var limited = catalog.Find(42901)!;
        Assert.Equal(new[] { "Too many logins from one address; the address is blocked for a while." }, limited.OtherMessages.Select(m => m.Plain));
        Assert.Equal(RetryClassification.RetryAfterDelay, limited.Retry);
    }

    [Fact]
    public void A_definition_list_of_string_codes_is_a_string_catalog()
    {
        var result = SpecParser.Parse("`M_FORBIDDEN`\n: Forbidden access, e.g. joining a room\n  without permission.\n\n`M_UNKNOWN_TOKEN`\n: The access token is not recognised.\n");
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == SpecSeverity.Error);
        Assert.Equal(CodeKind.String, result.Catalog.CodeKind);
        Assert.Equal(new[] { "M_FORBIDDEN", "M_UNKNOWN_TOKEN" }, result.Catalog.Entries.Select(e => e.WireCode));
        Assert.Equal(new[] { "Forbidden", "UnknownToken" }, result.Catalog.Entries.Select(e => e.Name));
        Assert.Equal("Forbidden access, e.g. joining a room without permission.", result.Catalog.Entries[0].Meaning.Plain);
    }

    [Fact]
    public void A_number_among_string_codes_of_a_definition_list_is_reported_at_the_code()
    {
        var result = SpecParser.Parse("`M_FORBIDDEN`\n: Forbidden.\n\n`M_UNKNOWN`\n: Unknown.\n\n`40401`\n: Not found.\n");
        var error = Assert.Single(result.Diagnostics, d => d.Severity == SpecSeverity.Error);
        Assert.Equal(("ECG1022", 6), (error.Id, error.Span.Line));
        Assert.Contains("'40401'", error.Message);
    }

    [Fact]
    public void Mdx_page_noise_never_becomes_text_and_messy_tables_read_as_rendered()
    {
        var result = ParseFile("mdx-gateway.md");
        NoErrors(result);
        var catalog = result.Catalog;
        Assert.Equal("Realtime gateway codes", catalog.Title);
        Assert.Equal(
            new[] { 4000, 4001, 4004, 4008, 4010, 10003, 20028, 30001, 40060, 50035, 130000, 60001, 60002 },
            catalog.Entries.Select(e => e.Code));

        // No outer pipes, a link cell, a struck-through code, <br /> in a cell, a true/false Reconnect column.
        Assert.Equal("Something broke on our side. Try reconnecting.", catalog.Find(4000)!.ExtraCells.Single(c => c.Column == "Explanation").Value.Plain);
        Assert.Equal("Rate limited", catalog.Find(4008)!.Meaning.Plain);
        Assert.True(catalog.Find(4010)!.IsDeprecated);
        Assert.Equal(RetryClassification.RetryWithBackoff, catalog.Find(4000)!.Retry);
        Assert.Equal(RetryClassification.DoNotRetry, catalog.Find(4004)!.Retry);

        // Names with spaces; retry wording in the meaning.
        Assert.Equal("UnknownChannel", catalog.Find(10003)!.Name);
        Assert.Equal("PresenceUpdate", catalog.Find(130000)!.Name);
        Assert.Equal(RetryClassification.RetryWithBackoff, catalog.Find(130000)!.Retry);
        Assert.Equal(RetryClassification.RetryWithBackoff, catalog.Find(20028)!.Retry);

        // One code, three messages: one member, two other messages, a warning for each extra row.
        var form = catalog.Find(50035)!;
        Assert.Equal("Invalid form body", form.Meaning.Plain);
        Assert.Equal(new[] { "Invalid form body: a field was too long", "Invalid form body: a required field was missing" }, form.OtherMessages.Select(m => m.Plain));
        Assert.Equal(new[] { 35, 36 }, result.Diagnostics.Where(d => d.Id == "ECG1030").Select(d => d.Span.Line + 1));

        // A header of three cells over a delimiter of two: read, with a warning.
        var gfm = Assert.Single(result.Diagnostics, d => d.Id == "ECG1031");
        Assert.Equal(45, gfm.Span.Line + 1);
        Assert.Equal("The webhook was deleted.", catalog.Find(60001)!.Recommendation.Plain);
        Assert.Equal(3, result.Diagnostics.Count(d => d.Severity == SpecSeverity.Warning));

        var everyText = catalog.Entries.SelectMany(e => new[] { e.Meaning.Plain, e.Meaning.Markdown, e.Message, e.Recommendation.Plain }
                .Concat(e.ExtraCells.Select(c => c.Value.Plain)).Concat(e.Notes.Select(n => n.Plain)))
            .Concat(catalog.Categories.Select(c => c.Title))
            .Concat(catalog.KeptSections.Select(k => k.Markdown))
            .ToArray();
        foreach (var noise in new[] { "import ", "export ", "ManualAnchor", "{{", "<!--", "{/*", "added-in", "<a name", "<br" })
        {
            Assert.DoesNotContain(everyText, t => t.Contains(noise, StringComparison.Ordinal));
        }

        Assert.Contains("GatewayCloseEvent", catalog.Categories.Select(c => c.Name));
        Assert.Contains(result.Diagnostics, d => d.Id == "ECG1103" && d.Message.Contains("Opcode", StringComparison.Ordinal));
    }

    [Fact]
    public void A_jsx_line_before_a_heading_does_not_swallow_it()
    {
        var result = SpecParser.Parse("<ManualAnchor id=\"x\"/>\n## HTTP error codes\n\n| Code | Meaning |\n|---|---|\n| 404 | Not found |\n");
        NoErrors(result);
        Assert.Equal(404, Assert.Single(result.Catalog.Entries).HttpStatus);
        Assert.Equal("HTTP error codes", Assert.Single(result.Catalog.Categories.Select(c => c.Title).DefaultIfEmpty("HTTP error codes")));
    }

    [Fact]
    public void A_table_keyed_by_http_status()
    {
        var result = ParseFile("http-status.md");
        NoErrors(result);
        var catalog = result.Catalog;
        Assert.Equal(new[] { 200, 400, 401, 402, 404, 429, 500 }, catalog.Entries.Select(e => e.Code));
        Assert.All(catalog.Entries, e => Assert.Equal(e.Code, e.HttpStatus));
        Assert.Equal(new[] { "OK", "BadRequest", "Unauthorized", "RequestFailed", "NotFound", "TooManyRequests", "ServerError" }, catalog.Entries.Select(e => e.Name));
        Assert.Equal("The resource does not exist.", catalog.Find(404)!.Meaning.Plain);
        Assert.Equal(RetryClassification.None, catalog.Find(200)!.Retry);
        Assert.Equal(RetryClassification.DoNotRetry, catalog.Find(402)!.Retry);
        Assert.Equal(RetryClassification.RetryWithBackoff, catalog.Find(500)!.Retry);
    }

    [Fact]
    public void A_code_table_under_an_http_heading_gives_each_code_its_status()
    {
        var result = ParseFile("http-heading.md");
        NoErrors(result);
        Assert.Equal(new[] { (400, (int?)400), (403, 403), (404, 404), (503, 503) }, result.Catalog.Entries.Select(e => (e.Code, e.HttpStatus)));
        Assert.Contains(result.Diagnostics, d => d.Id == "ECG1103");
    }

    [Fact]
    public void A_long_api_reference_with_two_error_sections_among_two_hundred_tables()
    {
        var page = ApiReferencePage.Build();
        Assert.InRange(page.Length, 250_000, 400_000);
        var result = SpecParser.Parse(page);
        NoErrors(result);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == SpecSeverity.Warning);
        Assert.True(result.Diagnostics.Count(d => d.Id == "ECG1103") >= 200, "every other table is skipped, as an info");
        var catalog = result.Catalog;
        Assert.Equal(ApiReferencePage.ErrorCodes, catalog.Entries.Select(e => e.Code));
        Assert.Equal(new[] { "General", "Order" }, catalog.Categories.Select(c => c.Name));
        Assert.Equal(("UnknownError", 500, RetryClassification.RetryWithBackoff), (catalog.Find(1000)!.Name, catalog.Find(1000)!.HttpStatus!.Value, catalog.Find(1000)!.Retry));
        Assert.Equal(RetryClassification.RetryAfterDelay, catalog.Find(1003)!.Retry);
        Assert.Equal(RetryClassification.RetryWithBackoff, catalog.Find(1006)!.Retry);
        Assert.Equal(RetryClassification.RetryWithBackoff, catalog.Find(2008)!.Retry);
        Assert.Equal(RetryClassification.DoNotRetry, catalog.Find(2002)!.Retry);
        Assert.Equal("Order", catalog.Find(2005)!.Category);
    }

    [Theory]
    [InlineData("General errors (10xx)", 1000, 12)]
    [InlineData("Exchange REST API reference > Order errors (20xx)", 2000, 10)]
    public void One_error_section_of_the_long_api_reference_is_selected(string section, int first, int count)
    {
        var result = SpecParser.Parse(ApiReferencePage.Build(), new SpecParseOptions(section));
        NoErrors(result);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "ECG1103");
        Assert.Equal(ApiReferencePage.ErrorCodes.Where(c => c / 1000 == first / 1000), result.Catalog.Entries.Select(e => e.Code));
        Assert.Equal(count, result.Catalog.Entries.Count);
    }

    [Fact]
    public void Same_code_in_two_tables_with_different_meanings_stays_an_error()
    {
        var result = SpecParser.Parse("## Close codes\n\n| Code | Meaning |\n|---|---|\n| 4000 | Unknown error |\n\n## Voice close codes\n\n| Code | Meaning |\n|---|---|\n| 4000 | Unknown opcode |\n");
        var error = Assert.Single(result.Diagnostics, d => d.Severity == SpecSeverity.Error);
        Assert.Equal(("ECG1020", 11), (error.Id, error.Span.Line + 1));
    }

    [Fact]
    public void Same_code_twice_in_one_table_with_another_message_is_a_warning_located_at_the_message()
    {
        var result = SpecParser.Parse("| Code | Meaning |\n|---|---|\n| 7 | Seven |\n| 8 | Eight |\n| 7 | Seven, again |\n");
        var warning = Assert.Single(result.Diagnostics, d => d.Severity != SpecSeverity.Info);
        Assert.Equal(("ECG1030", SpecSeverity.Warning, 4, 6), (warning.Id, warning.Severity, warning.Span.Line, warning.Span.Column));
        Assert.Equal("Code 7 is listed again with the message 'Seven, again'; it is kept as another message of the code whose first row is on line 3", warning.Message);
        Assert.Equal(new[] { "Seven, again" }, result.Catalog.Find(7)!.OtherMessages.Select(m => m.Plain));
    }

    [Fact]
    public void Layouts_mix_on_one_page()
    {
        var result = SpecParser.Parse("## Table\n\n| Code | Meaning |\n|---|---|\n| 1 | One |\n\n## Definitions\n\n`2`\n: Two\n\n**Three**  \nThe third.  \nCode: 3  \nHTTP Status Code: 409\n");
        NoErrors(result);
        Assert.Equal(new[] { (1, "One"), (2, "Two"), (3, "Three") }, result.Catalog.Entries.Select(e => (e.Code, e.Name)));
        Assert.Equal(409, result.Catalog.Find(3)!.HttpStatus);
    }

    [Theory]
    [InlineData("Presence Update", "PresenceUpdate")]
    [InlineData("rate-limited (write)", "RateLimitedWrite")]
    [InlineData("1st-one", "_1stOne")]
    [InlineData("Valid_Name", "Valid_Name")]
    public void Name_cells_with_spaces_or_punctuation_become_identifiers(string cell, string name)
    {
        var result = SpecParser.Parse("| Code | Meaning | Name |\n|---|---|---|\n| 1 | One | " + cell + " |\n");
        NoErrors(result);
        Assert.Equal(name, Assert.Single(result.Catalog.Entries).Name);
    }

    [Fact]
    public void Inline_html_renders_to_text()
    {
        var result = SpecParser.Parse("| Code | Meaning |\n|---|---|\n| 1 | Line<br />break and <span class=\"x\">span</span> |\n");
        Assert.Equal("Line break and span", Assert.Single(result.Catalog.Entries).Meaning.Plain);
    }

    [Fact]
    public void Retry_cells_that_say_no_are_do_not_retry_on_error_codes_and_none_only_on_success()
    {
        var result = SpecParser.Parse(string.Join("\n",
            "| Code | Meaning | HTTP | Retry | Recommendation |",
            "|---|---|---|---|---|",
            "| 0 | OK | 200 | None | none |",
            "| 402 | Card declined | 402 | None | Use another card |",
            "| 7 | Refused | - | no | - |",
            "| 8 | Dash | 400 | \u2014 | \u2013 |",
            "| 9 | Nothing | n/a | N/A | n/a |",
            "| 204 | Emptied | 204 | false | |",
            "| 10 | Later | 503 | yes | back off for a minute |",
            ""));
        NoErrors(result);
        var catalog = result.Catalog;
        Assert.Equal(
            new[] { RetryClassification.None, RetryClassification.DoNotRetry, RetryClassification.DoNotRetry, RetryClassification.DoNotRetry, RetryClassification.DoNotRetry, RetryClassification.None, RetryClassification.RetryAfterDelay },
            catalog.Entries.Select(e => e.Retry));
        Assert.Null(catalog.Find(9)!.HttpStatus);
        Assert.All(new[] { 0, 7, 8, 9, 204 }, code => Assert.True(catalog.Find(code)!.Recommendation.IsEmpty));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData(" - ", true)]
    [InlineData("\u2014", true)]
    [InlineData("\u2013", true)]
    [InlineData("N/A", true)]
    [InlineData("None", true)]
    [InlineData("no", false)]
    [InlineData("0", false)]
    [InlineData("--", false)]
    public void One_placeholder_rule(string cell, bool none) => Assert.Equal(none, SpecPlaceholder.IsNone(cell));

    [Theory]
    [InlineData("Honour the Retry-After header", true)]
    [InlineData("retry after a minute", true)]
    [InlineData("Back off and send again", true)]
    [InlineData("Retry later", false)]
    public void One_retry_after_wording(string text, bool mentions) => Assert.Equal(mentions, SpecPlaceholder.MentionsRetryAfter(text));

    [Fact]
    public void Nesting_deeper_than_the_parser_allows_is_found_before_markdig_reads_the_page()
    {
        // 100 block quotes: Markdig itself would read them (its limit is 128); the parser's own check refuses them.
        var result = SpecParser.Parse("| Code | Meaning |\n|---|---|\n| 1 | One |\n\n" + new string('>', 100) + " deep\n");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("ECG1021", 4), (error.Id, error.Span.Line));

        var lists = string.Concat(Enumerable.Range(0, 60).Select(i => new string(' ', i * 2) + "- item\n"));
        Assert.Equal("ECG1021", Assert.Single(SpecParser.Parse(lists).Diagnostics).Id);

        var rule = string.Concat(Enumerable.Repeat("- ", 200)) + "\n\n| Code | Meaning |\n|---|---|\n| 1 | One |\n";
        Assert.False(SpecParser.Parse(rule).HasErrors); // a long "- - -" rule is not nesting

        var shallow = string.Concat(Enumerable.Range(0, 10).Select(i => new string(' ', i * 2) + "- item\n")) + "\n| Code | Meaning |\n|---|---|\n| 1 | One |\n";
        Assert.False(SpecParser.Parse(shallow).HasErrors);
    }
}

/// <summary>The layout pages read the same with Windows line ends.</summary>
public class LayoutReaderLineEndTests
{
    [Theory]
    [InlineData("code-headings.md")]
    [InlineData("name-blocks.md")]
    [InlineData("definition-list.md")]
    [InlineData("mdx-gateway.md")]
    public void Crlf_pages_give_the_same_catalog(string name)
    {
        var text = File.ReadAllText(TestPaths.CoreSpec(name)).Replace("\r\n", "\n");
        var lf = SpecParser.Parse(text);
        var crlf = SpecParser.Parse(text.Replace("\n", "\r\n"));
        Assert.NotEmpty(lf.Catalog.Entries);
        Assert.Equal(
            lf.Catalog.Entries.Select(e => (e.Code, e.Name, e.Meaning.Plain, e.HttpStatus, e.Retry, e.IsDeprecated, string.Join("|", e.OtherMessages.Select(m => m.Plain)))),
            crlf.Catalog.Entries.Select(e => (e.Code, e.Name, e.Meaning.Plain, e.HttpStatus, e.Retry, e.IsDeprecated, string.Join("|", e.OtherMessages.Select(m => m.Plain)))));
        Assert.Equal(lf.Diagnostics.Select(d => (d.Id, d.Span.Line, d.Span.Column)), crlf.Diagnostics.Select(d => (d.Id, d.Span.Line, d.Span.Column)));
    }
}

/// <summary>Noise of MDX and Hugo pages, and tables GFM would not render.</summary>
public class PageNoiseTests
{
    [Theory]
    [InlineData("| Code | Meaning | Notes |\n|---|---|\n| 1 | One | n |\n", "3", "2")]
    [InlineData("| Code | Meaning |\n|---|---|---|\n| 1 | One | x |\n", "2", "3")]
    [InlineData("Code | Meaning\n--- | --- | ---\n1 | One\n", "2", "3")]
    public void A_header_and_delimiter_row_of_different_widths_is_read_with_a_warning(string page, string header, string delimiter)
    {
        var result = SpecParser.Parse(page);
        Assert.False(result.HasErrors);
        Assert.Equal("One", Assert.Single(result.Catalog.Entries).Meaning.Plain);
        var warning = Assert.Single(result.Diagnostics, d => d.Id == "ECG1031");
        Assert.Equal((0, header + "/" + delimiter), (warning.Span.Line, string.Join("/", warning.Arguments)));
    }

    [Fact]
    public void A_table_of_matching_widths_has_no_warning()
    {
        Assert.DoesNotContain(SpecParser.Parse("Code | Meaning\n--- | ---\n1 | One \\| two\n").Diagnostics, d => d.Id == "ECG1031");
    }

    [Fact]
    public void Noise_inside_a_fenced_example_is_kept_and_positions_after_noise_do_not_move()
    {
        var page = "<!-- a comment\nover two lines -->\n{{% note %}}\n| Code | Meaning |\n|---|---|\n| 7 | Seven {{< icon >}} |\n\n#### 7 - Seven\n\n```json\n{ \"code\": 7, \"message\": \"import x from 'y' <!-- kept -->\" }\n```\n\n| Code | Meaning |\n|---|---|\n| seven | Bad |\n";
        var result = SpecParser.Parse(page);
        var entry = Assert.Single(result.Catalog.Entries);
        Assert.Equal("Seven", entry.Meaning.Plain);
        Assert.Equal("import x from 'y' <!-- kept -->", entry.Message);
        var error = Assert.Single(result.Diagnostics, d => d.Id == "ECG1003");
        Assert.Equal((15, 2), (error.Span.Line, error.Span.Column));
    }
}
