using System.IO;
using System.Linq;
using System.Text.Json;
using ErrorCodeGen.Docs;
using Json.Schema;
using Xunit;

namespace ErrorCodeGen.Cli.Tests;

/// <summary>Pages whose string codes are headings, through <c>errorcodegen docs</c>: the JSON has the wire code as <c>code</c>.</summary>
public sealed class StringCodeHeadingsDocsTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(JsonDocWriter.Schema, new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    private static string Spec(string name) => Path.Combine(TestPaths.RepoRoot, "tests", "ErrorCodeGen.Core.Tests", "Specs", name);

    private static JsonDocument Docs(TempDir temp, string name)
    {
        var outDir = temp.File("out");
        var run = CliRun.Of("docs", Spec(name), "--out", outDir);
        Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
        return JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, Path.GetFileNameWithoutExtension(name) + ".json")));
    }

    [Fact]
    public void A_heading_per_string_code_gives_json_with_the_wire_codes_meanings_and_messages()
    {
        using var temp = new TempDir();
        using var json = Docs(temp, "string-code-headings.md");
        var codes = json.RootElement.GetProperty("codes").EnumerateArray().ToArray();
        Assert.Equal(
            new[] { "M_FORBIDDEN", "M_UNKNOWN_TOKEN", "M_LIMIT_EXCEEDED", "M_NOT_FOUND", "M_GUEST_DENIED" },
            codes.Select(c => c.GetProperty("code").GetString()));
        Assert.Equal("Forbidden", codes[0].GetProperty("meaning").GetString());
        Assert.Equal("Forbidden", codes[0].GetProperty("name").GetString());
        Assert.Equal(429, codes[2].GetProperty("httpStatus").GetInt32());
        Assert.Contains("You are not a member of this room.", codes[0].ToString());
        Assert.True(Schema.Evaluate(json.RootElement).IsValid);
    }

    [Fact]
    public void Detail_sections_headed_by_string_codes_reach_the_json_of_a_table_page()
    {
        using var temp = new TempDir();
        using var json = Docs(temp, "string-codes-details.md");
        var declined = json.RootElement.GetProperty("codes").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "card_declined");
        Assert.Equal("The card was declined.", declined.GetProperty("meaning").GetString());
        Assert.Contains("Ask the customer for another card.", declined.ToString());
        Assert.Contains("Your card was declined.", declined.ToString());
        Assert.True(Schema.Evaluate(json.RootElement).IsValid);
    }

    [Fact]
    public void A_prose_page_with_ordinary_headings_is_no_catalog_and_says_where()
    {
        using var temp = new TempDir();
        var outDir = temp.File("out");
        var run = CliRun.Of("docs", Spec("prose-headings.md"), "--out", outDir);
        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        Assert.Contains("prose-headings.md", run.ToString());
        Assert.Contains("ECG1001", run.ToString());
        Assert.False(Directory.Exists(outDir) && Directory.EnumerateFiles(outDir).Any());
    }
}
