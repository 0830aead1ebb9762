using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using ErrorCodeGen.Diagnostics;
using ErrorCodeGen.Docs;
using ErrorCodeGen.Parsing;
using Xunit;

namespace ErrorCodeGen.Docs.Tests;

public sealed class MarkdownRoundTripTests
{
    // The reference spec, a hostile one, and the real-world page styles of the core tests.
    public static TheoryData<string> Specs => new() { "reference", "hostile.md", "real:vendor-columns.md", "real:per-category.md", "real:remarks.md", "real:string-codes.md", "real:string-codes-mixed-case.md", "real:rpc-status.md" };

    private static string SpecText(string name) =>
        File.ReadAllText(
            name == "reference" ? TestPaths.ReferenceSpec
            : name.StartsWith("real:", System.StringComparison.Ordinal) ? TestPaths.CoreSpec(name.Substring(5))
            : TestPaths.TestData(name));

    [Theory]
    [MemberData(nameof(Specs))]
    public void Regenerated_page_parses_to_the_same_catalog(string name)
    {
        var original = SpecParser.Parse(SpecText(name));
        Assert.False(original.HasErrors);

        var markdown = MarkdownDocWriter.Write(original.Catalog);
        var reparsed = SpecParser.Parse(markdown);

        Assert.DoesNotContain(reparsed.Diagnostics, d => d.Severity >= SpecSeverity.Warning);
        CatalogComparison.AssertSame(original.Catalog, reparsed.Catalog);
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Regenerating_the_regenerated_page_changes_nothing(string name)
    {
        var once = MarkdownDocWriter.Write(SpecParser.Parse(SpecText(name)).Catalog);
        var twice = MarkdownDocWriter.Write(SpecParser.Parse(once).Catalog);

        Assert.Equal(once, twice);
    }

    [Fact]
    public void Reference_page_keeps_front_matter_and_sections_and_adds_HTTP_and_retry_columns()
    {
        var markdown = MarkdownDocWriter.Write(SpecParser.Parse(SpecText("reference")).Catalog);

        Assert.StartsWith("---\ntitle: API Error Codes\ndescription: Error code meanings and handling recommendations.\n---\n", markdown);
        Assert.Contains("| Code | Meaning | Recommendation | HTTP | Retry |", markdown);
        Assert.Contains("| 3001 | Rate limit exceeded | Reduce request frequency, check Retry-After | 429 | RetryAfterDelay |", markdown);
        Assert.Contains("| 4003 | Depth subscription unavailable | Use HTTP API for depth data | - | UseFallback |", markdown);
        Assert.Contains("### Authentication Errors (1xxx)", markdown);
        Assert.Contains("#### 1001 - Invalid or expired API Key", markdown);
        Assert.Contains("\"message\": \"Invalid or expired token\"", markdown);
        Assert.Contains("## Response Format", markdown);
        Assert.Contains("## Error Handling Examples", markdown);
        Assert.Contains("def fetch_ticker(symbol, api_key):", markdown);
        Assert.EndsWith("*For questions, please contact technical support.*\n", markdown);
        Assert.True(markdown.IndexOf("## Response Format", System.StringComparison.Ordinal) < markdown.IndexOf("## Error Code Quick Reference", System.StringComparison.Ordinal));
        Assert.True(markdown.IndexOf("## Detailed Descriptions", System.StringComparison.Ordinal) < markdown.IndexOf("## Error Handling Examples", System.StringComparison.Ordinal));
    }

    [Fact]
    public void CRLF_spec_gives_the_same_LF_output()
    {
        var lf = SpecText("reference").Replace("\r\n", "\n");
        var crlf = lf.Replace("\n", "\r\n");

        var fromLf = DocSet.Create(SpecParser.Parse(lf).Catalog, "x");
        var fromCrLf = DocSet.Create(SpecParser.Parse(crlf).Catalog, "x");

        Assert.Equal(fromLf, fromCrLf);
        Assert.All(fromCrLf, f => Assert.DoesNotContain("\r", f.Content));
    }

    [Fact]
    public void Output_is_culture_invariant()
    {
        var catalog = SpecParser.Parse(SpecText("hostile.md")).Catalog;
        var invariant = Run(CultureInfo.InvariantCulture, () => DocSet.Create(catalog, "x"));
        foreach (var culture in new[] { "tr-TR", "de-DE", "ar-SA", "fa-IR" })
        {
            Assert.Equal(invariant, Run(new CultureInfo(culture), () => DocSet.Create(catalog, "x")));
        }
    }

    private static T Run<T>(CultureInfo culture, System.Func<T> action)
    {
        var (current, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = current;
            CultureInfo.CurrentUICulture = ui;
        }
    }

    [Fact]
    public void Name_column_is_written_only_when_names_differ_from_the_meaning()
    {
        var reference = MarkdownDocWriter.Write(SpecParser.Parse(SpecText("reference")).Catalog);
        var hostile = MarkdownDocWriter.Write(SpecParser.Parse(SpecText("hostile.md")).Catalog);

        Assert.DoesNotContain("| Name |", reference);
        Assert.Contains("| Code | Name | Meaning | Recommendation | HTTP | Retry | Owner |", hostile);
        Assert.Contains("| 7001 | ScriptCell |", hostile);
        Assert.Contains("web \\| api", hostile);
    }

    [Fact]
    public void Code_under_no_category_keeps_its_details()
    {
        const string Spec = "| Code | Meaning |\n|---|---|\n| 7 | Thing failed |\n\n## 7 - Thing failed\n\n```json\n{ \"code\": 7, \"message\": \"thing\" }\n```\n\n**Solution**: Do it again.\n";
        var original = SpecParser.Parse(Spec).Catalog;
        Assert.Null(original.Entries[0].Category);

        var markdown = MarkdownDocWriter.Write(original);
        var entry = SpecParser.Parse(markdown).Catalog.Entries[0];

        Assert.Contains("### " + DocLayout.OtherCodesHeading + "\n\n#### 7 - Thing failed", markdown);
        Assert.StartsWith("## " + DocLayout.TableHeading, markdown); // the table before the first heading is not written twice
        Assert.Single(SpecParser.Parse(markdown).Catalog.Entries);
        Assert.Equal("thing", entry.Message);
        Assert.Null(entry.Category); // "Other codes" groups the details without naming a category
        Assert.Equal(original.Entries[0].Solutions, entry.Solutions);
        Assert.Equal(markdown, MarkdownDocWriter.Write(SpecParser.Parse(markdown).Catalog));
    }
}
