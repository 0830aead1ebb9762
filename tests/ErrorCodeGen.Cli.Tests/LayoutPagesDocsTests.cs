using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ErrorCodeGen.Core.Tests;
using ErrorCodeGen.Docs;
using ErrorCodeGen.Parsing;
using Json.Schema;
using Xunit;

namespace ErrorCodeGen.Cli.Tests;

/// <summary>The layout test pages through <c>errorcodegen docs</c>: the JSON gives each code, meaning and HTTP status a reader of the page expects.</summary>
public sealed class LayoutPagesDocsTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(JsonDocWriter.Schema, new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    private static string PagePath(TempDir temp, string name) =>
        name == "api-reference"
            ? temp.Write("api-reference.md", ApiReferencePage.Build())
            : Path.Combine(TestPaths.RepoRoot, "tests", "ErrorCodeGen.Core.Tests", "Specs", name);

    private static (JsonDocument Json, CliRun Run) Docs(TempDir temp, string name)
    {
        var outDir = temp.File("out-" + name);
        var run = CliRun.Of("docs", PagePath(temp, name), "--out", outDir);
        Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
        // The docs take the spec's file name: http-status.md gives http-status.json.
        return (JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, Stem(name) + ".json"))), run);
    }

    private static string Stem(string name) => Path.GetFileNameWithoutExtension(name == "api-reference" ? "api-reference.md" : name);

    private static List<(int Code, string Meaning, int? Http)> Codes(JsonDocument json) =>
        json.RootElement.GetProperty("codes").EnumerateArray()
            .Select(c => (c.GetProperty("code").GetInt32(), c.GetProperty("meaning").GetString()!,
                c.GetProperty("httpStatus").ValueKind == JsonValueKind.Null ? (int?)null : c.GetProperty("httpStatus").GetInt32()))
            .ToList();

    [Theory]
    [InlineData("code-headings.md")]
    [InlineData("name-blocks.md")]
    [InlineData("definition-list.md")]
    [InlineData("mdx-gateway.md")]
    [InlineData("http-status.md")]
    [InlineData("http-heading.md")]
    [InlineData("api-reference")]
    public void Json_lists_what_the_page_lists_and_validates(string name)
    {
        using var temp = new TempDir();
        var (json, _) = Docs(temp, name);
        using (json)
        {
            var catalog = SpecParser.Parse(File.ReadAllText(PagePath(temp, name))).Catalog;
            Assert.NotEmpty(catalog.Entries);
            Assert.Equal(catalog.Entries.Select(e => (e.Code, e.Meaning.Plain, e.HttpStatus)), Codes(json));
            var results = Schema.Evaluate(json.RootElement);
            Assert.True(results.IsValid);
        }
    }

    [Fact]
    public void Http_keyed_table_gives_each_status_as_code_and_http_status()
    {
        using var temp = new TempDir();
        var (json, _) = Docs(temp, "http-status.md");
        using (json)
        {
            Assert.Equal(
                new (int, string, int?)[]
                {
                    (200, "The request was handled.", 200), (400, "The request is malformed or a parameter is missing.", 400),
                    (401, "No valid API key was sent.", 401), (402, "The parameters were valid but the charge failed.", 402),
                    (404, "The resource does not exist.", 404), (429, "Too many requests hit the API too quickly.", 429),
                    (500, "Something went wrong on our end. Try again later.", 500),
                },
                Codes(json));
        }
    }

    [Fact]
    public void Mdx_page_gives_clean_meanings_other_messages_and_deprecated_codes()
    {
        using var temp = new TempDir();
        var (json, run) = Docs(temp, "mdx-gateway.md");
        using (json)
        {
            var codes = json.RootElement.GetProperty("codes").EnumerateArray().ToDictionary(c => c.GetProperty("code").GetInt32());
            Assert.Equal("Rate limited", codes[4008].GetProperty("meaning").GetString());
            Assert.True(codes[4010].GetProperty("deprecated").GetBoolean());
            Assert.False(codes[4000].TryGetProperty("deprecated", out _));
            Assert.Equal(
                new[] { "Invalid form body: a field was too long", "Invalid form body: a required field was missing" },
                codes[50035].GetProperty("otherMessages").EnumerateArray().Select(m => m.GetString()));
            Assert.DoesNotContain("ManualAnchor", File.ReadAllText(Path.Combine(temp.File("out-mdx-gateway.md"), "mdx-gateway.json")));
            Assert.Contains("warning ECG1030", run.Error + run.Output);

            var markdown = File.ReadAllText(Path.Combine(temp.File("out-mdx-gateway.md"), "mdx-gateway.md"));
            Assert.Contains("| ~~4010~~ |", markdown);
            Assert.DoesNotContain("import ", markdown);
            var html = File.ReadAllText(Path.Combine(temp.File("out-mdx-gateway.md"), "mdx-gateway.html"));
            Assert.Contains("<span class=\"deprecated\">deprecated</span>", html);
            Assert.Contains("<dt>Other messages</dt>", html);
        }
    }

    [Theory]
    [InlineData("code-headings.md")]
    [InlineData("definition-list.md")]
    [InlineData("mdx-gateway.md")]
    [InlineData("http-status.md")]
    [InlineData("name-blocks.md")]
    [InlineData("http-heading.md")]
    [InlineData("api-reference")]
    public void Regenerated_markdown_reads_back_as_the_same_catalog(string name)
    {
        using var temp = new TempDir();
        var original = SpecParser.Parse(File.ReadAllText(PagePath(temp, name)));
        Assert.False(original.HasErrors);
        var reparsed = SpecParser.Parse(MarkdownDocWriter.Write(original.Catalog));
        Assert.False(reparsed.HasErrors, string.Join("\n", reparsed.Diagnostics.Select(d => d.Id + " " + d.Span + " " + d.Message)));
        Assert.Equal(
            original.Catalog.Entries.Select(e => (e.Code, e.Name, e.Meaning.Plain, e.HttpStatus, e.Retry, e.IsDeprecated, string.Join("|", e.OtherMessages.Select(m => m.Plain)))),
            reparsed.Catalog.Entries.Select(e => (e.Code, e.Name, e.Meaning.Plain, e.HttpStatus, e.Retry, e.IsDeprecated, string.Join("|", e.OtherMessages.Select(m => m.Plain)))));
    }
}
