using System.Linq;
using ErrorCodeGen.Diagnostics;
using ErrorCodeGen.Parsing;
using Xunit;

namespace ErrorCodeGen.Core.Tests;

/// <summary>Each ECG1xxx problem, with its exact place (1-based line and column, as compilers print them).</summary>
public class SpecDiagnosticsTests
{
    private static SpecParseResult Parse(params string[] lines) => SpecParser.Parse(string.Join("\n", lines) + "\n");

    private static SpecDiagnostic AssertSingle(SpecParseResult result, string id, int line, int column, int endLine, int endColumn)
    {
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == id);
        Assert.Equal((line, column, endLine, endColumn), (diagnostic.Span.Line + 1, diagnostic.Span.Column + 1, diagnostic.Span.EndLine + 1, diagnostic.Span.EndColumn + 1));
        return diagnostic;
    }

    [Fact]
    public void No_table()
    {
        var result = Parse("# Errors", "", "Nothing here.");
        AssertSingle(result, "ECG1001", 1, 1, 1, 1);
        Assert.True(result.HasErrors);
        Assert.Empty(result.Catalog.Entries);
    }

    [Fact]
    public void Table_without_code_column()
    {
        var result = Parse("| Id | Meaning |", "|---|---|", "| 1 | A |");
        // "Id" counts as a code column; a table with neither is reported on its header row.
        Assert.False(result.HasErrors);
        Assert.Single(result.Catalog.Entries);

        result = Parse("", "| Status | Meaning |", "|---|---|", "| 1 | A |");
        var diagnostic = AssertSingle(result, "ECG1002", 2, 1, 2, 21);
        Assert.Contains("'Code'", diagnostic.Message);
    }

    [Fact]
    public void Table_without_meaning_column()
    {
        var result = Parse("| Code | Whatever |", "|---|---|", "| 1 | A |");
        var diagnostic = AssertSingle(result, "ECG1002", 1, 1, 1, 20);
        Assert.Contains("'Meaning'", diagnostic.Message);
    }

    [Fact]
    public void Non_integer_code()
    {
        var result = Parse("| Code | Meaning |", "|------|---------|", "| 1 | One |", "| E0001 | Two |");
        var diagnostic = AssertSingle(result, "ECG1003", 4, 3, 4, 8);
        Assert.Contains("a page's codes are all numbers or all string codes", diagnostic.Message);
        Assert.Single(result.Catalog.Entries);
    }

    [Fact]
    public void Code_out_of_range()
    {
        var result = Parse("| Code | Meaning |", "|---|---|", "| 99999999999 | Big |");
        AssertSingle(result, "ECG1004", 3, 3, 3, 14);
    }

    [Fact]
    public void Duplicate_code_points_at_the_second_row_and_names_the_first()
    {
        var result = Parse("| Code | Meaning |", "|---|---|", "| 7 | Seven |", "| 8 | Eight |", "|  7 | seven |");
        var diagnostic = AssertSingle(result, "ECG1005", 5, 4, 5, 5);
        Assert.Equal("Code 7 is listed twice; the first row is on line 3", diagnostic.Message);
        Assert.Equal(new[] { 7, 8 }, result.Catalog.Entries.Select(e => e.Code));
    }

    [Fact]
    public void Two_rows_with_the_same_member_name()
    {
        var result = Parse("| Code | Meaning |", "|---|---|", "| 1 | Not found |", "| 2 | Not-found |");
        var diagnostic = AssertSingle(result, "ECG1006", 4, 7, 4, 16);
        Assert.Contains("'NotFound'", diagnostic.Message);
    }

    [Fact]
    public void A_name_column_resolves_the_collision()
    {
        var result = Parse("| Code | Meaning | Name |", "|---|---|---|", "| 1 | Not found | UserNotFound |", "| 2 | Not-found | OrderNotFound |");
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == SpecSeverity.Error);
        Assert.Equal(new[] { "UserNotFound", "OrderNotFound" }, result.Catalog.Entries.Select(e => e.Name));
    }

    [Fact]
    public void Meaning_without_letters()
    {
        var result = Parse("| Code | Meaning |", "|---|---|", "| 1 | ??? |");
        AssertSingle(result, "ECG1007", 3, 7, 3, 10);
    }

    [Fact]
    public void Detail_section_for_an_unknown_code()
    {
        var result = Parse("| Code | Meaning |", "|---|---|", "| 1001 | One |", "", "#### 1009 - Ghost");
        AssertSingle(result, "ECG1008", 5, 1, 5, 18);
    }

    [Fact]
    public void Category_range_that_contradicts_a_code()
    {
        var result = Parse("| Code | Meaning |", "|---|---|", "| 1001 | One |", "| 2001 | Two |", "", "### Auth Errors (1xxx)", "", "#### 2001 - Two");
        var diagnostic = AssertSingle(result, "ECG1009", 8, 1, 8, 16);
        Assert.Contains("range 1xxx", diagnostic.Message);
    }

    [Fact]
    public void Invalid_name_column_value()
    {
        var result = Parse("| Code | Meaning | Name |", "|---|---|---|", "| 1 | One | ?-?! |");
        AssertSingle(result, "ECG1010", 3, 13, 3, 17);
    }

    [Fact]
    public void Invalid_http_and_retry_column_values()
    {
        var result = Parse("| Code | Meaning | HTTP | Retry |", "|---|---|---|---|", "| 1 | One | 999 | Sometimes |");
        AssertSingle(result, "ECG1011", 3, 13, 3, 16);
        AssertSingle(result, "ECG1012", 3, 19, 3, 28);
    }

    [Fact]
    public void Empty_meaning()
    {
        var result = Parse("| Code | Meaning |", "|---|---|", "| 1 |  |");
        Assert.Single(result.Diagnostics, d => d.Id == "ECG1013");
    }

    [Fact]
    public void Example_for_another_code()
    {
        var result = Parse("| Code | Meaning |", "|---|---|", "| 1 | One |", "", "#### 1 - One", "", "```json", "{ \"code\": 2, \"message\": \"x\" }", "```");
        AssertSingle(result, "ECG1014", 7, 1, 9, 4);
        Assert.False(result.Catalog.Entries[0].HasWireMessage);
    }

    [Fact]
    public void Code_described_twice()
    {
        var result = Parse("| Code | Meaning |", "|---|---|", "| 1 | One |", "", "#### 1 - One", "", "#### 1 - One again");
        AssertSingle(result, "ECG1018", 7, 1, 7, 19);
    }

    [Fact]
    public void Undecidable_inference_is_an_info_that_suggests_a_column()
    {
        var result = Parse("| Code | Meaning |", "|---|---|", "| 42 | Something odd |");
        var http = Assert.Single(result.Diagnostics, d => d.Id == "ECG1101");
        Assert.Equal(SpecSeverity.Info, http.Severity);
        Assert.Contains("add an 'HTTP' column", http.Message);
        Assert.Single(result.Diagnostics, d => d.Id == "ECG1102");
        Assert.False(result.HasErrors);
        Assert.Null(result.Catalog.Entries[0].HttpStatus);
    }

    [Fact]
    public void Spec_over_the_size_limit()
    {
        var result = SpecParser.Parse(new string('x', SpecParser.MaxLength + 1));
        AssertSingle(result, "ECG1017", 1, 1, 1, 1);
    }

    [Fact]
    public void Msbuild_line_format()
    {
        var result = Parse("| Code | Meaning |", "|---|---|", "| 1 | One |", "| x | Two |");
        Assert.Equal("spec.md(4,3): error ECG1003: Code 'x' is not an integer, but the page's other codes are; a page's codes are all numbers or all string codes",
            Assert.Single(result.Diagnostics, d => d.Severity == SpecSeverity.Error).ToMSBuildString("spec.md"));
    }

    [Fact]
    public void Crlf_input_reports_the_same_lines_and_columns()
    {
        var result = SpecParser.Parse("| Code | Meaning |\r\n|---|---|\r\n| 7 | Seven |\r\n|  7 | Seven |\r\n");
        AssertSingle(result, "ECG1005", 4, 4, 4, 5);
    }

    [Fact]
    public void Every_descriptor_has_a_rule_page()
    {
        foreach (var descriptor in SpecDiagnostics.All)
        {
            var path = System.IO.Path.Combine(TestPaths.RepoRoot, descriptor.HelpPath);
            Assert.True(System.IO.File.Exists(path), "missing " + path);
        }
    }
}
