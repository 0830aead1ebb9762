using System.IO;
using System.Linq;
using System.Text.Json;
using ErrorCodeGen.Docs;
using ErrorCodeGen.Parsing;
using Json.Schema;
using Xunit;

namespace ErrorCodeGen.Docs.Tests;

public sealed class JsonDocTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(JsonDocWriter.Schema);

    private static string JsonFor(string specText) => JsonDocWriter.Write(SpecParser.Parse(specText).Catalog);

    private static EvaluationResults Validate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Describe(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? new System.Collections.Generic.List<EvaluationResults>())
            .Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Key + ": " + e.Value)));

    [Theory]
    [InlineData("reference")]
    [InlineData("hostile.md")]
    public void Catalog_validates_against_the_schema(string name)
    {
        var text = File.ReadAllText(name == "reference" ? TestPaths.ReferenceSpec : TestPaths.TestData(name));

        var results = Validate(JsonFor(text));

        Assert.True(results.IsValid, Describe(results));
    }

    [Fact]
    public void Committed_JSON_validates_against_the_committed_schema()
    {
        var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(TestPaths.CommittedDocs, JsonDocWriter.SchemaFileName)), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.CommittedDocs, "error-codes.json")));

        var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(results.IsValid, Describe(results));
    }

    [Fact]
    public void Schema_rejects_wrong_shapes()
    {
        var json = JsonFor(File.ReadAllText(TestPaths.ReferenceSpec));

        Assert.False(Validate(json.Replace("\"retry\": \"DoNotRetry\"", "\"retry\": \"Maybe\"")).IsValid);
        Assert.False(Validate(json.Replace("\"httpStatus\": 401", "\"httpStatus\": \"401\"")).IsValid);
        Assert.False(Validate(json.Replace("\"code\": 1001,", "\"kode\": 1001,")).IsValid);
    }

    [Fact]
    public void Reference_catalog_has_every_field()
    {
        using var document = JsonDocument.Parse(JsonFor(File.ReadAllText(TestPaths.ReferenceSpec)));
        var root = document.RootElement;
        Assert.Equal("API Error Codes", root.GetProperty("title").GetString());
        Assert.Equal(new[] { "Authentication", "Parameter", "RateLimiting", "WebSocket", "Service" },
            root.GetProperty("categories").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToArray());
        var codes = root.GetProperty("codes").EnumerateArray().ToArray();
        Assert.Equal(20, codes.Length);

        var c1001 = codes.Single(c => c.GetProperty("code").GetInt32() == 1001);
        Assert.Equal("InvalidOrExpiredApiKey", c1001.GetProperty("name").GetString());
        Assert.Equal("Invalid or expired API Key", c1001.GetProperty("meaning").GetString());
        Assert.Equal("Invalid or expired token", c1001.GetProperty("message").GetString());
        Assert.Equal("Check API Key", c1001.GetProperty("recommendation").GetString());
        Assert.Equal(new[] { "Incorrect API Key", "API Key disabled", "API Key expired" }, c1001.GetProperty("causes").EnumerateArray().Select(e => e.GetString()).ToArray());
        Assert.Equal("Verify API Key or contact admin to confirm status.", c1001.GetProperty("solutions")[0].GetString());
        Assert.Equal("Authentication", c1001.GetProperty("category").GetString());
        Assert.Equal(401, c1001.GetProperty("httpStatus").GetInt32());
        Assert.Equal("DoNotRetry", c1001.GetProperty("retry").GetString());
        Assert.False(c1001.GetProperty("retryable").GetBoolean());

        var c3001 = codes.Single(c => c.GetProperty("code").GetInt32() == 3001);
        Assert.Equal("RetryAfterDelay", c3001.GetProperty("retry").GetString());
        Assert.True(c3001.GetProperty("retryable").GetBoolean());

        var c4003 = codes.Single(c => c.GetProperty("code").GetInt32() == 4003);
        Assert.Equal(JsonValueKind.Null, c4003.GetProperty("httpStatus").ValueKind);
        Assert.Equal("UseFallback", c4003.GetProperty("retry").GetString());

        var c0 = codes.Single(c => c.GetProperty("code").GetInt32() == 0);
        Assert.True(c0.GetProperty("success").GetBoolean());
        Assert.Equal(JsonValueKind.Null, c0.GetProperty("category").ValueKind);
        Assert.Equal(string.Empty, c0.GetProperty("recommendation").GetString());
    }

    [Fact]
    public void Hostile_strings_survive_escaping()
    {
        using var document = JsonDocument.Parse(JsonFor(File.ReadAllText(TestPaths.TestData("hostile.md"))));
        var codes = document.RootElement.GetProperty("codes").EnumerateArray().ToArray();
        var c7001 = codes.Single(c => c.GetProperty("code").GetInt32() == 7001);
        Assert.Equal("Bad <img src=x onerror=alert(1)> \"quoted\" \\ back\nslash", c7001.GetProperty("message").GetString());
        Assert.Equal("Use a | pipe & \"quotes\"", c7001.GetProperty("recommendation").GetString());
        Assert.Equal("web | api", c7001.GetProperty("extra").GetProperty("Owner").GetString());
        var c7002 = codes.Single(c => c.GetProperty("code").GetInt32() == 7002);
        Assert.Equal("Ünïcödé “quotes” — and emoji 🚀", c7002.GetProperty("meaning").GetString());
        var c7003 = codes.Single(c => c.GetProperty("code").GetInt32() == 7003);
        Assert.Equal("Path C:\\temp\\new is wrong", c7003.GetProperty("meaning").GetString());
    }

    [Fact]
    public void JSON_text_escapes_control_characters_and_lone_surrogates()
    {
        var quoted = DocText.Json("a\u0001b\u2028c\ud800d\"e\\f</script>");

        Assert.Equal("\"a\\u0001b\\u2028c\\ufffdd\\\"e\\\\f</script>\"", quoted);
        Assert.Equal("a\u0001b\u2028c\ufffdd\"e\\f</script>", JsonDocument.Parse(quoted).RootElement.GetString());
    }
}
