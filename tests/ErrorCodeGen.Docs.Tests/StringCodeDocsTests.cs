using System.IO;
using System.Linq;
using System.Text.Json;
using ErrorCodeGen.Docs;
using ErrorCodeGen.Parsing;
using Json.Schema;
using Xunit;

namespace ErrorCodeGen.Docs.Tests;

/// <summary>Docs of string-code catalogs: the code is the wire string in Markdown, HTML (anchor per code) and JSON.</summary>
public sealed class StringCodeDocsTests
{
    private static ErrorCodeGen.Model.Catalog Catalog(string file) =>
        SpecParser.Parse(File.ReadAllText(TestPaths.CoreSpec(file))).Catalog;

    [Fact]
    public void Json_writes_the_wire_code_as_a_string_and_validates_against_the_schema()
    {
        var json = JsonDocWriter.Write(Catalog("string-codes.md"));
        using var document = JsonDocument.Parse(json);
        var codes = document.RootElement.GetProperty("codes").EnumerateArray().ToArray();
        Assert.Equal("M_FORBIDDEN", codes[0].GetProperty("code").GetString());
        Assert.Equal("Forbidden", codes[0].GetProperty("name").GetString());
        Assert.False(codes[0].TryGetProperty("wireName", out _));
        var results = JsonSchema.FromText(JsonDocWriter.Schema, new BuildOptions { SchemaRegistry = new SchemaRegistry() }).Evaluate(document.RootElement);
        Assert.True(results.IsValid);
    }

    [Fact]
    public void Json_of_a_numeric_catalog_with_symbolic_names_keeps_the_number_and_the_name()
    {
        var json = JsonDocWriter.Write(Catalog("rpc-status.md"));
        using var document = JsonDocument.Parse(json);
        var denied = document.RootElement.GetProperty("codes").EnumerateArray().Single(c => c.GetProperty("code").GetInt32() == 7);
        Assert.Equal("PERMISSION_DENIED", denied.GetProperty("wireName").GetString());
        Assert.True(JsonSchema.FromText(JsonDocWriter.Schema, new BuildOptions { SchemaRegistry = new SchemaRegistry() }).Evaluate(document.RootElement).IsValid);
    }

    [Fact]
    public void The_schema_accepts_string_codes_and_rejects_empty_ones()
    {
        var schema = JsonSchema.FromText(JsonDocWriter.Schema, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        var json = JsonDocWriter.Write(Catalog("string-codes.md"));
        using var empty = JsonDocument.Parse(json.Replace("\"code\": \"M_FORBIDDEN\"", "\"code\": \"\""));
        Assert.False(schema.Evaluate(empty.RootElement).IsValid);
    }

    [Fact]
    public void Html_has_an_anchor_and_a_filterable_row_per_wire_code()
    {
        var html = HtmlDocWriter.Write(Catalog("string-codes.md"));
        Assert.Contains("<tr data-code=\"M_LIMIT_EXCEEDED\"", html);
        Assert.Contains("<a href=\"#M_LIMIT_EXCEEDED\">M_LIMIT_EXCEEDED</a>", html);
        Assert.Contains("data-search=\"m_limit_exceeded limitexceeded", html);
        Assert.Contains("id=\"filter\"", html);
    }

    [Fact]
    public void Markdown_writes_wire_codes_in_the_code_column()
    {
        var markdown = MarkdownDocWriter.Write(Catalog("string-codes.md"));
        Assert.Contains("| `M_FORBIDDEN` | Forbidden | Forbidden: you lack permission for this room | Ask a room admin to invite you | 403 | DoNotRetry |", markdown);
    }
}
