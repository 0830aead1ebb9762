using System.Linq;
using System.Text.Json;
using ErrorCodeGen.Docs;
using ErrorCodeGen.Parsing;
using Xunit;

namespace ErrorCodeGen.Docs.Tests;

/// <summary>Bidi controls and invisible characters from the spec never reach the docs raw (Trojan Source).</summary>
public class InvisibleCharacterDocsTests
{
    private const string Spec =
        "| Code | Meaning | Recommendation |\n|---|---|---|\n" +
        "| 1 | Evil \u202E reversed \u2066 isolate \u2069 | Zero\u200Bwidth \uFEFF and 😀 |\n" +
        "| 2 | Plain | ok |\n\n" +
        "#### 1 - Evil\n\n```json\n{ \"code\": 1, \"message\": \"a\\u202Eb\\u2028c\" }\n```\n";

    private static readonly char[] Invisible = { '\u202E', '\u2066', '\u2069', '\u200B', '\uFEFF', '\u2028' };

    [Fact]
    public void No_doc_file_carries_them_raw()
    {
        var files = DocSet.Create(SpecParser.Parse(Spec).Catalog, "spec");
        foreach (var file in files)
        {
            Assert.True(file.Content.IndexOfAny(Invisible) < 0, file.FileName + " carries a raw invisible character");
        }

        Assert.Contains("😀", files.Single(f => f.FileName == "spec.html").Content);
        Assert.Contains("\u27E8U+202E\u27E9", files.Single(f => f.FileName == "spec.html").Content);
    }

    [Fact]
    public void Json_keeps_the_exact_strings()
    {
        var catalog = SpecParser.Parse(Spec).Catalog;
        var json = DocSet.Create(catalog, "spec").Single(f => f.FileName == "spec.json").Content;
        using var document = JsonDocument.Parse(json);
        var first = document.RootElement.GetProperty("codes")[0];
        Assert.Equal(catalog.Entries[0].Meaning.Plain, first.GetProperty("meaning").GetString());
        Assert.Equal("a\u202Eb\u2028c", first.GetProperty("message").GetString());
    }

    [Fact]
    public void Markdown_parses_back_to_the_same_text()
    {
        var catalog = SpecParser.Parse(Spec).Catalog;
        var markdown = DocSet.Create(catalog, "spec").Single(f => f.FileName == "spec.md").Content;
        var again = SpecParser.Parse(markdown).Catalog;
        Assert.Equal(
            catalog.Entries.Select(e => (e.Code, e.Meaning.Plain, e.Recommendation.Plain, e.Message)),
            again.Entries.Select(e => (e.Code, e.Meaning.Plain, e.Recommendation.Plain, e.Message)));
        Assert.Equal("a\u202Eb\u2028c", again.Entries[0].Message);
    }
}
