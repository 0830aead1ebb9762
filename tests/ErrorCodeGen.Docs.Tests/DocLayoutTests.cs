using System.IO;
using System.Linq;
using AngleSharp.Html.Parser;
using ErrorCodeGen.Model;
using ErrorCodeGen.Parsing;
using Xunit;

namespace ErrorCodeGen.Docs.Tests;

/// <summary>
/// One layout for every renderer: the categories in order, then one "Other codes" group; every code in exactly one
/// group; an example only where the spec shows one.
/// </summary>
public sealed class DocLayoutTests
{
    // Two categorised codes (one with an example, one without), and two codes of no category without details.
    private const string ShopSpec =
        "---\ntitle: \"Shop Errors\"\ndescription: 'Errors of the shop API.'\n---\n\n" +
        "| Code | Meaning | Recommendation |\n|---|---|---|\n" +
        "| 0 | Success | - |\n| 1001 | Invalid key | Check the key |\n| 1002 | Key expired | Renew the key |\n| 9 | Thing failed | Try again |\n\n" +
        "## Detailed Descriptions\n\n### Authentication Errors (1xxx)\n\n" +
        "#### 1001 - Invalid key\n\n```json\n{ \"code\": 1001, \"message\": \"invalid key\" }\n```\n\n" +
        "#### 1002 - Key expired\n\n**Solution**: Renew the key.\n";

    private const string FlatSpec =
        "| Code | Meaning |\n|---|---|\n| 7 | Thing failed |\n| 8 | Other thing failed |\n";

    private static Catalog Parse(string text)
    {
        var result = SpecParser.Parse(text);
        Assert.False(result.HasErrors);
        return result.Catalog;
    }

    [Fact]
    public void Groups_are_the_categories_in_order_then_one_other_group_and_hold_every_code_once()
    {
        var layout = DocLayout.Create(Parse(ShopSpec));

        Assert.Equal(new[] { "Authentication Errors", DocLayout.OtherCodesHeading }, layout.Groups.Select(g => g.Heading).ToArray());
        Assert.Equal("1xxx", layout.Groups[0].Range);
        Assert.Equal(new[] { "1001", "1002" }, layout.Groups[0].Codes.Select(c => c.Code).ToArray());
        Assert.Null(layout.Groups[1].Category);
        Assert.Equal("category-none", layout.Groups[1].Anchor);
        Assert.Equal(new[] { "0", "9" }, layout.Groups[1].Codes.Select(c => c.Code).ToArray());
        Assert.Equal(layout.Codes.Select(c => c.Code).OrderBy(c => c), layout.Groups.SelectMany(g => g.Codes).Select(c => c.Code).OrderBy(c => c));
    }

    [Fact]
    public void Reference_spec_every_code_is_in_exactly_one_group_and_error_statuses_ascend_without_success()
    {
        var layout = DocLayout.Create(Parse(File.ReadAllText(TestPaths.ReferenceSpec)));

        var grouped = layout.Groups.SelectMany(g => g.Codes).Select(c => c.Code).ToArray();
        Assert.Equal(layout.Codes.Count, grouped.Length);
        Assert.Equal(layout.Codes.Select(c => c.Code).OrderBy(c => c), grouped.OrderBy(c => c));
        Assert.Equal(DocLayout.OtherCodesHeading, layout.Groups[layout.Groups.Count - 1].Heading);
        Assert.Equal(new[] { "0" }, layout.Groups[layout.Groups.Count - 1].Codes.Select(c => c.Code).ToArray());

        var statuses = layout.ErrorStatuses.Select(s => s.Status).ToArray();
        Assert.Equal(statuses.OrderBy(s => s), statuses);
        Assert.Equal(statuses.Distinct().Count(), statuses.Length);
        Assert.All(layout.ErrorStatuses, s => Assert.All(s.Codes, c => Assert.Equal(s.Status, c.Entry.HttpStatus)));
        Assert.DoesNotContain(layout.ErrorStatuses.SelectMany(s => s.Codes), c => c.Entry.IsSuccess);
        Assert.Equal(layout.Codes.Count(c => c.Entry.HttpStatus is not null && !c.Entry.IsSuccess), layout.ErrorStatuses.Sum(s => s.Codes.Count));
    }

    [Fact]
    public void Markdown_keeps_uncategorised_codes_without_details_under_Other_codes()
    {
        var markdown = MarkdownDocWriter.Write(Parse(ShopSpec));

        Assert.Contains("---\n\n### Other codes\n\n#### 0 - Success\n\n#### 9 - Thing failed\n", markdown);
        Assert.DoesNotContain("Other Codes", markdown);
    }

    [Fact]
    public void Html_heads_uncategorised_codes_Other_codes_as_Markdown_does()
    {
        var page = new HtmlParser().ParseDocument(HtmlDocWriter.Write(Parse(ShopSpec)));

        Assert.Equal(new[] { "Authentication Errors (1xxx)", "Other codes" }, page.QuerySelectorAll("#details h3").Select(h => h.TextContent).ToArray());
        Assert.Equal(new[] { "1001", "1002", "0", "9" }, page.QuerySelectorAll("#details article").Select(a => a.Id).ToArray());
    }

    [Fact]
    public void A_page_without_categories_has_one_Other_codes_group_in_Markdown_and_HTML()
    {
        var catalog = Parse(FlatSpec);
        Assert.Empty(catalog.Categories);

        var markdown = MarkdownDocWriter.Write(catalog);
        var page = new HtmlParser().ParseDocument(HtmlDocWriter.Write(catalog));

        Assert.Contains("## Detailed Descriptions\n\n### Other codes\n\n#### 7 - Thing failed\n\n#### 8 - Other thing failed\n", markdown);
        Assert.Equal(new[] { "Other codes" }, page.QuerySelectorAll("#details h3").Select(h => h.TextContent).ToArray());
        Assert.Equal(new[] { "7", "8" }, page.QuerySelectorAll("#details article").Select(a => a.Id).ToArray());
    }

    [Fact]
    public void An_example_is_shown_only_when_the_spec_has_one()
    {
        var catalog = Parse(ShopSpec);
        var layout = DocLayout.Create(catalog);
        var page = new HtmlParser().ParseDocument(HtmlDocWriter.Write(catalog));
        var markdown = MarkdownDocWriter.Write(catalog);

        Assert.Equal("{\n  \"code\": 1001,\n  \"message\": \"invalid key\"\n}", layout.Codes.Single(c => c.Code == "1001").Example);
        Assert.Null(layout.Codes.Single(c => c.Code == "1002").Example);
        Assert.Contains("\"message\": \"invalid key\"", page.QuerySelector("article#\\31 001 pre")!.TextContent);
        Assert.Equal(new[] { "1001" }, page.QuerySelectorAll("#details article").Where(a => a.QuerySelector("pre") is not null).Select(a => a.Id).ToArray());
        Assert.Equal(1, markdown.Split("```json").Length - 1);
    }

    [Fact]
    public void Regenerated_Markdown_with_Other_codes_reads_back_as_the_same_catalog()
    {
        var original = Parse(ShopSpec);

        var markdown = MarkdownDocWriter.Write(original);
        var reparsed = Parse(markdown);

        Assert.Null(reparsed.Entries.Single(e => e.Code == 9).Category);
        CatalogComparison.AssertSame(original, reparsed);
        Assert.Equal(markdown, MarkdownDocWriter.Write(reparsed));
    }

    [Fact]
    public void Front_matter_is_read_once_for_every_renderer()
    {
        var catalog = Parse(ShopSpec);

        var layout = DocLayout.Create(catalog);
        var page = new HtmlParser().ParseDocument(HtmlDocWriter.Write(catalog));
        var markdown = MarkdownDocWriter.Write(catalog);

        Assert.Equal("Shop Errors", catalog.Title);
        Assert.Equal("Errors of the shop API.", layout.FrontMatterValue("description"));
        Assert.Equal("Errors of the shop API.", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal("Shop Errors", page.Title);
        Assert.DoesNotContain("# Shop Errors", markdown); // the front matter carries the title: no heading is added
    }
}

/// <summary>The docs live in their own assembly: the generator's package (Core and the analyzers) carries none of them.</summary>
public sealed class DocsAssemblyTests
{
    [Fact]
    public void Core_has_no_docs_types_and_does_not_reference_the_docs_assembly()
    {
        var core = typeof(Catalog).Assembly;
        var docs = typeof(DocLayout).Assembly;

        Assert.NotEqual(core, docs);
        Assert.DoesNotContain(core.GetTypes(), t => t.Namespace == "ErrorCodeGen.Docs");
        Assert.DoesNotContain(core.GetReferencedAssemblies(), a => a.Name == docs.GetName().Name);
        Assert.Equal("ErrorCodeGen.Docs", docs.GetName().Name);
    }
}
