using System.IO;
using System.Linq;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using ErrorCodeGen.Docs;
using ErrorCodeGen.Parsing;
using Xunit;

namespace ErrorCodeGen.Docs.Tests;

public sealed class HtmlDocTests
{
    private static IHtmlDocument Page(string specPath)
    {
        var html = HtmlDocWriter.Write(SpecParser.Parse(File.ReadAllText(specPath)).Catalog);
        return new HtmlParser().ParseDocument(html);
    }

    [Fact]
    public void Reference_page_has_table_filter_and_anchors()
    {
        var page = Page(TestPaths.ReferenceSpec);

        Assert.Equal("API Error Codes", page.Title);
        Assert.NotNull(page.QuerySelector("meta[name=viewport][content*='width=device-width']"));
        Assert.NotNull(page.QuerySelector("input#filter[type=search]"));
        Assert.NotNull(page.QuerySelector("label[for=filter]"));
        var rows = page.QuerySelectorAll("table#codes tbody tr").ToArray();
        Assert.Equal(20, rows.Length);
        Assert.Equal(new[] { "Code", "Name", "Meaning", "Category", "HTTP", "Retry", "Recommendation" },
            page.QuerySelectorAll("table#codes thead th").Select(th => th.TextContent).ToArray());

        var row3001 = rows.Single(r => r.GetAttribute("data-code") == "3001");
        Assert.Equal("true", row3001.GetAttribute("data-retryable"));
        Assert.Equal(new[] { "3001", "RateLimitExceeded", "Rate limit exceeded", "Rate Limiting Errors", "429", "Retry after delay", "Reduce request frequency, check Retry-After" },
            row3001.QuerySelectorAll("td").Select(td => td.TextContent).ToArray());
        Assert.Equal(new[] { "3001", "5000", "5001", "5002" }, rows.Where(r => r.GetAttribute("data-retryable") == "true").Select(r => r.GetAttribute("data-code")).ToArray());
        foreach (var row in rows)
        {
            var code = row.GetAttribute("data-code")!;
            Assert.Equal("#" + code, row.QuerySelector("td a")!.GetAttribute("href"));
            Assert.NotNull(page.GetElementById(code));
        }

        var detail = page.GetElementById("1001")!;
        Assert.Contains("Invalid or expired token", detail.TextContent);
        Assert.Equal(new[] { "Incorrect API Key", "API Key disabled", "API Key expired" }, detail.QuerySelectorAll("ul.causes li").Select(li => li.TextContent).ToArray());
        Assert.Contains(page.QuerySelectorAll("h2"), h => h.TextContent == "Response Format");
        Assert.Contains(page.QuerySelectorAll("h2"), h => h.TextContent == "Error Handling Examples");
    }

    [Fact]
    public void Page_is_self_contained_and_follows_the_color_scheme()
    {
        var page = Page(TestPaths.ReferenceSpec);
        var html = page.DocumentElement.OuterHtml;

        Assert.Empty(page.QuerySelectorAll("script[src], link, img, iframe, object, embed"));
        Assert.DoesNotContain("@import", html);
        Assert.DoesNotContain("url(", html);
        Assert.DoesNotContain("@font-face", html);
        Assert.Contains("prefers-color-scheme: dark", page.QuerySelector("style")!.TextContent);
        Assert.Contains("max-width: 40rem", page.QuerySelector("style")!.TextContent);
        Assert.Contains("default-src 'none'", page.QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content"));
    }

    [Fact]
    public void Script_in_a_spec_cell_renders_as_text()
    {
        var page = Page(TestPaths.TestData("hostile.md"));

        // Only the page's own filter script: nothing from the spec became an element.
        Assert.Single(page.Scripts);
        Assert.Empty(page.QuerySelectorAll("img, b, em, table#codes a[href^='javascript'], a[href^='javascript']"));
        var row = page.QuerySelector("tr[data-code='7001']")!;
        // Inline HTML in a cell renders to its text (the tags are gone), and nothing of it becomes an element.
        Assert.Equal("Bad alert('xss') value", row.QuerySelector("td[data-label=Meaning]")!.TextContent);
        Assert.Equal("Use a | pipe & \"quotes\"", row.QuerySelector("td[data-label=Recommendation]")!.TextContent);
        Assert.Equal("Hostile <b>Errors</b> & \"Quotes\" here", page.Title);
        var detail = page.GetElementById("7001")!;
        Assert.Contains("Bad <img src=x onerror=alert(1)>", detail.QuerySelector("pre")!.TextContent);
        Assert.Contains(detail.QuerySelectorAll("li"), li => li.TextContent == "A alert('cause') cause");
        Assert.Contains("Escape everything.", detail.TextContent);
        Assert.DoesNotContain("</td>", detail.TextContent);
        Assert.Contains("<script>alert('intro')</script>", page.QuerySelector("section.prose")!.TextContent);
        Assert.Equal(4, page.QuerySelectorAll("table#codes tbody tr").Length);
    }
}
