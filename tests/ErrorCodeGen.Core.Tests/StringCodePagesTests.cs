using System.IO;
using System.Linq;
using ErrorCodeGen.Diagnostics;
using ErrorCodeGen.Inference;
using ErrorCodeGen.Model;
using ErrorCodeGen.Parsing;
using Xunit;

namespace ErrorCodeGen.Core.Tests;

/// <summary>Pages whose codes are symbolic strings (<c>M_FORBIDDEN</c>, <c>accessDenied</c>) rather than numbers.</summary>
public class StringCodePagesTests
{
    private static SpecParseResult ParseFile(string name) =>
        SpecParser.Parse(File.ReadAllText(TestPaths.CoreSpec(name)));

    [Fact]
    public void A_table_of_identifiers_is_a_string_catalog_valued_one_to_n_in_page_order_without_the_shared_prefix()
    {
        var result = ParseFile("string-codes.md");
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == SpecSeverity.Error);
        var catalog = result.Catalog;
        Assert.Equal(CodeKind.String, catalog.CodeKind);
        Assert.True(catalog.HasWireCodes);
        Assert.Equal(new[] { 1, 2, 3, 4, 5, 6 }, catalog.Entries.Select(e => e.Code));
        Assert.Equal(
            new[] { "M_FORBIDDEN", "M_UNKNOWN_TOKEN", "M_NOT_FOUND", "M_LIMIT_EXCEEDED", "M_BAD_JSON", "M_UNAVAILABLE" },
            catalog.Entries.Select(e => e.WireCode));
        Assert.Equal(
            new[] { "Forbidden", "UnknownToken", "NotFound", "LimitExceeded", "BadJson", "Unavailable" },
            catalog.Entries.Select(e => e.Name));
        Assert.Equal("M_NOT_FOUND", catalog.CodeText(catalog.Find(3)!));
        Assert.Same(catalog.Entries[3], catalog.FindWireCode("M_LIMIT_EXCEEDED"));
        Assert.Null(catalog.FindWireCode("m_limit_exceeded"));

        var limited = catalog.FindWireCode("M_LIMIT_EXCEEDED")!;
        Assert.Equal((429, RetryClassification.RetryAfterDelay), (limited.HttpStatus, limited.Retry));
        var unavailable = catalog.FindWireCode("M_UNAVAILABLE")!;
        Assert.Equal((503, RetryClassification.RetryWithBackoff), (unavailable.HttpStatus, unavailable.Retry));
    }

    [Fact]
    public void Member_names_follow_the_code_whatever_its_casing()
    {
        var result = ParseFile("string-codes-mixed-case.md");
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == SpecSeverity.Error);
        var catalog = result.Catalog;
        Assert.Equal(CodeKind.String, catalog.CodeKind);
        Assert.Equal(
            new[] { "AccessDenied", "ThrottlingException", "ResourceExhausted", "CardDeclined", "InvalidParameterValueFormat" },
            catalog.Entries.Select(e => e.Name));
        Assert.Equal("InvalidParameterValue.Format", catalog.Entries[4].WireCode);
        Assert.Equal(new int?[] { 403, 429, 429, 402, 400 }, catalog.Entries.Select(e => e.HttpStatus));
    }

    [Fact]
    public void A_symbolic_code_with_a_numeric_id_column_is_a_numeric_catalog_whose_members_carry_the_wire_name()
    {
        var result = ParseFile("rpc-status.md");
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == SpecSeverity.Error);
        var catalog = result.Catalog;
        Assert.Equal(CodeKind.Numeric, catalog.CodeKind);
        Assert.True(catalog.HasWireCodes);
        Assert.Equal(new[] { 0, 1, 3, 5, 7, 14 }, catalog.Entries.Select(e => e.Code));
        Assert.Equal(new[] { "Ok", "Cancelled", "InvalidArgument", "NotFound", "PermissionDenied", "Unavailable" }, catalog.Entries.Select(e => e.Name));
        Assert.Equal("PERMISSION_DENIED", catalog.Find(7)!.WireCode);
        Assert.Equal("7", catalog.CodeText(catalog.Find(7)!));
        Assert.True(catalog.Find(0)!.IsSuccess);
    }

    [Fact]
    public void Numeric_pages_carry_no_wire_codes()
    {
        var catalog = SpecParser.Parse(ReferenceSpec.Text).Catalog;
        Assert.Equal(CodeKind.Numeric, catalog.CodeKind);
        Assert.False(catalog.HasWireCodes);
        Assert.All(catalog.Entries, e => Assert.Null(e.WireCode));
    }

    [Fact]
    public void A_number_among_string_codes_is_a_located_error_and_the_other_rows_are_kept()
    {
        var result = SpecParser.Parse("| Code | Meaning |\n|---|---|\n| E_ONE | One |\n| E_TWO | Two |\n| 404 | Three |\n| `E THREE` | Four |\n");
        var errors = result.Diagnostics.Where(d => d.Severity == SpecSeverity.Error).ToArray();
        Assert.Equal(new[] { "ECG1022", "ECG1022" }, errors.Select(d => d.Id));
        Assert.Equal((5, 3), (errors[0].Span.Line + 1, errors[0].Span.Column + 1));
        Assert.Contains("'404' is not a string code", errors[0].Message);
        Assert.Equal((6, 3), (errors[1].Span.Line + 1, errors[1].Span.Column + 1));
        Assert.Equal(new[] { "E_ONE", "E_TWO" }, result.Catalog.Entries.Select(e => e.WireCode));
        Assert.Equal(new[] { "One", "Two" }, result.Catalog.Entries.Select(e => e.Name));
    }

    [Fact]
    public void A_string_code_among_numbers_is_a_located_error_naming_the_mix()
    {
        var result = SpecParser.Parse("| Code | Meaning |\n|---|---|\n| 1 | One |\n| 2 | Two |\n| E_THREE | Three |\n");
        var error = Assert.Single(result.Diagnostics, d => d.Severity == SpecSeverity.Error);
        Assert.Equal("ECG1003", error.Id);
        Assert.Equal((5, 3), (error.Span.Line + 1, error.Span.Column + 1));
        Assert.Equal("Code 'E_THREE' is not an integer, but the page's other codes are; a page's codes are all numbers or all string codes", error.Message);
        Assert.Equal(CodeKind.Numeric, result.Catalog.CodeKind);
        Assert.Equal(new[] { 1, 2 }, result.Catalog.Entries.Select(e => e.Code));
    }

    [Fact]
    public void Two_codes_with_one_member_name_are_a_located_error_naming_both_codes()
    {
        var result = SpecParser.Parse("| Code | Meaning |\n|---|---|\n| accessDenied | Denied |\n| ACCESS_DENIED | Denied again |\n| quota | Quota |\n");
        var error = Assert.Single(result.Diagnostics, d => d.Severity == SpecSeverity.Error);
        Assert.Equal("ECG1006", error.Id);
        Assert.Equal(4, error.Span.Line + 1);
        Assert.Equal("Code ACCESS_DENIED maps to the member name 'AccessDenied', which code accessDenied already has; add a 'Name' column to choose another name", error.Message);
        Assert.Equal(new[] { "accessDenied", "quota" }, result.Catalog.Entries.Select(e => e.WireCode));
    }

    [Fact]
    public void A_name_column_overrides_the_member_name_of_a_string_code()
    {
        var result = SpecParser.Parse("| Code | Name | Meaning |\n|---|---|---|\n| accessDenied | Denied | Denied |\n| ACCESS_DENIED | DeniedLegacy | Denied (old spelling) |\n");
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == SpecSeverity.Error);
        Assert.Equal(new[] { "Denied", "DeniedLegacy" }, result.Catalog.Entries.Select(e => e.Name));
        Assert.Equal(new[] { "accessDenied", "ACCESS_DENIED" }, result.Catalog.Entries.Select(e => e.WireCode));
    }

    [Fact]
    public void A_repeated_string_code_is_a_duplicate_named_by_its_text()
    {
        var result = SpecParser.Parse("| Code | Meaning |\n|---|---|\n| E_A | A |\n| E_B | B |\n| E_A | A |\n");
        var error = Assert.Single(result.Diagnostics, d => d.Severity == SpecSeverity.Error);
        Assert.Equal("ECG1005", error.Id);
        Assert.Contains(result.Diagnostics, d => d.Id == "ECG1101" && d.Message.StartsWith("No rule decides the HTTP status of code E_B 'B'", System.StringComparison.Ordinal));
        Assert.Equal("Code E_A is listed twice; the first row is on line 3", error.Message);
        Assert.Equal(new[] { 1, 2 }, result.Catalog.Entries.Select(e => e.Code));
    }

    [Fact]
    public void String_catalogs_compare_by_value_including_wire_codes()
    {
        var a = ParseFile("string-codes.md").Catalog;
        var b = ParseFile("string-codes.md").Catalog;
        Assert.Equal(a, b);
        var changed = a with { Entries = new EquatableArray<ErrorEntry>(a.Entries.Select((e, i) => i == 0 ? e with { WireCode = "M_FORBIDDEN2" } : e).ToArray()) };
        Assert.NotEqual(a, changed);
        Assert.NotEqual(a, a with { CodeKind = CodeKind.Numeric });
    }

    [Fact]
    public void One_symbolic_name_for_two_numbers_is_a_located_duplicate()
    {
        var result = SpecParser.Parse("| Code | Id | Description |\n|---|---|---|\n| OK | 0 | Fine |\n| NOT_FOUND | 5 | Missing |\n| OK | 1 | Also fine |\n");
        var error = Assert.Single(result.Diagnostics, d => d.Severity == SpecSeverity.Error);
        Assert.Equal("ECG1005", error.Id);
        Assert.Equal((5, 3), (error.Span.Line + 1, error.Span.Column + 1));
        Assert.Equal("Code OK is listed twice; the first row is on line 3", error.Message);
        Assert.Equal(new[] { 0, 5 }, result.Catalog.Entries.Select(e => e.Code));
    }

    [Theory]
    [InlineData("M_FORBIDDEN", true)]
    [InlineData("accessDenied", true)]
    [InlineData("InvalidParameterValue.Format", true)]
    [InlineData("_private", true)]
    [InlineData("404", false)]
    [InlineData("4xx_error", false)]
    [InlineData("two words", false)]
    [InlineData("", false)]
    [InlineData("__", false)]
    [InlineData("bad\"quote", false)]
    public void What_a_string_code_looks_like(string text, bool expected) =>
        Assert.Equal(expected, WireCodeNaming.IsWireCode(text));

    [Theory]
    [InlineData("M_FORBIDDEN|M_UNKNOWN", "M_")]
    [InlineData("ERR_A|ERR_B|ERR_C", "ERR_")]
    [InlineData("M_FORBIDDEN|MX_UNKNOWN", "")]
    [InlineData("E_1|E_2", "")]
    [InlineData("ONLY_ONE", "")]
    [InlineData("PERMISSION_DENIED|PERMISSION_REVOKED", "PERMISSION_")]
    [InlineData("abc|abd", "")]
    public void The_shared_prefix_ends_at_a_separator_and_leaves_names_starting_with_a_letter(string codes, string prefix) =>
        Assert.Equal(prefix, WireCodeNaming.SharedPrefix(codes.Split('|')));
}
